// Reading observations: the current values, the values as they stood at a past moment, and the
// full revision history of one figure.

import { sql, type Kysely } from 'kysely';
import { datasetFromObservations, type Dataset } from '../core/data/dataset.ts';
import type { Revision, StoredObservation } from '../core/data/stored.ts';
import type { Database } from './schema.ts';

export type { Revision, StoredObservation };

/** Which observations to read; every field optional. */
export interface ObservationFilter {
  series?: string[];
  units?: string[];
  periods?: string[];
  /** The moment (ISO time) the data should stand as; default now. */
  asOf?: string | null;
}

type Row = {
  unit_code: string;
  series: string;
  period: string;
  revision: number;
  value: number;
  status: string;
  source: string;
  note: string;
  import_id: number;
  recorded_at: string;
};

const toObservation = (r: Row): StoredObservation => ({
  unit: r.unit_code,
  series: r.series,
  period: r.period,
  value: Number(r.value),
  revision: Number(r.revision),
  status: r.status,
  source: r.source,
  note: r.note,
  importId: Number(r.import_id),
  recordedAt: r.recorded_at,
});

/**
 * True when no file was imported after `asOf`: then the data as of then are most likely the
 * current ones, which the current table gives far faster than grouping over the history.
 */
async function nothingImportedSince(db: Kysely<Database>, asOf: string): Promise<boolean> {
  const r = await db
    .selectFrom('imports')
    .select((eb) => eb.fn.max('created_at').as('newest'))
    .executeTakeFirst();
  return !r?.newest || r.newest <= asOf;
}

/**
 * The value of every key as it stands now (from the current table) or as it stood at `asOf`
 * (the newest revision recorded at or before it), sorted by unit, series, period.
 */
export async function readObservations(
  db: Kysely<Database>,
  f: ObservationFilter = {},
): Promise<StoredObservation[]> {
  const cols = [
    'o.unit_code',
    'o.series',
    'o.period',
    'o.revision',
    'o.value',
    'o.status',
    'o.source',
    'o.note',
    'o.import_id',
    'o.recorded_at',
  ] as const;
  const current = async (): Promise<Row[]> => {
    let q = db
      .selectFrom('current_observations as c')
      .innerJoin('observations as o', 'o.id', 'c.observation_id')
      .select(cols);
    if (f.series?.length) q = q.where('c.series', 'in', f.series);
    if (f.units?.length) q = q.where('c.unit_code', 'in', f.units);
    if (f.periods?.length) q = q.where('c.period', 'in', f.periods);
    return q.orderBy('o.unit_code').orderBy('o.series').orderBy('o.period').execute();
  };
  const asOf = f.asOf;
  if (!asOf) return (await current()).map(toObservation);
  if (await nothingImportedSince(db, asOf)) {
    // Each key's current revision is its newest; when every one was recorded by `asOf`, they are
    // exactly the data as of then. Checked on the rows read, so an import that lands meanwhile
    // sends the read to the history below instead of into the result.
    const rows = await current();
    if (rows.every((r) => r.recorded_at <= asOf)) return rows.map(toObservation);
  }
  let latest = db
    .selectFrom('observations')
    .select(['unit_code', 'series', 'period', sql<number>`max(revision)`.as('revision')])
    .where('recorded_at', '<=', asOf)
    .groupBy(['unit_code', 'series', 'period']);
  if (f.series?.length) latest = latest.where('series', 'in', f.series);
  if (f.units?.length) latest = latest.where('unit_code', 'in', f.units);
  if (f.periods?.length) latest = latest.where('period', 'in', f.periods);
  const rows = await db
    .selectFrom('observations as o')
    .innerJoin(latest.as('m'), (j) =>
      j
        .onRef('m.unit_code', '=', 'o.unit_code')
        .onRef('m.series', '=', 'o.series')
        .onRef('m.period', '=', 'o.period')
        .onRef('m.revision', '=', 'o.revision'),
    )
    .select(cols)
    .orderBy('o.unit_code')
    .orderBy('o.series')
    .orderBy('o.period')
    .execute();
  return rows.map(toObservation);
}

/** A revision with the file and user it came from. */

/** Every revision of the selected figures (all when no filter), by key then revision. */
export async function history(
  db: Kysely<Database>,
  f: { units?: string[]; series?: string[]; periods?: string[] } = {},
): Promise<Revision[]> {
  let q = db
    .selectFrom('observations as o')
    .innerJoin('imports as i', 'i.id', 'o.import_id')
    .select([
      'o.unit_code',
      'o.series',
      'o.period',
      'o.revision',
      'o.value',
      'o.status',
      'o.source',
      'o.note',
      'o.import_id',
      'o.recorded_at',
      'i.file_name',
      'i.user_name',
    ]);
  if (f.units?.length) q = q.where('o.unit_code', 'in', f.units);
  if (f.series?.length) q = q.where('o.series', 'in', f.series);
  if (f.periods?.length) q = q.where('o.period', 'in', f.periods);
  const rows = await q
    .orderBy('o.unit_code')
    .orderBy('o.series')
    .orderBy('o.period')
    .orderBy('o.revision')
    .execute();
  return rows.map((r) => ({ ...toObservation(r), fileName: r.file_name, user: r.user_name }));
}

/**
 * A dataset of the given series from the store, now or as of a moment; `attrs` per unit added. With
 * it, when its newest value was recorded (null: no values): the moment the data stand as.
 */
export async function datasetFromStore(
  db: Kysely<Database>,
  series: string[],
  opts: {
    asOf?: string | null;
    units?: string[];
    attrs?: Record<string, Map<string, string>>;
  } = {},
): Promise<{ data: Dataset; newest: string | null }> {
  const obs = await readObservations(db, { series, asOf: opts.asOf });
  const units = opts.units ?? [...new Set(obs.map((o) => o.unit))];
  const data = datasetFromObservations(obs, { units, series });
  for (const [name, map] of Object.entries(opts.attrs ?? {}))
    data.attrs[name] = units.map((u) => map.get(u) ?? null);
  let newest: string | null = null;
  for (const o of obs) if (newest === null || o.recordedAt > newest) newest = o.recordedAt;
  return { data, newest };
}
