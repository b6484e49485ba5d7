// Request and response schemas shared by the routes; they also make the OpenAPI document.

import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'data.invalid' }),
      message: z
        .string()
        .openapi({ description: 'In the language of Accept-Language (zh-CN by default, or en)' }),
      detail: z.string(),
      field: z.string().nullable().openapi({ description: 'The field, column or path at fault' }),
      details: z
        .array(z.string())
        .openapi({ description: 'Every problem, e.g. every bad row of a file' }),
    }),
  })
  .openapi('Error');

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed for this role or region, or the CSRF token is missing',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  422: 'The content is not valid (every problem listed)',
  429: 'Too many attempts',
};

/** OpenAPI error responses for the given statuses. */
export function errors(
  ...statuses: number[]
): Record<
  number,
  { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }
> {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: STATUS_TEXT[s] ?? 'Error',
        content: { 'application/json': { schema: ErrorSchema } },
      },
    ]),
  );
}

/** A JSON response body for OpenAPI. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export const UserSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.enum(['admin', 'analyst', 'department', 'region', 'viewer']),
    scope: z.string().nullable(),
    disabled: z.boolean(),
    mustChangePassword: z.boolean(),
    createdAt: z.string(),
    department: z
      .string()
      .nullable()
      .openapi({ description: 'A department user’s department (GET /api/departments)' }),
  })
  .openapi('User');

export const OkSchema = z.object({ ok: z.literal(true) }).openapi('Ok');

/** A period code in a query string. */
export const PeriodQuery = z
  .string()
  .regex(
    /^\d{4}(Q[1-4](-ytd)?|-(0[1-9]|1[0-2])(-ytd)?)?$/,
    'a period: 2025, 2025Q3, 2025Q3-ytd or 2025-09',
  )
  .optional()
  .openapi({ example: '2024' });

/** A moment ("as of") in a query string: a date or an ISO time. */
export const MomentQuery = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'a date (2025-10-31) or an ISO time')
  .optional()
  .openapi({ example: '2025-10-31' });

/** A unit code in a path or body. */
export const UnitCode = z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'a unit code');

/** A JSON object not yet described field by field. */
export const Loose = (name: string) => z.record(z.string(), z.unknown()).openapi(name);
