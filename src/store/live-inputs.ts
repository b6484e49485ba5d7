// The live evaluation inputs, read from the store the one way that the server, the reports and the
// command all use: the framework, the data now or as of a moment, the units scored, their names
// and geography, the demo flag and the data version.

import type { Kysely } from 'kysely';
import type { Dataset } from '../core/data/dataset.ts';
import { DEMO_SOURCE } from '../core/data/demo.ts';
import type { Framework } from '../core/framework/schema.ts';
import { frameworkSeries } from '../core/framework/series.ts';
import { evaluationScope } from '../core/geography/scope.ts';
import type { Geography } from '../core/geography/units.ts';
import { getFramework } from './frameworks.ts';
import { storedGeography } from './geography.ts';
import { datasetFromStore } from './observations.ts';
import type { Database } from './schema.ts';

/** What an evaluation of the store's data reads, at one data version. */
export interface LiveInputs {
  /** The data version read before the inputs (see `dataVersion`). */
  version: string;
  framework: Framework;
  /** The data of the framework's series, with each unit's city as `attrs.city`. */
  data: Dataset;
  /** The units scored: the county level of the geography present in the data (may be empty). */
  units: string[];
  /** Code → Chinese name, for every unit of the geography. */
  names: Map<string, string>;
  geography: Geography;
  /** True when the data are (or include) the bundled demo data, by the rule of core/data/demo.ts. */
  demo: boolean;
  /**
   * The moment the data stand as: when the newest revision among the values read was recorded
   * (null: no values). Not the moment of the read, so that two reads of unchanged data give the
   * same evaluation hash (METHODS.md § Provenance).
   */
  asOf: string | null;
}

/** The data version: the newest import and framework. One indexed query each. */
export async function dataVersion(db: Kysely<Database>): Promise<string> {
  const i = await db
    .selectFrom('imports')
    .select((eb) => eb.fn.max('id').as('m'))
    .executeTakeFirst();
  const f = await db
    .selectFrom('frameworks')
    .select((eb) => eb.fn.max('created_at').as('m'))
    .executeTakeFirst();
  return `${i?.m ?? 0}|${f?.m ?? ''}`;
}

/**
 * True when the data as of `asOf` (null: now) include the bundled demo data: a row marked as
 * demo data was recorded by then (core/data/demo.ts).
 */
export async function holdsDemoData(db: Kysely<Database>, asOf: string | null): Promise<boolean> {
  let q = db.selectFrom('observations').select('id').where('source', '=', DEMO_SOURCE);
  if (asOf !== null) q = q.where('recorded_at', '<=', asOf);
  return !!(await q.limit(1).executeTakeFirst());
}

/**
 * The live inputs now (`asOf` null or absent) or as of a moment, with the stored framework (the
 * newest published one) or the one given.
 */
export async function loadLiveInputs(
  db: Kysely<Database>,
  opts: { asOf?: string | null; framework?: Framework } = {},
): Promise<LiveInputs> {
  const asOf = opts.asOf ?? null;
  const version = await dataVersion(db);
  const framework = opts.framework ?? (await getFramework(db)).framework;
  const geography = await storedGeography(db);
  const { data, newest } = await datasetFromStore(db, [...frameworkSeries(framework)], { asOf });
  const scope = evaluationScope(geography.units, data.units);
  data.attrs.city = scope.city;
  return {
    version,
    framework,
    data,
    units: scope.units,
    names: scope.names,
    geography,
    demo: await holdsDemoData(db, asOf),
    asOf: newest,
  };
}
