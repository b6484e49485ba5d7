// Who is calling: a session cookie (browser) or a bearer API token (machine client). Cookie
// writes must carry the session's CSRF token. Guards for roles.

import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { sameToken, sessionUser } from '../../store/sessions.ts';
import { tokenUser } from '../../store/tokens.ts';
import type { Role, User } from '../../store/users.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../problem.ts';

export const SESSION_COOKIE = 'gapscope_session';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the caller; refuses a cookie write without the CSRF token. */
export const identify = createMiddleware<AppEnv>(async (c, next) => {
  c.set('user', null);
  c.set('via', null);
  c.set('csrf', null);
  c.set('sessionToken', null);
  const store = c.get('store');
  const bearer = c.req.header('authorization');
  if (bearer?.toLowerCase().startsWith('bearer ')) {
    const user = await tokenUser(store.db, bearer.slice(7).trim());
    if (!user) throw new ApiError(401, 'auth.required', 'the API token is unknown or revoked');
    c.set('user', user);
    c.set('via', 'token');
  } else {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const s = await sessionUser(store.db, token);
      if (s) {
        c.set('user', s.user);
        c.set('via', 'session');
        c.set('csrf', s.csrf);
        c.set('sessionToken', token);
        if (!SAFE.has(c.req.method)) {
          const sent = c.req.header('x-csrf-token') ?? '';
          if (!sameToken(sent, s.csrf))
            throw new ApiError(403, 'auth.csrf', 'send the X-CSRF-Token header given at sign-in');
        }
      }
    }
  }
  await next();
});

/** The signed-in user, or a 401. A user with a one-time password may only change it. */
export function requireUser(c: { get(k: 'user'): User | null; req: { path: string } }): User {
  const user = c.get('user');
  if (!user) throw new ApiError(401, 'auth.required');
  if (user.mustChangePassword && !c.req.path.startsWith('/api/session'))
    throw new ApiError(403, 'auth.must-change-password');
  return user;
}

/** The signed-in user if their role is one of `roles`, else a 401 or 403. */
export function requireRole(c: Parameters<typeof requireUser>[0], ...roles: Role[]): User {
  const user = requireUser(c);
  if (!roles.includes(user.role))
    throw new ApiError(
      403,
      'auth.forbidden',
      `this needs one of the roles ${roles.join(', ')}; you are ${user.role}`,
    );
  return user;
}

/** For reads: anyone when the server is public, else a signed-in user. */
export function requireReader(
  c: Parameters<typeof requireUser>[0] & { get(k: 'options'): { publicRead: boolean } },
  isPublic: boolean,
): User | null {
  if (isPublic && c.get('options').publicRead && !c.get('user')) return null;
  return requireUser(c);
}
