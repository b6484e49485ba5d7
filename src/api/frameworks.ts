// Frameworks (GET /api/frameworks, GET /api/frameworks/current).

import { z } from '@hono/zod-openapi';
import type { Framework } from '../core/framework/schema.ts';

export const FrameworkInfo = z
  .strictObject({
    id: z.string(),
    version: z.string(),
    status: z.string(),
    createdAt: z.string(),
  })
  .openapi('FrameworkInfo');
export type FrameworkInfo = z.infer<typeof FrameworkInfo>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A framework as stored: validated on the way in (core/framework/parse.ts), so the answer checks
 * only its outline; see data/frameworks/*.yaml for the format.
 */
export const FrameworkOut = z
  .custom<Framework>(
    (v) =>
      isRecord(v) &&
      typeof v.id === 'string' &&
      typeof v.version === 'string' &&
      isRecord(v.name) &&
      isRecord(v.root) &&
      Array.isArray(v.series),
    'a framework',
  )
  .openapi('Framework', {
    type: 'object',
    description: 'A framework as in data/frameworks/*.yaml, as JSON',
  });

export const FrameworkCurrent = z
  .strictObject({ framework: FrameworkOut, status: z.string(), hash: z.string() })
  .openapi('FrameworkCurrent');
export type FrameworkCurrent = z.infer<typeof FrameworkCurrent>;

export const FrameworkSaved = z
  .strictObject({ outcome: z.enum(['added', 'unchanged', 'replaced']) })
  .openapi('FrameworkSaved');
export type FrameworkSaved = z.infer<typeof FrameworkSaved>;
