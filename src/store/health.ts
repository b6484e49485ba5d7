// Whether the store answers, for the readiness probe.

import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Sends the store the smallest query; rejects when it does not answer. */
export async function pingStore(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
