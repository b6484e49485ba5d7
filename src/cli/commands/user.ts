// `gapscope user add|list|disable|enable|reset-password`: accounts from the command line.

import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import {
  createUser,
  listUsers,
  ONE_TIME_PASSWORD_DAYS,
  resetPassword,
  ROLES,
  updateUser,
} from '../../store/users.ts';
import { textTable } from '../format.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';

export const USER_HELP = `gapscope user — accounts

  gapscope user add NAME --role ROLE [--scope CODE] [--department ID]   roles: ${ROLES.join(', ')}
                     (region editors need --scope: a city or county code;
                      department users need --department: a department id, see gapscope items departments)
  gapscope user list
  gapscope user disable NAME        gapscope user enable NAME
  gapscope user reset-password NAME
  --db URL     the store (default ./gapscope.db, or DATABASE_URL)

New accounts and reset passwords get a one-time password, printed once, to change at first sign-in
within ${ONE_TIME_PASSWORD_DAYS} days (after that, sign-in refuses it: reset it again). A reset also ends
the account's sessions and revokes its API tokens; so does disabling it, and enabling brings none back.
`;

export async function runUser(argv: string[], io: CliIo): Promise<void> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      role: { type: 'string' },
      scope: { type: 'string' },
      department: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [action, name] = positionals;
  if (v.help || !action) return io.stdout(USER_HELP);
  const needName = (): string => {
    if (!name)
      throw new GapscopeError('cli.option', `user ${action} needs an account name\n\n${USER_HELP}`);
    return name;
  };
  const store = await openCliStore(v.db, { init: false, stderr: io.stderr });
  await withStore(store, async (s) => {
    switch (action) {
      case 'add': {
        if (!v.role)
          throw new GapscopeError('cli.option', `user add needs --role (${ROLES.join(', ')})`);
        const r = await createUser(
          s.db,
          {
            name: needName(),
            role: v.role,
            scope: v.scope ?? null,
            department: v.department ?? null,
          },
          io.user,
        );
        io.stdout(
          `created ${r.user.name} (${r.user.role}${r.user.scope ? `, scope ${r.user.scope}` : ''}${r.user.department ? `, department ${r.user.department}` : ''}); one-time password (valid ${ONE_TIME_PASSWORD_DAYS} days): ${r.password}\n`,
        );
        return;
      }
      case 'list': {
        const users = await listUsers(s.db);
        io.stdout(
          textTable(
            ['name', 'role', 'scope', 'department', 'state', 'created'],
            users.map((u) => [
              u.name,
              u.role,
              u.scope ?? '',
              u.department ?? '',
              u.disabled ? 'disabled' : u.mustChangePassword ? 'one-time password' : 'active',
              u.createdAt,
            ]),
          ) + '\n',
        );
        return;
      }
      case 'disable':
      case 'enable': {
        const u = await updateUser(s.db, needName(), { disabled: action === 'disable' }, io.user);
        io.stdout(
          `${u.name} is ${u.disabled ? 'disabled; its sessions and API tokens are ended' : 'enabled'}\n`,
        );
        return;
      }
      case 'reset-password':
        io.stdout(
          `new one-time password for ${needName()} (valid ${ONE_TIME_PASSWORD_DAYS} days; its sessions are ended and its API tokens revoked): ${await resetPassword(s.db, needName(), io.user)}\n`,
        );
        return;
      default:
        throw new GapscopeError('cli.option', `unknown user action "${action}"\n\n${USER_HELP}`);
    }
  });
}
