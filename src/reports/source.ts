// What a report reads: the framework, the data, the units it scores and the geography (for names
// in both languages, cities and groups), and whether the data are the demo data.

import { nowIso } from '../core/clock.ts';
import type { Dataset } from '../core/data/dataset.ts';
import type { Framework } from '../core/framework/schema.ts';
import type { Geography } from '../core/geography/units.ts';
import { evaluate, type Evaluation } from '../core/pipeline/evaluate.ts';
import { frameworkSeries } from '../ingest/load-evaluation-inputs.ts';
import { nodeHasher } from '../node/hasher.ts';
import type { Store } from '../store/connect.ts';
import { getFramework } from '../store/frameworks.ts';
import { storedGeography } from '../store/geography.ts';
import { datasetFromStore } from '../store/observations.ts';

/** The inputs of a report. */
export interface ReportSource {
  framework: Framework;
  /** The data, with each unit's city as `attrs.city`. */
  data: Dataset;
  /** The units scored (the county level of the geography present in the data). */
  units: string[];
  geography: Geography;
  demo: boolean;
}

/** The `source` column of the bundled demo data's rows. */
export const DEMO_SOURCE = 'synthetic (demo)';

/** The current data of the store, its framework and geography. */
export async function reportSourceFromStore(store: Store): Promise<ReportSource> {
  const { framework } = await getFramework(store.db);
  const geography = await storedGeography(store.db);
  const data = await datasetFromStore(store.db, [...frameworkSeries(framework)], { asOf: null });
  const city = new Map(geography.units.map((u) => [u.code, u.parent]));
  data.attrs.city = data.units.map((u) => city.get(u) ?? null);
  const present = new Set(data.units);
  const demo = !!(await store.db
    .selectFrom('observations')
    .select('id')
    .where('source', '=', DEMO_SOURCE)
    .limit(1)
    .executeTakeFirst());
  return {
    framework,
    data,
    units: geography.units
      .filter((u) => u.level === 'county' && present.has(u.code))
      .map((u) => u.code),
    geography,
    demo,
  };
}

/** Evaluates the source with the default pipeline over the periods of `period`'s kind. */
export function evaluateSource(source: ReportSource, period?: string): Evaluation {
  return evaluate({
    framework: source.framework,
    data: source.data,
    units: source.units.length ? source.units : undefined,
    period,
    asOf: nowIso(),
    hasher: nodeHasher,
  });
}
