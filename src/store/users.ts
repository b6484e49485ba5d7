// Accounts, sessions and API tokens. Passwords are hashed with argon2id (memory-hard); session
// and API tokens are random and only their SHA-256 is stored.

import { nowMs } from '../core/clock.ts';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { GapscopeError } from '../core/errors.ts';
import { audit } from './audit.ts';
import { now } from './clock.ts';
import { sha256Hex } from './hash.ts';
import { hashPassword, verifyPassword } from './password.ts';
import type { Database } from './schema.ts';

export const ROLES = ['admin', 'analyst', 'department', 'region', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

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
const SESSION_HOURS = 12;

/** A random one-time password: 16 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** A random opaque token (256 bits, base64url). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

const toUser = (r: {
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
  const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  await audit(db, {
    at,
    actor,
    action: 'user.add',
    entity: 'user',
    key: u.name,
    after: { role: u.role, scope, ...(department ? { department } : {}) },
  });
  return { user: toUser({ ...row, id: Number(id) }), password };
}

/** Every account, by name. */
export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name').execute();
  return rows.map(toUser);
}

/** One account by name, or an error. */
export async function getUser(db: Kysely<Database>, name: string): Promise<User> {
  const r = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  if (!r) throw new GapscopeError('user.none', `there is no account "${name}"`, { path: 'name' });
  return toUser(r);
}

/** Changes role, scope or disabled state; a disabled account's sessions end. */
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
    if (change.disabled) {
      await trx.deleteFrom('sessions').where('user_id', '=', before.id).execute();
      await trx
        .updateTable('api_tokens')
        .set({ revoked_at: now() })
        .where('user_id', '=', before.id)
        .where('revoked_at', 'is', null)
        .execute();
    }
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

/** Sets a new one-time password (returned) and ends the account's sessions. */
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
      .set({ password_hash: hash, must_change_password: 1 })
      .where('id', '=', u.id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', u.id).execute();
    await audit(trx, {
      at: now(),
      actor,
      action: 'user.reset-password',
      entity: 'user',
      key: name,
    });
  });
  return password;
}

// A fixed hash to verify against when the account does not exist, so both cases take as long.
let dummyHash: Promise<string> | null = null;

/** The account if the name and password match and it is enabled; null otherwise. */
export async function verifyLogin(
  db: Kysely<Database>,
  name: string,
  password: string,
): Promise<User | null> {
  const r = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  dummyHash ??= hashPassword('not a password of anyone');
  const ok = await verifyPassword(r?.password_hash ?? (await dummyHash), password);
  if (!r || !ok || Number(r.disabled)) return null;
  return toUser(r);
}

/** Changes one's own password after checking the current one. */
export async function changePassword(
  db: Kysely<Database>,
  user: User,
  current: string,
  next: string,
): Promise<void> {
  if (!(await verifyLogin(db, user.name, current)))
    throw new GapscopeError('auth.wrong-password', 'the current password is wrong', {
      path: 'current',
    });
  checkPassword(next);
  if (next === current)
    throw new GapscopeError(
      'user.same-password',
      'the new password must differ from the current one',
      { path: 'password' },
    );
  await db
    .updateTable('users')
    .set({
      password_hash: await hashPassword(next),
      must_change_password: 0,
    })
    .where('id', '=', user.id)
    .execute();
  await audit(db, {
    at: now(),
    actor: user.name,
    action: 'user.change-password',
    entity: 'user',
    key: user.name,
  });
}

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
    .select([
      'u.id',
      'u.name',
      'u.role',
      'u.scope',
      'u.disabled',
      'u.must_change_password',
      'u.created_at',
      'u.department_id',
      's.csrf_token',
      's.expires_at',
    ])
    .where('s.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!r || r.expires_at < now() || Number(r.disabled)) return null;
  return { user: toUser(r), csrf: r.csrf_token };
}

/** Ends a session. */
export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256Hex(token)).execute();
}

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
    .select([
      'u.id',
      'u.name',
      'u.role',
      'u.scope',
      'u.disabled',
      'u.must_change_password',
      'u.created_at',
      'u.department_id',
      't.revoked_at',
    ])
    .where('t.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!r || r.revoked_at || Number(r.disabled)) return null;
  return toUser(r);
}

/** Records a login attempt under each key (account name, client address). */
export async function recordLogin(
  db: Kysely<Database>,
  keys: string[],
  ok: boolean,
): Promise<void> {
  const at = now();
  await db
    .insertInto('login_attempts')
    .values(keys.map((key) => ({ key, at, ok: ok ? 1 : 0 })))
    .execute();
}

/** Failed attempts under a key since a moment. */
export async function failuresSince(
  db: Kysely<Database>,
  key: string,
  since: string,
): Promise<number> {
  const r = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('key', '=', key)
    .where('at', '>=', since)
    .where('ok', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Constant-time comparison of two strings (CSRF tokens). */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
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
