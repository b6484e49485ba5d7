// Imports a data file's observations into the store: ingest reads the file, the store checks its
// rows against what it holds (units, scope, plausible ranges, measures, statuses), reports every
// problem by row and then writes the rows whole in one transaction or not at all. A value that
// differs from the stored one is a new revision; the same file twice (by hash) changes nothing.

import { sql, type Kysely, type Transaction } from 'kysely';
import type { Framework, IndicatorNode } from '../core/framework/schema.ts';
import { buildTree } from '../core/framework/tree.ts';
import { isValidOn, periodEnd } from '../core/geography/units.ts';
import { STATUSES } from '../core/data/stored.ts';
import { MAX_PROBLEMS, quote } from '../core/data/problems.ts';
import type { ObservationFile, RowObservation, TableEncoding } from '../core/data/table.ts';
import { GapscopeError } from '../core/errors.ts';
import { audit } from './audit.ts';
import { sqliteHandle } from './connect.ts';
import { writeRevisions, type NewRevision } from './bulk.ts';
import { now } from './clock.ts';
import { storedUnits, unitsWithin } from './geography.ts';
import type { Database } from './schema.ts';

/** What to import and on whose behalf. */
export interface ImportOptions {
  /** The file as ingest read it (`readObservationFile()`): its rows and the problems found. */
  file: ObservationFile;
  user: string;
  framework: Framework;
  /** The unit whose data (its own and below) the importer may write; null or absent: any. */
  scope?: string | null;
  dryRun?: boolean;
  at?: string;
  onProgress?: (message: string) => void;
  /**
   * Called last inside the write transaction, which sees the import written and commits when it
   * returns (the server reads the new data there, so that its cache has them when they show).
   */
  beforeCommit?: (trx: Kysely<Database>) => Promise<void>;
}

/** What an import did (or, on a dry run, would do). */
export interface ImportReport {
  outcome: 'applied' | 'dry-run' | 'duplicate';
  fileName: string;
  fileHash: string;
  importId: number | null;
  rows: number;
  added: number;
  revised: number;
  unchanged: number;
  /** When the same file was imported before. */
  duplicateOf?: { importId: number; at: string; user: string };
  /** The first `MAX_PROBLEMS` warnings. */
  warnings: string[];
  /** How many warnings there were beyond those listed. */
  moreWarnings: number;
  /** How the file's text was read (`utf-8`, `gb18030`, `xlsx` …); null for a file not read again. */
  encoding: TableEncoding | null;
}

/** The revisions a file's observations make against what is stored now, and the counts. */
async function plan(
  db: Kysely<Database> | Transaction<Database>,
  observations: RowObservation[],
): Promise<{
  writes: NewRevision[];
  counts: { rows: number; added: number; revised: number; unchanged: number };
}> {
  const current = new Map<
    string,
    { revision: number; value: number; status: string; source: string; note: string }
  >();
  const seriesList = [...new Set(observations.map((x) => x.series))];
  const periodList = [...new Set(observations.map((x) => x.period))];
  for (let i = 0; i < periodList.length; i += 200) {
    const stored = await db
      .selectFrom('current_observations as c')
      .innerJoin('observations as ob', 'ob.id', 'c.observation_id')
      .select([
        'c.unit_code',
        'c.series',
        'c.period',
        'c.revision',
        'ob.value',
        'ob.status',
        'ob.source',
        'ob.note',
      ])
      .where('c.series', 'in', seriesList)
      .where('c.period', 'in', periodList.slice(i, i + 200))
      .execute();
    for (const s of stored) {
      current.set(`${s.unit_code}\u0000${s.series}\u0000${s.period}`, {
        revision: Number(s.revision),
        value: Number(s.value),
        status: s.status,
        source: s.source,
        note: s.note,
      });
    }
  }
  const writes: NewRevision[] = [];
  let unchanged = 0;
  let revised = 0;
  for (const ob of observations) {
    const cur = current.size
      ? current.get(`${ob.unit}\u0000${ob.series}\u0000${ob.period}`)
      : undefined;
    const status = ob.status ?? 'final';
    // The file a value came from is kept through its import; `source` is the publisher, when given.
    const source = ob.source ?? '';
    const note = ob.note ?? '';
    if (
      cur &&
      cur.value === ob.value &&
      cur.status === status &&
      cur.source === source &&
      cur.note === note
    ) {
      unchanged++;
      continue;
    }
    if (cur) revised++;
    writes.push({
      unit: ob.unit,
      series: ob.series,
      period: ob.period,
      value: ob.value,
      status,
      source,
      note,
      revision: (cur?.revision ?? 0) + 1,
    });
  }
  return {
    writes,
    counts: { rows: observations.length, added: writes.length - revised, revised, unchanged },
  };
}

/** Any constant: the key of the PostgreSQL advisory lock that serialises imports. */
const IMPORT_LOCK = 7_220_331;

/** The report of a file imported before (by its SHA-256), or null when it is new. */
export async function importedBefore(
  db: Kysely<Database>,
  fileName: string,
  fileHash: string,
): Promise<ImportReport | null> {
  const earlier = await db
    .selectFrom('imports')
    .select(['id', 'created_at', 'user_name', 'row_count'])
    .where('file_hash', '=', fileHash)
    .orderBy('id')
    .executeTakeFirst();
  if (!earlier) return null;
  return {
    ...emptyReport(fileName, fileHash),
    outcome: 'duplicate',
    rows: Number(earlier.row_count),
    duplicateOf: {
      importId: Number(earlier.id),
      at: earlier.created_at,
      user: earlier.user_name,
    },
  };
}

/** A report's fields before anything is counted. */
function emptyReport(
  fileName: string,
  fileHash: string,
): Omit<ImportReport, 'outcome' | 'rows'> & { warnings: string[] } {
  return {
    fileName,
    fileHash,
    importId: null,
    added: 0,
    revised: 0,
    unchanged: 0,
    warnings: [],
    moreWarnings: 0,
    encoding: null,
  };
}

/**
 * Checks a file's rows against the store and (unless a dry run) writes them; throws with every
 * problem (ingest's and the store's) and writes nothing. A file imported before is reported as a
 * duplicate without a check.
 */
export async function importObservations(
  db: Kysely<Database>,
  o: ImportOptions,
): Promise<ImportReport> {
  const { file } = o;
  const fileHash = file.hash;
  const earlier = await importedBefore(db, file.name, fileHash);
  if (earlier) return earlier;
  const base = { ...emptyReport(file.name, fileHash), encoding: file.encoding };

  // 1. Validate everything: ingest checked each row by itself; these checks need the store.
  const units = await storedUnits(db);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const { problems, observations } = file;
  const tree = buildTree(o.framework);
  const indicator = new Map<string, IndicatorNode>(tree.indicators.map((i) => [i.id, i]));
  const seriesUnit = new Map<string, string>(o.framework.series.map((s) => [s.id, s.unit]));
  const scope = o.scope ? unitsWithin(units, o.scope) : null;
  const warnedValidity = new Set<string>();
  const periodEnds = new Map<string, string>();
  for (const ob of observations) {
    const ind = indicator.get(ob.series);
    if (ind?.plausible && (ob.value < ind.plausible[0] || ob.value > ind.plausible[1])) {
      problems.add(
        ob.row,
        ob.column,
        `${ob.value} is outside the plausible range of ${ob.series} [${ind.plausible[0]}, ${ind.plausible[1]}]`,
      );
    }
    if (scope && !scope.has(ob.unit))
      problems.add(ob.row, 'unit', `unit ${ob.unit} is outside your scope (${o.scope})`);
    const measure = ind ? ind.unit : seriesUnit.get(ob.series);
    if (ob.measure !== undefined && measure !== undefined && ob.measure !== measure) {
      problems.add(
        ob.row,
        'measure',
        `${ob.series} is measured in "${measure}", the file says ${quote(ob.measure)}`,
      );
    }
    if (ob.status !== undefined && !(STATUSES as readonly string[]).includes(ob.status)) {
      problems.add(
        ob.row,
        'status',
        `${quote(ob.status)} is not a status (${STATUSES.join(', ')})`,
      );
    }
    const unit = unitByCode.get(ob.unit);
    let end = periodEnds.get(ob.period);
    if (end === undefined) periodEnds.set(ob.period, (end = periodEnd(ob.period)));
    if (unit && !isValidOn(unit, end) && !warnedValidity.has(`${ob.unit}|${ob.period}`)) {
      warnedValidity.add(`${ob.unit}|${ob.period}`);
      // Capped like the problems: a file of many periods must not make a report of many more bytes.
      if (base.warnings.length < MAX_PROBLEMS)
        base.warnings.push(
          `unit ${ob.unit} was not valid at the end of ${ob.period} (valid ${unit.validFrom ?? '…'} to ${unit.validTo ?? '…'})`,
        );
      else base.moreWarnings++;
    }
  }
  problems.throwIfAny(file.name, 'nothing was written');
  const rows = observations.length;
  // An empty file would still be an import: a new data version that drops every cached result.
  if (!rows) {
    throw new GapscopeError(
      'data.no-rows',
      'no rows: the file has no observation (a row with a unit, an indicator, a period and a value); nothing was written',
      { file: file.name },
    );
  }

  // 2. Compare with what is stored — inside the write transaction, so that two imports at once
  //    (two server instances, two processes on one file) cannot both take the same revision.
  if (o.dryRun) return { ...base, ...(await plan(db, observations)).counts, outcome: 'dry-run' };
  const at = o.at ?? now();
  const { importId, counts } = await db.transaction().execute(async (trx) => {
    if (sqliteHandle(db) === null)
      await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
    // Writing first takes SQLite's write lock at once (a deferred read would have to upgrade).
    const { id } = await trx
      .insertInto('imports')
      .values({
        file_name: file.name,
        file_hash: fileHash,
        framework_id: o.framework.id,
        framework_version: o.framework.version,
        user_name: o.user,
        created_at: at,
        row_count: rows,
        added: 0,
        revised: 0,
        unchanged: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const importId = Number(id);
    const { writes, counts } = await plan(trx, observations);
    o.onProgress?.(`writing ${writes.length} observations…`);
    await writeRevisions(db, trx, writes, importId, at);
    await trx
      .updateTable('imports')
      .set({ added: counts.added, revised: counts.revised, unchanged: counts.unchanged })
      .where('id', '=', importId)
      .execute();
    await audit(trx, {
      at,
      actor: o.user,
      action: 'import',
      entity: 'import',
      key: String(importId),
      after: { fileName: file.name, fileHash, ...counts },
    });
    await o.beforeCommit?.(trx);
    return { importId, counts };
  });
  return { ...base, ...counts, outcome: 'applied', importId };
}
