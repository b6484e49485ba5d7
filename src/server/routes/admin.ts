// Accounts, API tokens and the audit log. Accounts and the log are for administrators; every user
// manages their own API tokens.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Ok, User } from '../../api/common.ts';
import {
  ApiToken,
  AuditEntry,
  CreatedUser,
  NewApiToken,
  OneTimePassword,
} from '../../api/session.ts';
import { readAudit } from '../../store/audit.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../store/tokens.ts';
import {
  createUser,
  listUsers,
  ONE_TIME_PASSWORD_DAYS,
  resetPassword,
  ROLES,
  updateUser,
} from '../../store/users.ts';
import type { AppEnv } from '../env.ts';
import { requireRole, requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json } from '../schemas.ts';

const Name = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]*$/, 'letters, digits, _ . @ -');
const Department = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'a department id (GET /api/departments)')
  .nullable()
  .optional();
const Scope = z
  .string()
  .regex(/^\d{6}$/, 'a 6-digit unit code')
  .nullable()
  .optional();

export function adminRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/users',
      tags: ['admin'],
      summary: 'Every account',
      responses: { 200: json(z.array(User), 'Accounts'), ...errors(401, 403) },
    }),
    async (c) => {
      requireRole(c, 'admin');
      return c.json(await listUsers(c.get('store').db), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users',
      tags: ['admin'],
      summary: `Create an account; the one-time password is returned once and lasts ${ONE_TIME_PASSWORD_DAYS} days`,
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({ name: Name, role: z.enum(ROLES), scope: Scope, department: Department })
                .strict(),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(CreatedUser, 'Created'),
        ...errors(401, 403, 409, 422),
      },
    }),
    async (c) => {
      const admin = requireRole(c, 'admin');
      const b = c.req.valid('json');
      return c.json(
        await createUser(
          c.get('store').db,
          { name: b.name, role: b.role, scope: b.scope ?? null, department: b.department ?? null },
          admin.name,
        ),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/users/{name}',
      tags: ['admin'],
      summary:
        'Change an account’s role, scope or department, or disable it (which ends its sessions and revokes its API tokens)',
      request: {
        params: z.object({ name: Name }),
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  role: z.enum(ROLES).optional(),
                  scope: Scope,
                  department: Department,
                  disabled: z.boolean().optional(),
                })
                .strict(),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(User, 'The account'), ...errors(401, 403, 404, 422) },
    }),
    async (c) => {
      const admin = requireRole(c, 'admin');
      const { name } = c.req.valid('param');
      if (name === admin.name && c.req.valid('json').disabled)
        throw new ApiError(422, 'user.invalid', 'you cannot disable your own account', 'disabled');
      return c.json(
        await updateUser(c.get('store').db, name, c.req.valid('json'), admin.name),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users/{name}/reset-password',
      tags: ['admin'],
      summary: `Give an account a new one-time password (returned once, valid ${ONE_TIME_PASSWORD_DAYS} days); its sessions end and its API tokens are revoked`,
      request: { params: z.object({ name: Name }) },
      responses: {
        200: json(OneTimePassword, 'The one-time password'),
        ...errors(401, 403, 404),
      },
    }),
    async (c) => {
      const admin = requireRole(c, 'admin');
      return c.json(
        { password: await resetPassword(c.get('store').db, c.req.valid('param').name, admin.name) },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags: ['admin'],
      summary: 'The audit log: who changed what, when, before and after',
      request: {
        query: z.object({
          entity: z.string().max(64).optional(),
          key: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(5000).default(500),
        }),
      },
      responses: {
        200: json(z.array(AuditEntry), 'Entries, newest first'),
        ...errors(401, 403),
      },
    }),
    async (c) => {
      requireRole(c, 'admin');
      return c.json(await readAudit(c.get('store').db, c.req.valid('query')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/tokens',
      tags: ['session'],
      summary: 'My API tokens',
      responses: {
        200: json(z.array(ApiToken), 'Tokens'),
        ...errors(401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      return c.json(await listApiTokens(c.get('store').db, user.id), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/tokens',
      tags: ['session'],
      summary:
        'Create an API token for machine clients (shown once; send as Authorization: Bearer …)',
      request: {
        body: {
          content: {
            'application/json': { schema: z.object({ name: z.string().min(1).max(100) }).strict() },
          },
          required: true,
        },
      },
      responses: {
        200: json(NewApiToken, 'The token'),
        ...errors(401, 403, 422),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      return c.json(await createApiToken(c.get('store').db, user, c.req.valid('json').name), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/tokens/{id}',
      tags: ['session'],
      summary: 'Revoke one of my API tokens',
      request: { params: z.object({ id: z.coerce.number().int().positive() }) },
      responses: { 200: json(Ok, 'Revoked'), ...errors(401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const id = c.req.valid('param').id;
      if (!(await revokeApiToken(c.get('store').db, user, id)))
        throw new ApiError(404, 'request.not-found', `no live token ${id} of yours`);
      return c.json({ ok: true as const }, 200);
    },
  );
}
