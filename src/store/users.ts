// Accounts and their passwords: argon2id hashes (memory-hard), one-time passwords that expire,
// and every check of a password limited per account (throttle.ts). Sessions are in sessions.ts,
// API tokens in tokens.ts, what a change of password, a reset or disabling ends in revocation.ts.

import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nowMs } from '../core/clock.ts';
import { GapscopeError } from '../core/errors.ts';
import { ROLES, type Role } from '../core/roles.ts';
import { audit } from './audit.ts';
import { now } from './clock.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { revokeAccess } from './revocation.ts';
import type { Database } from './schema.ts';
import { attemptSucceeded, reserveAttempt } from './throttle.ts';

export { ROLES, type Role };

/** An account as the rest of the system sees it (never its password hash). */
export interface User {
  id: number;
  name: string;
  role: Role;
  scope: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  /** A department user's department (the task force's member departments). */
  department: string | null;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}$/;
export const MIN_PASSWORD = 10;

/** How long a one-time password (a new account's, a reset's) may be used, in days. */
export const ONE_TIME_PASSWORD_DAYS = 7;

/** When a one-time password made now stops working. */
const oneTimeExpiry = (): string =>
  new Date(nowMs() + ONE_TIME_PASSWORD_DAYS * 86_400_000).toISOString();

/** A random one-time password: 16 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** A random opaque token (256 bits, base64url). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The users columns `userFromRow` reads, as a join with the users table aliased `u` selects them. */
export const USER_COLUMNS = [
  'u.id',
  'u.name',
  'u.role',
  'u.scope',
  'u.disabled',
  'u.must_change_password',
  'u.created_at',
  'u.department_id',
] as const;

/** An account from its row (or the users columns of a join). */
export const userFromRow = (r: {
  id: number;
  name: string;
  role: string;
  scope: string | null;
  disabled: number;
  must_change_password: number;
  created_at: string;
  department_id: string | null;
}): User => ({
  id: Number(r.id),
  name: r.name,
  role: r.role as Role,
  scope: r.scope,
  disabled: !!Number(r.disabled),
  mustChangePassword: !!Number(r.must_change_password),
  createdAt: r.created_at,
  department: r.department_id,
});

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD) {
    throw new GapscopeError(
      'user.weak-password',
      `a password needs at least ${MIN_PASSWORD} characters`,
      { path: 'password' },
    );
  }
}

/** Checks that a department user has a known department, and that no one else has one. */
async function checkDepartment(
  db: Kysely<Database>,
  role: string,
  department: string | null,
): Promise<void> {
  if (role === 'department' && !department)
    throw new GapscopeError('user.department', 'a department user needs a department', {
      path: 'department',
    });
  if (role !== 'department' && department)
    throw new GapscopeError('user.department', 'only department users have a department', {
      path: 'department',
    });
  if (
    department &&
    !(await db
      .selectFrom('departments')
      .select('id')
      .where('id', '=', department)
      .executeTakeFirst())
  )
    throw new GapscopeError('user.department', `"${department}" is not a known department`, {
      path: 'department',
    });
}

/** Creates an account; without a password a one-time one is generated and returned. */
export async function createUser(
  db: Kysely<Database>,
  u: {
    name: string;
    role: string;
    scope?: string | null;
    password?: string;
    department?: string | null;
  },
  actor: string,
): Promise<{ user: User; password: string }> {
  if (!NAME.test(u.name))
    throw new GapscopeError(
      'user.name',
      `"${u.name}" is not an account name (2–64 letters, digits, _ . @ -)`,
      { path: 'name' },
    );
  if (!(ROLES as readonly string[]).includes(u.role))
    throw new GapscopeError('user.role', `"${u.role}" is not a role (${ROLES.join(', ')})`, {
      path: 'role',
    });
  const scope = u.scope ?? null;
  if (u.role === 'region' && !scope)
    throw new GapscopeError(
      'user.scope',
      'a region editor needs a scope: the code of a city or county',
      { path: 'scope' },
    );
  if (
    scope &&
    !(await db.selectFrom('units').select('code').where('code', '=', scope).executeTakeFirst())
  ) {
    throw new GapscopeError('user.scope', `scope "${scope}" is not a known unit code`, {
      path: 'scope',
    });
  }
  const department = u.department ?? null;
  await checkDepartment(db, u.role, department);
  if (await db.selectFrom('users').select('id').where('name', '=', u.name).executeTakeFirst()) {
    throw new GapscopeError('user.exists', `there is already an account "${u.name}"`, {
      path: 'name',
    });
  }
  const oneTime = u.password === undefined;
  const password = u.password ?? generatePassword();
  checkPassword(password);
  const at = now();
  const row = {
    name: u.name,
    password_hash: await hashPassword(password),
    role: u.role,
    scope,
    disabled: 0,
    must_change_password: oneTime ? 1 : 0,
    created_at: at,
    department_id: department,
  };
  const { id } = await db
    .insertInto('users')
    .values({ ...row, password_expires_at: oneTime ? oneTimeExpiry() : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, {
    at,
    actor,
    action: 'user.add',
    entity: 'user',
    key: u.name,
    after: { role: u.role, scope, ...(department ? { department } : {}) },
  });
  return { user: userFromRow({ ...row, id: Number(id) }), password };
}

/** Every account, by name. */
export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name').execute();
  return rows.map(userFromRow);
}

/** One account by name, or an error. */
export async function getUser(db: Kysely<Database>, name: string): Promise<User> {
  const r = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  if (!r) throw new GapscopeError('user.none', `there is no account "${name}"`, { path: 'name' });
  return userFromRow(r);
}

/** Changes role, scope or disabled state; disabling ends every session and revokes every API token. */
export async function updateUser(
  db: Kysely<Database>,
  name: string,
  change: { role?: string; scope?: string | null; disabled?: boolean; department?: string | null },
  actor: string,
): Promise<User> {
  const before = await getUser(db, name);
  if (change.role !== undefined && !(ROLES as readonly string[]).includes(change.role)) {
    throw new GapscopeError('user.role', `"${change.role}" is not a role (${ROLES.join(', ')})`, {
      path: 'role',
    });
  }
  if (change.role !== undefined || change.department !== undefined) {
    const role = change.role ?? before.role;
    const department =
      change.department !== undefined
        ? change.department
        : role === 'department'
          ? before.department
          : null;
    await checkDepartment(db, role, department);
    if (department !== before.department) change = { ...change, department };
  }
  const set: {
    role?: string;
    scope?: string | null;
    disabled?: number;
    department_id?: string | null;
  } = {};
  if (change.department !== undefined) set.department_id = change.department;
  if (change.role !== undefined) set.role = change.role;
  if (change.scope !== undefined) set.scope = change.scope;
  if (change.disabled !== undefined) set.disabled = change.disabled ? 1 : 0;
  if (!Object.keys(set).length) return before;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set(set).where('id', '=', before.id).execute();
    if (change.disabled) await revokeAccess(trx, before.id, 'disable');
    await audit(trx, {
      at: now(),
      actor,
      action: 'user.update',
      entity: 'user',
      key: name,
      before: {
        role: before.role,
        scope: before.scope,
        disabled: before.disabled,
        department: before.department,
      },
      after: change,
    });
  });
  return getUser(db, name);
}

/**
 * Sets a new one-time password (returned; it expires after ONE_TIME_PASSWORD_DAYS), ends every
 * session and revokes every API token of the account: a reset is what an administrator does when
 * a password may be known to someone else, so nothing opened with it survives.
 */
export async function resetPassword(
  db: Kysely<Database>,
  name: string,
  actor: string,
): Promise<string> {
  const u = await getUser(db, name);
  const password = generatePassword();
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 1, password_expires_at: oneTimeExpiry() })
      .where('id', '=', u.id)
      .execute();
    const ended = await revokeAccess(trx, u.id, 'reset');
    await audit(trx, {
      at: now(),
      actor,
      action: 'user.reset-password',
      entity: 'user',
      key: name,
      after: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
    });
  });
  return password;
}

// A fixed hash to verify against when the account does not exist, so both cases take as long.
let dummyHash: Promise<string> | null = null;

/**
 * Checks a password against an account, within the limit of attempts (throttle.ts): the account,
 * or an error — `wrong` for a wrong password, an unknown or disabled account; `auth.password-expired`
 * for a right one-time password past its time; `auth.rate-limited` before any check when over the
 * limit. Every password check goes through here, so that no check escapes the limit.
 */
async function checkAgainst(
  db: Kysely<Database>,
  name: string,
  password: string,
  address: string | null,
  wrong: GapscopeError,
): Promise<User> {
  const attempt = await reserveAttempt(db, { account: name, address });
  const r = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  dummyHash ??= hashPassword('not a password of anyone');
  const ok = await verifyPassword(r?.password_hash ?? (await dummyHash), password);
  if (!r || !ok || Number(r.disabled)) throw wrong;
  // Said only to whoever knows the password; it still counts as a failed attempt.
  if (r.password_expires_at !== null && r.password_expires_at <= now())
    throw new GapscopeError(
      'auth.password-expired',
      `the one-time password of "${name}" expired at ${r.password_expires_at} (one-time passwords last ${ONE_TIME_PASSWORD_DAYS} days); ask an administrator to reset it (gapscope user reset-password ${name})`,
    );
  await attemptSucceeded(db, attempt);
  return userFromRow(r);
}

/**
 * The account when the name and password match, it is enabled and its password has not expired;
 * otherwise `auth.login-failed`, `auth.password-expired` or `auth.rate-limited` (see checkAgainst).
 * `address` is the client's, which has a limit of its own.
 */
export async function signIn(
  db: Kysely<Database>,
  name: string,
  password: string,
  address: string | null,
): Promise<User> {
  return checkAgainst(
    db,
    name,
    password,
    address,
    new GapscopeError('auth.login-failed', 'wrong account name or password'),
  );
}

/**
 * Changes one's own password after checking the current one (limited like a sign-in, under the
 * same account). The account's other sessions end; `keepSession`, the cookie token of the session
 * the change came from, stays open. API tokens are kept (docs/SECURITY.md).
 */
export async function changePassword(
  db: Kysely<Database>,
  user: User,
  change: { current: string; next: string; address: string | null; keepSession: string | null },
): Promise<void> {
  const { current, next } = change;
  // The new password is judged first: a weak one should not use up an attempt.
  checkPassword(next);
  if (next === current)
    throw new GapscopeError(
      'user.same-password',
      'the new password must differ from the current one',
      { path: 'password' },
    );
  await checkAgainst(
    db,
    user.name,
    current,
    change.address,
    new GapscopeError('auth.wrong-password', 'the current password is wrong', { path: 'current' }),
  );
  const hash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 0, password_expires_at: null })
      .where('id', '=', user.id)
      .execute();
    const ended = await revokeAccess(trx, user.id, 'password-change', change.keepSession);
    await audit(trx, {
      at: now(),
      actor: user.name,
      action: 'user.change-password',
      entity: 'user',
      key: user.name,
      after: { sessionsEnded: ended.sessions },
    });
  });
}

/** Creates an administrator "admin" with a one-time password (returned) when there is no account. */
export async function ensureFirstAdmin(db: Kysely<Database>): Promise<string | null> {
  if (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) return null;
  try {
    return (await createUser(db, { name: 'admin', role: 'admin' }, 'system')).password;
  } catch (e) {
    // Another instance starting at the same moment created it first.
    if (await db.selectFrom('users').select('id').where('name', '=', 'admin').executeTakeFirst())
      return null;
    throw e;
  }
}
