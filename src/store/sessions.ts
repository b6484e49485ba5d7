// Browser sessions: an opaque random cookie token (only its SHA-256 is stored) and a CSRF token,
// for a fixed length of time from sign-in.

import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nowMs } from '../core/clock.ts';
import { now } from './clock.ts';
import { sha256Hex } from './hash.ts';
import type { Database } from './schema.ts';
import { generateToken, USER_COLUMNS, userFromRow, type User } from './users.ts';

/** How long a session lasts from sign-in, in hours; it is not extended by use. */
export const SESSION_HOURS = 12;

/** Opens a session; returns the cookie token and the CSRF token. */
export async function createSession(
  db: Kysely<Database>,
  user: User,
): Promise<{ token: string; csrf: string; expiresAt: string }> {
  const token = generateToken();
  const csrf = generateToken();
  const created = now();
  const expiresAt = new Date(nowMs() + SESSION_HOURS * 3600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256Hex(token),
      user_id: user.id,
      csrf_token: csrf,
      created_at: created,
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrf, expiresAt };
}

/** The user and CSRF token of a live session, or null. */
export async function sessionUser(
  db: Kysely<Database>,
  token: string,
): Promise<{ user: User; csrf: string } | null> {
  const r = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([...USER_COLUMNS, 's.csrf_token', 's.expires_at'])
    .where('s.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!r || r.expires_at < now() || Number(r.disabled)) return null;
  return { user: userFromRow(r), csrf: r.csrf_token };
}

/** Ends a session. */
export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256Hex(token)).execute();
}

/** Constant-time comparison of two strings (CSRF tokens). */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
