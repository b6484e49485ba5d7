// Password attempts, limited per account and per client address over a sliding window. Each
// attempt is reserved — recorded as failed — before the slow hash and counted with the others in
// the same transaction, so concurrent guesses on any number of server instances cannot pass the
// limit (docs/SECURITY.md § Accounts, passwords and sessions).

import { sql, type Kysely } from 'kysely';
import { nowMs } from '../core/clock.ts';
import { GapscopeError } from '../core/errors.ts';
import { now } from './clock.ts';
import { sqliteHandle } from './connect.ts';
import type { Database } from './schema.ts';

/**
 * Failed password attempts allowed in the window: per account, and per client address (more, for
 * offices behind one address). The next attempt is refused, even with the right password.
 */
export const ATTEMPT_LIMIT = { account: 10, address: 50 } as const;

/** The sliding window failures are counted over: 15 minutes, in milliseconds. */
export const ATTEMPT_WINDOW_MS = 15 * 60_000;

/** The first key of PostgreSQL's two-key advisory locks for attempt keys ("gpat"), apart from other locks. */
const LOCK_SPACE = 0x67706174;

/** Who tries a password: the account's name and the client's address (null when unknown). */
export interface Attempter {
  account: string;
  address: string | null;
}

/** An attempt that was let through: its rows in login_attempts, one per key. */
export interface Attempt {
  ids: number[];
}

/** The keys an attempt counts under, in a fixed order so that locks are always taken alike. */
function keysOf(who: Attempter): { key: string; limit: number; what: string }[] {
  const keys: { key: string; limit: number; what: string }[] = [
    {
      key: `name:${who.account.toLowerCase()}`,
      limit: ATTEMPT_LIMIT.account,
      what: 'for this account',
    },
  ];
  if (who.address)
    keys.push({ key: `addr:${who.address}`, limit: ATTEMPT_LIMIT.address, what: 'from here' });
  return keys.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * Records an attempt as failed under each key, or refuses it (`auth.rate-limited`, nothing
 * recorded) when a key already has its limit of failures in the window. Call it before checking
 * the password; call `attemptSucceeded` when the password was right.
 */
export async function reserveAttempt(db: Kysely<Database>, who: Attempter): Promise<Attempt> {
  const keys = keysOf(who);
  const at = now();
  const since = new Date(nowMs() - ATTEMPT_WINDOW_MS).toISOString();
  const postgres = sqliteHandle(db) === null;
  const attempt = await db.transaction().execute(async (trx) => {
    // PostgreSQL: a lock per key, held to the commit, makes concurrent reservations of one key
    // take turns, so each counts the ones before it. SQLite: the first insert takes the store's
    // write lock, which does the same for every key.
    if (postgres)
      for (const { key } of keys)
        await sql`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int4, hashtext(${key}::text))`.execute(
          trx,
        );
    const ids: number[] = [];
    for (const { key, limit, what } of keys) {
      const { id } = await trx
        .insertInto('login_attempts')
        .values({ key, at, ok: 0 })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(Number(id));
      const { n } = await trx
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('key', '=', key)
        .where('at', '>=', since)
        .where('ok', '=', 0)
        .executeTakeFirstOrThrow();
      // Throwing rolls the reservation back: a refused attempt does not lengthen the wait.
      if (Number(n) > limit)
        throw new GapscopeError(
          'auth.rate-limited',
          `${limit} failed password attempts ${what} in ${ATTEMPT_WINDOW_MS / 60_000} minutes; try again later`,
        );
    }
    return { ids };
  });
  await pruneAttempts(db, since);
  return attempt;
}

/** At most this many expired attempts are deleted per reservation. */
const PRUNE_BATCH = 1000;

/**
 * Deletes attempts older than the window, which count for nothing any more, a batch at a time,
 * so that the table holds about one window of attempts however many names and addresses are
 * tried. On PostgreSQL rows another instance is deleting are skipped, not waited for.
 */
async function pruneAttempts(db: Kysely<Database>, since: string): Promise<void> {
  const expired =
    sqliteHandle(db) === null
      ? sql<{
          id: number;
        }>`SELECT id FROM login_attempts WHERE at < ${since} LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED`
      : sql<{ id: number }>`SELECT id FROM login_attempts WHERE at < ${since} LIMIT ${PRUNE_BATCH}`;
  await sql`DELETE FROM login_attempts WHERE id IN (${expired})`.execute(db);
}

/** Marks an attempt as succeeded: it no longer counts against the limit. */
export async function attemptSucceeded(db: Kysely<Database>, attempt: Attempt): Promise<void> {
  if (!attempt.ids.length) return;
  await db.updateTable('login_attempts').set({ ok: 1 }).where('id', 'in', attempt.ids).execute();
}
