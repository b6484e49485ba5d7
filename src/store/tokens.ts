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
