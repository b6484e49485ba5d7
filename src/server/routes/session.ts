// Signing in and out, the current session, changing one's password. Every password check is
// limited per account and per client address, counted in the store so that every instance shares
// the limit (store/throttle.ts; docs/SECURITY.md § Accounts, passwords and sessions).

import { nowMs } from '../../core/clock.ts';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Ok } from '../../api/common.ts';
import { CurrentSession, Session } from '../../api/session.ts';
import { GapscopeError } from '../../core/errors.ts';
import { createSession, deleteSession } from '../../store/sessions.ts';
import { ATTEMPT_LIMIT, ATTEMPT_WINDOW_MS } from '../../store/throttle.ts';
import { changePassword, ONE_TIME_PASSWORD_DAYS, signIn } from '../../store/users.ts';
import type { AppEnv } from '../env.ts';
import { requireUser, SESSION_COOKIE } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json } from '../schemas.ts';

/** The statuses of the store's refusals of a password, which problem.ts's table does not give. */
const REFUSED: Record<string, ApiError['status']> = {
  'auth.login-failed': 401,
  // The password was right: the caller is known, but this password may no longer be used.
  'auth.password-expired': 403,
  'auth.rate-limited': 429,
};

/** Runs a password check, answering its refusals with their statuses. */
async function checking<T>(check: Promise<T>): Promise<T> {
  try {
    return await check;
  } catch (e) {
    const status = e instanceof GapscopeError ? REFUSED[e.code] : undefined;
    if (!status) throw e;
    const { code, message, location } = e as GapscopeError;
    throw new ApiError(status, code, message, location.path ?? null);
  }
}

/** The client's address, for the per-address limit. */
function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function sessionRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/session',
      tags: ['session'],
      summary: 'Sign in',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({
                name: z.string().min(1).max(64),
                password: z.string().min(1).max(1024),
              }),
            },
          },
          required: true,
        },
      },
      description: `Refused with 429 \`auth.rate-limited\` after ${ATTEMPT_LIMIT.account} failed password checks of the account (${ATTEMPT_LIMIT.address} from the address) in ${ATTEMPT_WINDOW_MS / 60_000} minutes, even with the right password; with 403 \`auth.password-expired\` for a one-time password older than ${ONE_TIME_PASSWORD_DAYS} days.`,
      responses: {
        200: json(Session, 'Signed in; the session cookie is set (httpOnly, SameSite=Lax)'),
        ...errors(401, 403, 422, 429),
      },
    }),
    async (c) => {
      const { name, password } = c.req.valid('json');
      const store = c.get('store');
      const user = await checking(signIn(store.db, name, password, clientAddress(c)));
      const s = await createSession(store.db, user);
      setCookie(c, SESSION_COOKIE, s.token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: c.get('options').secureCookies,
        path: '/',
        // Max-Age, not an absolute Expires: the browser's clock need not agree with the server's.
        maxAge: Math.max(0, Math.floor((Date.parse(s.expiresAt) - nowMs()) / 1000)),
      });
      return c.json({ user, csrfToken: s.csrf }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/session',
      tags: ['session'],
      summary: 'The signed-in user',
      responses: {
        200: json(CurrentSession, 'The session'),
        ...errors(401),
      },
    }),
    (c) => {
      const user = c.get('user');
      if (!user) throw new ApiError(401, 'auth.required');
      return c.json({ user, csrfToken: c.get('csrf') }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/session',
      tags: ['session'],
      summary: 'Sign out',
      responses: { 200: json(Ok, 'Signed out'), ...errors(401, 403) },
    }),
    async (c) => {
      const token = c.get('sessionToken');
      if (token) await deleteSession(c.get('store').db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/session/password',
      tags: ['session'],
      summary: 'Change one’s own password (required after a one-time password)',
      description:
        'The current password is checked within the same limit as sign-in. The account’s other sessions end; this one stays open, and API tokens are kept.',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({
                current: z.string().min(1).max(1024),
                password: z.string().min(1).max(1024),
              }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(Ok, 'Changed'), ...errors(400, 401, 403, 422, 429) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { current, password } = c.req.valid('json');
      await checking(
        changePassword(c.get('store').db, user, {
          current,
          next: password,
          address: clientAddress(c),
          keepSession: c.get('sessionToken'),
        }),
      );
      return c.json({ ok: true as const }, 200);
    },
  );
}
