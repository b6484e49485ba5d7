// Request and response schemas shared by the routes; they also make the OpenAPI document.

import { z } from '@hono/zod-openapi';
import { ErrorBody } from '../api/common.ts';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed for this role or region, or the CSRF token is missing',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  422: 'The content is not valid (every problem listed)',
  429: 'Too many attempts, or this user’s heavy work is already running or queued (see Retry-After)',
  503: 'Unavailable: the store does not answer, or the queue of heavy work is full (see Retry-After)',
  504: 'Took longer than its time limit',
};

/** The refusals of a route whose work runs in the worker pool (server/jobs/). */
export const JOB_ERRORS = [429, 503, 504] as const;

/** OpenAPI error responses for the given statuses. */
export function errors(
  ...statuses: number[]
): Record<
  number,
  { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }
> {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: STATUS_TEXT[s] ?? 'Error',
        content: { 'application/json': { schema: ErrorBody } },
      },
    ]),
  );
}

/** A JSON response body for OpenAPI. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

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
