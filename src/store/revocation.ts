// What a change to an account ends (docs/SECURITY.md § Accounts, passwords and sessions): changing
// one's own password ends one's other sessions; an administrator's reset or disabling the account —
// a compromise suspected — ends every session and revokes every API token.

import type { Kysely } from 'kysely';
import { now } from './clock.ts';
import { sha256Hex } from './hash.ts';
import type { Database } from './schema.ts';

/** The changes that end access: a user's own change of password, a reset, disabling. */
export type AccountChange = 'password-change' | 'reset' | 'disable';

/**
 * Ends the sessions and revokes the API tokens that `change` ends, in the caller's transaction;
 * `keepSession` (a cookie token) is the session a user changed their password from, kept open.
 * Returns how many sessions ended and tokens were revoked, for the audit log.
 */
export async function revokeAccess(
  trx: Kysely<Database>,
  userId: number,
  change: AccountChange,
  keepSession: string | null = null,
): Promise<{ sessions: number; tokens: number }> {
  let ended = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (change === 'password-change' && keepSession)
    ended = ended.where('token_hash', '<>', sha256Hex(keepSession));
  const sessions = Number((await ended.executeTakeFirst()).numDeletedRows);
  // A user's own change keeps the API tokens: they are listed and revoked one by one in
  // GET/DELETE /api/tokens, and a routine change should not stop the machine clients.
  if (change === 'password-change') return { sessions, tokens: 0 };
  const revoked = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: now() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return { sessions, tokens: Number(revoked.numUpdatedRows) };
}
