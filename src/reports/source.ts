// What a report reads: the framework, the data, the units it scores and the geography (for names
// in both languages, cities and groups), and whether the data are the demo data. The caller hands
// it over (the store's live inputs, store/live-inputs.ts, are one); a report reads no store.

import type { Dataset } from '../core/data/dataset.ts';
import type { Framework } from '../core/framework/schema.ts';
import type { Geography } from '../core/geography/units.ts';
import { evaluate, type Evaluation } from '../core/pipeline/evaluate.ts';
import { nodeHasher } from '../node/hasher.ts';

/** The inputs of a report. */
export interface ReportSource {
  framework: Framework;
  /** The data, with each unit's city as `attrs.city`. */
  data: Dataset;
  /** The units scored (the county level of the geography present in the data). */
  units: string[];
  geography: Geography;
  demo: boolean;
  /** The moment the data stand as (store/live-inputs.ts); null or absent for files. */
  asOf?: string | null;
}

/** Evaluates the source with the default pipeline over the periods of `period`'s kind. */
export function evaluateSource(source: ReportSource, period?: string): Evaluation {
  return evaluate({
    framework: source.framework,
    data: source.data,
    units: source.units.length ? source.units : undefined,
    period,
    asOf: source.asOf ?? null,
    hasher: nodeHasher,
  });
}
