// Writing many observations fast, inside the caller's transaction: prepared statements on
// SQLite's own connection, array parameters (unnest) in one statement per batch on PostgreSQL.
// Both add each row to the history and make it the key's current revision.

import { sql, type Kysely, type Transaction } from 'kysely';
import { sqliteHandle } from './connect.ts';
import type { Database } from './schema.ts';

/** One new revision to write. */
export interface NewRevision {
  unit: string;
  series: string;
  period: string;
  revision: number;
  value: number;
  status: string;
  source: string;
  note: string;
}

const PG_BATCH = 10_000;

/** Writes the revisions of one import; `db` is the store, `trx` the open transaction on it. */
export async function writeRevisions(
  db: Kysely<Database>,
  trx: Transaction<Database>,
  rows: NewRevision[],
  importId: number,
  at: string,
): Promise<void> {
  const raw = sqliteHandle(db);
  if (raw) {
    // Kysely's SQLite transaction runs on this same connection, so these statements are part of it.
    const insert = raw.prepare(
      'INSERT INTO observations (unit_code, series, period, revision, value, status, source, note, import_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const r of rows)
      insert.run(
        r.unit,
        r.series,
        r.period,
        r.revision,
        r.value,
        r.status,
        r.source,
        r.note,
        importId,
        at,
      );
  } else {
    for (let i = 0; i < rows.length; i += PG_BATCH) {
      const chunk = rows.slice(i, i + PG_BATCH);
      const col = <T>(f: (r: NewRevision) => T): T[] => chunk.map(f);
      await sql`
        INSERT INTO observations (unit_code, series, period, revision, value, status, source, note, import_id, recorded_at)
        SELECT u, s, p, r, v, st, so, n, ${importId}::integer, ${at}::text
        FROM unnest(${col((r) => r.unit)}::text[], ${col((r) => r.series)}::text[], ${col((r) => r.period)}::text[],
                    ${col((r) => r.revision)}::integer[], ${col((r) => r.value)}::double precision[],
                    ${col((r) => r.status)}::text[], ${col((r) => r.source)}::text[], ${col((r) => r.note)}::text[])
          AS t(u, s, p, r, v, st, so, n)
      `.execute(trx);
    }
  }
  // One set-based statement makes every new revision its key's current one.
  await sql`
    INSERT INTO current_observations (unit_code, series, period, observation_id, revision)
    SELECT unit_code, series, period, id, revision FROM observations WHERE import_id = ${importId}
    ON CONFLICT (unit_code, series, period)
    DO UPDATE SET observation_id = excluded.observation_id, revision = excluded.revision
  `.execute(trx);
}
