// Fresh stores for tests: a new SQLite file, or a new database on the test PostgreSQL server.

import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/store/connect.ts';

let counter = 0;

/** A new, empty SQLite store in a temporary folder. */
export async function freshSqlite(): Promise<Store> {
  return openStore(join(mkdtempSync(join(tmpdir(), 'gapscope-store-')), 'test.db'));
}

/** The URL of a new, empty database on the test server. */
export async function freshPostgresUrl(): Promise<string> {
  const base = inject('pgUrl');
  const name = `t_${randomUUID().replaceAll('-', '')}_${counter++}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new, empty PostgreSQL store. */
export async function freshPostgres(): Promise<Store> {
  return openStore(await freshPostgresUrl());
}

/** How many observations and imports a store holds, to see that a refusal wrote nothing. */
export async function storeCounts(store: Store): Promise<{ obs: number; imports: number }> {
  const n = async (t: 'observations' | 'imports'): Promise<number> =>
    Number(
      (
        await store.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { obs: await n('observations'), imports: await n('imports') };
}
