// Loads a pipeline.yaml: the method choices of an evaluation.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { GapscopeError } from '../core/errors.ts';
import { formatPath } from '../core/framework/parse.ts';
import { PipelineConfigSchema, type PipelineConfigInput } from '../core/pipeline/config.ts';
import { decodeText } from './text.ts';

/** Validates a pipeline config object; every problem is named with its path. */
export function validatePipeline(raw: unknown, file = 'pipeline'): PipelineConfigInput {
  const r = PipelineConfigSchema.safeParse(raw ?? {});
  if (!r.success) {
    const lines = r.error.issues.map(
      (i) => `${file}: ${formatPath(i.path as (string | number)[]) || '(top)'}: ${i.message}`,
    );
    throw new GapscopeError(
      'pipeline.invalid',
      `invalid pipeline config:\n  ${lines.join('\n  ')}`,
      { file },
      lines,
    );
  }
  return raw as PipelineConfigInput;
}

/** Reads a pipeline.yaml (or .json). */
export async function loadPipeline(path: string): Promise<PipelineConfigInput> {
  const file = basename(path);
  let text: string;
  try {
    text = decodeText(await readFile(path));
  } catch {
    throw new GapscopeError('file.unreadable', `cannot read ${path}`, { file });
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new GapscopeError(
      'pipeline.syntax',
      `not valid YAML: ${(e as Error).message.split('\n')[0]}`,
      { file },
    );
  }
  return validatePipeline(raw, file);
}
