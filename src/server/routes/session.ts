// Signing in and out, the current session, changing one's password. Sign-in is rate-limited per
// account and per client address, counted in the store so every instance shares the limit.

import { nowMs } from '../../core/clock.ts';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  changePassword,
  createSession,
  deleteSession,
  failuresSince,
  recordLogin,
  verifyLogin,
} from '../../store/users.ts';
import type { AppEnv } from '../env.ts';
import { requireUser, SESSION_COOKIE } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json, OkSchema, UserSchema } from '../schemas.ts';

/** Failed sign-ins allowed in the window: per account, and (more, for offices behind one address) per address. */
const LIMIT = { name: 10, addr: 50 };
const WINDOW_MS = 15 * 60_000;

const SessionSchema = z
  .object({
    user: UserSchema,
    csrfToken: z.string().openapi({ description: 'Send as X-CSRF-Token on every write' }),
  })
  .openapi('Session');

/** The client's address, for the per-address login limit. */
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
      responses: {
        200: json(SessionSchema, 'Signed in; the session cookie is set (httpOnly, SameSite=Lax)'),
        ...errors(401, 422, 429),
      },
    }),
    async (c) => {
      const { name, password } = c.req.valid('json');
      const store = c.get('store');
      const keys = [`name:${name.toLowerCase()}`, `addr:${clientAddress(c)}`];
      const since = new Date(nowMs() - WINDOW_MS).toISOString();
      for (const k of keys) {
        const limit = k.startsWith('name:') ? LIMIT.name : LIMIT.addr;
        if ((await failuresSince(store.db, k, since)) >= limit) {
          throw new ApiError(429, 'auth.rate-limited', `${limit} failed sign-ins in 15 minutes`);
        }
      }
      const user = await verifyLogin(store.db, name, password);
      await recordLogin(store.db, keys, !!user);
      if (!user) throw new ApiError(401, 'auth.login-failed');
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
        200: json(SessionSchema.extend({ csrfToken: z.string().nullable() }), 'The session'),
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
      responses: { 200: json(OkSchema, 'Signed out'), ...errors(401, 403) },
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
      responses: { 200: json(OkSchema, 'Changed'), ...errors(400, 401, 403, 422) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { current, password } = c.req.valid('json');
      await changePassword(c.get('store').db, user, current, password);
      return c.json({ ok: true as const }, 200);
    },
  );
}
