// One-time passwords expire: users get `password_expires_at`, set with a new account's or a reset's
// one-time password and cleared when the user chooses their own.

import { sql, type Kysely, type Migration } from 'kysely';
import { nowMs } from '../../core/clock.ts';

/** Days a one-time password lasts; the same as users.ts ONE_TIME_PASSWORD_DAYS when this was written. */
const DAYS = 7;

/** Builds the migration (the same statements in SQLite and PostgreSQL). */
export function passwordExpiry(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('users').addColumn('password_expires_at', 'text').execute();
      // One-time passwords handed out before this migration had no end: they get the full
      // lifetime from now, not from when they were made (a reset's moment is not recorded).
      const until = new Date(nowMs() + DAYS * 86_400_000).toISOString();
      await sql`UPDATE users SET password_expires_at = ${until} WHERE must_change_password = 1`.execute(
        db,
      );
    },
  };
}
