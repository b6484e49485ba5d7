// Migration 004-password-expiry on both back ends: a store made before it gets the column, and
// the one-time passwords it already held get the full lifetime from the migration, not forever.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { nowMs } from '../../src/core/clock.ts';
import { openStore } from '../../src/store/connect.ts';
import { freshPostgresUrl } from '../helpers/stores.ts';

type Row = Record<string, unknown>;

/** Runs SQL on the database at `url` with its own driver, beside the store; the last statement's rows. */
async function raw(url: string, statements: string[]): Promise<Row[]> {
  let rows: Row[] = [];
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const s of statements) rows = (await client.query(s)).rows as Row[];
    } finally {
      await client.end();
    }
  } else {
    const db = new SQLite(url);
    try {
      for (const s of statements) {
        const st = db.prepare(s);
        if (st.reader) rows = st.all() as Row[];
        else st.run();
      }
    } finally {
      db.close();
    }
  }
  return rows;
}

/**
 * A store at `url` as stores were before migration 004: without the column, and with an account
 * still on its one-time password and one that has chosen its own.
 */
async function storeBefore(url: string): Promise<void> {
  await (await openStore(url)).close();
  await raw(url, [
    'ALTER TABLE users DROP COLUMN password_expires_at',
    "DELETE FROM kysely_migration WHERE name = '004-password-expiry'",
    ...[
      ['waiting', 1],
      ['settled', 0],
    ].map(
      ([name, oneTime]) =>
        `INSERT INTO users (name, password_hash, role, disabled, created_at, must_change_password)
         VALUES ('${name}', 'x', 'viewer', 0, '2020-01-01T00:00:00.000Z', ${oneTime})`,
    ),
  ]);
}

describe.each([
  ['sqlite', async () => join(mkdtempSync(join(tmpdir(), 'gapscope-expiry-')), 'old.db')],
  ['postgres', freshPostgresUrl],
] as const)('migration 004-password-expiry on %s', (_name, location) => {
  it('gives the one-time passwords a store already held 7 days from the migration', async () => {
    const url = await location();
    await storeBefore(url);
    await (await openStore(url)).close();
    const rows = await raw(url, ['SELECT name, password_expires_at FROM users ORDER BY name']);
    expect(rows).toEqual([
      { name: 'settled', password_expires_at: null },
      { name: 'waiting', password_expires_at: expect.any(String) },
    ]);
    const until = Date.parse(rows[1]!.password_expires_at as string);
    expect(Math.abs(until - (nowMs() + 7 * 86_400_000))).toBeLessThan(60_000);
  });
});
