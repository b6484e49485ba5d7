// API tokens for machine clients: `gs_` and 256 random bits, shown once; only the SHA-256 is
// stored. A token lives until its owner revokes it, or a reset or disabling revokes them all.

import type { Kysely } from 'kysely';
import { audit } from './audit.ts';
import { now } from './clock.ts';
import { sha256Hex } from './hash.ts';
import type { Database } from './schema.ts';
import { generateToken, USER_COLUMNS, userFromRow, type User } from './users.ts';

/** Creates an API token for a user; the token is shown once. */
export async function createApiToken(
  db: Kysely<Database>,
  user: User,
  name: string,
): Promise<{ id: number; token: string }> {
  const token = `gs_${generateToken()}`;
  const { id } = await db
    .insertInto('api_tokens')
    .values({
      user_id: user.id,
      name,
      token_hash: sha256Hex(token),
      created_at: now(),
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, {
    at: now(),
    actor: user.name,
    action: 'token.add',
    entity: 'api_token',
    key: String(id),
    after: { name },
  });
  return { id: Number(id), token };
}

/** The user of a live API token, or null. */
export async function tokenUser(db: Kysely<Database>, token: string): Promise<User | null> {
  const r = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([...USER_COLUMNS, 't.revoked_at'])
    .where('t.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!r || r.revoked_at || Number(r.disabled)) return null;
  return userFromRow(r);
}

/** A user's API tokens as listed to them (never the token), oldest first. */
export interface ApiTokenEntry {
  id: number;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Every API token of a user, live or revoked, oldest first. */
export async function listApiTokens(
  db: Kysely<Database>,
  userId: number,
): Promise<ApiTokenEntry[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes one of a user's live API tokens, audited; false when they have no such live token. */
export async function revokeApiToken(
  db: Kysely<Database>,
  user: User,
  id: number,
): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now() })
    .where('id', '=', id)
    .where('user_id', '=', user.id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!Number(r.numUpdatedRows)) return false;
  await audit(db, {
    at: now(),
    actor: user.name,
    action: 'token.revoke',
    entity: 'api_token',
    key: String(id),
  });
  return true;
}
