// The log of imported files: one row per file written (store/TABLES.md § imports), newest first.

import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** One imported file: who imported it when, and what it did to the observations. */
export interface ImportEntry {
  id: number;
  fileName: string;
  /** SHA-256 of the file's bytes. */
  fileHash: string;
  user: string;
  at: string;
  rows: number;
  added: number;
  revised: number;
  unchanged: number;
}

/** The newest `limit` imports, newest first. */
export async function listImports(db: Kysely<Database>, limit: number): Promise<ImportEntry[]> {
  const rows = await db
    .selectFrom('imports')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    fileName: r.file_name,
    fileHash: r.file_hash,
    user: r.user_name,
    at: r.created_at,
    rows: Number(r.row_count),
    added: Number(r.added),
    revised: Number(r.revised),
    unchanged: Number(r.unchanged),
  }));
}
