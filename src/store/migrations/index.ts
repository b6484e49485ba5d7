// Every migration in order; Kysely's Migrator runs the ones a store has not seen, on start.

import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { initial } from './001-initial.ts';
import { access } from './002-access.ts';
import { work } from './003-work.ts';
import { passwordExpiry } from './004-password-expiry.ts';

/** The migrations for one back end, keyed so that they sort in order. */
export function migrations(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '001-initial': initial(dialect),
        '002-access': access(dialect),
        '003-work': work(dialect),
        '004-password-expiry': passwordExpiry(),
      };
    },
  };
}
