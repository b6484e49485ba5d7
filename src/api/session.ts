// Signing in, the session, accounts, API tokens and the audit log.

import { z } from '@hono/zod-openapi';
import { User } from './common.ts';

export const Session = z
  .strictObject({
    user: User,
    csrfToken: z.string().openapi({ description: 'Send as X-CSRF-Token on every write' }),
  })
  .openapi('Session');
export type Session = z.infer<typeof Session>;

/** GET /api/session: API-token callers have no CSRF token. */
export const CurrentSession = Session.extend({ csrfToken: z.string().nullable() }).openapi(
  'CurrentSession',
);
export type CurrentSession = z.infer<typeof CurrentSession>;

export const CreatedUser = z
  .strictObject({ user: User, password: z.string() })
  .openapi('CreatedUser');
export type CreatedUser = z.infer<typeof CreatedUser>;

export const OneTimePassword = z.strictObject({ password: z.string() }).openapi('OneTimePassword');
export type OneTimePassword = z.infer<typeof OneTimePassword>;

export const AuditEntry = z
  .strictObject({
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entity_key: z.string(),
    before: z.string().nullable(),
    after: z.string().nullable(),
  })
  .openapi('AuditEntry');
export type AuditEntry = z.infer<typeof AuditEntry>;

export const ApiToken = z
  .strictObject({
    id: z.number(),
    name: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');
export type ApiToken = z.infer<typeof ApiToken>;

/** A new token: its secret is shown this once. */
export const NewApiToken = z
  .strictObject({ id: z.number(), token: z.string() })
  .openapi('NewApiToken');
export type NewApiToken = z.infer<typeof NewApiToken>;

export const Health = z
  .strictObject({ ok: z.literal(true), version: z.string() })
  .openapi('Health');
export type Health = z.infer<typeof Health>;

export const Ready = z.strictObject({ ok: z.literal(true), store: z.string() }).openapi('Ready');
export type Ready = z.infer<typeof Ready>;
