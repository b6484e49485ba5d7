// Loads a framework from a file: YAML, JSON, or COINr's iMeta CSV.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { frameworkFromIMeta } from '../core/framework/coinr.ts';
import { parseFramework } from '../core/framework/parse.ts';
import type { Framework } from '../core/framework/schema.ts';
import { GapscopeError } from '../core/errors.ts';
import { readTable } from './table.ts';
import { decodeText } from './text.ts';

/** A framework as loaded, with the unit attribute columns an iMeta declares (its Group rows). */
export interface LoadedFramework {
  framework: Framework;
  groups: string[];
  format: 'yaml' | 'json' | 'coinr';
}

/** Reads and validates a framework file; errors name the file, line and path. */
export async function loadFramework(path: string): Promise<LoadedFramework> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.xlsx') {
    const table = await readTable(path);
    const rows = table.rows.map((cells) =>
      Object.fromEntries(table.header.map((h, c) => [h, cells[c] ?? ''])),
    );
    const { framework, groups } = frameworkFromIMeta(rows, {
      file,
      id: file.replace(/\.[^.]+$/, ''),
    });
    return { framework, groups, format: 'coinr' };
  }
  if (!['.yaml', '.yml', '.json'].includes(ext)) {
    throw new GapscopeError(
      'file.type',
      `unsupported framework file "${ext}": expected .yaml, .json or an iMeta .csv`,
      { file },
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new GapscopeError('file.unreadable', `cannot read ${path}`, { file });
  }
  return {
    framework: parseFramework(decodeText(bytes), file),
    groups: [],
    format: ext === '.json' ? 'json' : 'yaml',
  };
}
