// Loads a pipeline.yaml: the method choices of an evaluation.

import { GapscopeError } from '../core/errors.ts';
import { formatPath } from '../core/framework/parse.ts';
import { PipelineConfigSchema, type PipelineConfigInput } from '../core/pipeline/config.ts';
import { readYamlFile } from './yaml-file.ts';

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
  const { raw, file } = await readYamlFile(path, 'pipeline.syntax');
  return validatePipeline(raw, file);
}
