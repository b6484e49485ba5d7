// Reads a YAML (or JSON) file into a plain value, with errors that name the file.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { GapscopeError } from '../core/errors.ts';
import { decodeText } from './text.ts';

/** The parsed content of a YAML or JSON file; `code` is the error code for bad syntax. */
export async function readYamlFile(
  path: string,
  code: string,
): Promise<{ raw: unknown; file: string }> {
  const file = basename(path);
  let text: string;
  try {
    text = decodeText(await readFile(path));
  } catch {
    throw new GapscopeError('file.unreadable', `cannot read ${path}`, { file });
  }
  try {
    return { raw: parse(text), file };
  } catch (e) {
    throw new GapscopeError(code, `not valid YAML: ${(e as Error).message.split('\n')[0]}`, {
      file,
    });
  }
}
