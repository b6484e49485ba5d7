// Loads what an evaluation needs from files: the framework, the data and the pipeline config.

import type { Dataset } from '../core/data/dataset.ts';
import type { Framework } from '../core/framework/schema.ts';
import { frameworkSeries } from '../core/framework/series.ts';
import type { PipelineConfigInput } from '../core/pipeline/config.ts';
import { readData } from './data.ts';
import { loadFramework } from './framework-file.ts';
import { loadPipeline } from './pipeline-file.ts';
import { readTable } from './table.ts';

/** Everything read from the files of one evaluation. */
export interface EvaluationFiles {
  framework: Framework;
  data: Dataset;
  names: Map<string, string>;
  config: PipelineConfigInput;
}

/** Reads the framework, the data (checked against the framework and, if given, the known units) and the pipeline. */
export async function loadEvaluationFiles(paths: {
  framework: string;
  data: string;
  pipeline?: string;
  knownUnits?: Set<string>;
  period?: string;
}): Promise<EvaluationFiles> {
  const fw = await loadFramework(paths.framework);
  const table = await readTable(paths.data);
  const { dataset, names } = readData(table, {
    series: frameworkSeries(fw.framework),
    attributeColumns: fw.groups,
    knownUnits: paths.knownUnits,
    period: paths.period,
  });
  const config = paths.pipeline ? await loadPipeline(paths.pipeline) : {};
  return { framework: fw.framework, data: dataset, names, config };
}
