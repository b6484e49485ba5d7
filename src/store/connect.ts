// Opens a store: a SQLite file (the default, created on first use) or a PostgreSQL server chosen
// by a postgres:// URL. Migrations run on open, so a new file or database is ready at once.

import { resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { GapscopeError } from '../core/errors.ts';
import type { Dialect } from './dialect.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

/** An open store. */
export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it is: the SQLite file's path, or the PostgreSQL URL without its password. */
  location: string;
  close(): Promise<void>;
}

/** The default store: ./gapscope.db, or DATABASE_URL when set. */
export function defaultStoreUrl(): string {
  return process.env.DATABASE_URL || 'gapscope.db';
}

/** The better-sqlite3 handle behind a SQLite store's Kysely instance, for bulk writes. */
const sqliteHandles = new WeakMap<Kysely<Database>, SQLite.Database>();

/** The raw SQLite connection of a store opened here, or null for PostgreSQL. */
export function sqliteHandle(db: Kysely<Database>): SQLite.Database | null {
  return sqliteHandles.get(db) ?? null;
}

/** The URL each store was opened with, for another connection to it (a worker thread's). */
const openedFrom = new WeakMap<Kysely<Database>, string>();

/**
 * The URL that opens `store` again from another thread or process (with its password, for
 * PostgreSQL); null for an in-memory or temporary SQLite database, which no one else can open.
 */
export function storeUrl(store: Store): string | null {
  return openedFrom.get(store.db) ?? null;
}

/** How to open a store. */
export interface OpenOptions {
  /** PostgreSQL connections at most (default 10). */
  poolSize?: number;
  /** Run the migrations (default true); false for a second connection to a store already open. */
  migrate?: boolean;
}

function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Opens (and if needed creates and migrates) the store at `url`: a file path or postgres:// URL. */
export async function openStore(
  url: string = defaultStoreUrl(),
  opts: OpenOptions = {},
): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let location: string;
  if (isPostgres(url)) {
    dialect = 'postgres';
    const u = new URL(url);
    location = `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
    // Loaded only for a PostgreSQL store: the embedded one need not wait for the driver.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
    // Double precision and bigint come back as numbers, as in SQLite.
    pool.on('error', () => undefined);
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    const file = url.replace(/^sqlite:(\/\/)?/, '');
    location = resolve(file);
    let sqlite: SQLite.Database;
    try {
      sqlite = new SQLite(file);
    } catch (e) {
      throw new GapscopeError(
        'store.open',
        `cannot open the SQLite store ${location}: ${(e as Error).message}`,
      );
    }
    sqlite.pragma('journal_mode = WAL');
    // WAL with NORMAL sync survives a crash of the process intact (a power cut may lose the last
    // commit, never consistency); a 64 MB page cache keeps large imports' index updates in memory.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    sqliteHandles.set(db, sqlite);
  }
  if (dialect === 'postgres') openedFrom.set(db, url);
  else if (!/^(:memory:|file::memory:.*)?$/.test(url.replace(/^sqlite:(\/\/)?/, '')))
    openedFrom.set(db, location);
  if (opts.migrate === false) return { db, dialect, location, close: () => db.destroy() };
  try {
    const { error, results } = await new Migrator({
      db,
      provider: migrations(dialect),
    }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error)
      throw new Error(
        `${failed ? `${failed.migrationName}: ` : ''}${(error as Error).message ?? String(error)}`,
      );
  } catch (e) {
    await db.destroy();
    throw new GapscopeError(
      'store.migrate',
      `cannot prepare the store ${location}: ${(e as Error).message}`,
    );
  }
  return { db, dialect, location, close: () => db.destroy() };
}
