// Units and groups (GET /api/units, GET /api/groups).

import { z } from '@hono/zod-openapi';
import { Name } from './common.ts';

/** A unit of the geography, valid from and to a date (null: always). */
export const Unit = z
  .strictObject({
    code: z.string(),
    parent: z.string().nullable(),
    level: z.string(),
    kind: z.string(),
    name: Name,
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
  })
  .openapi('Unit');
export type Unit = z.infer<typeof Unit>;

/** A group with period-dependent members. */
export const Group = z
  .strictObject({
    id: z.string(),
    name: Name,
    note: z.string(),
    members: z.array(
      z.strictObject({
        unit: z.string(),
        validFrom: z.string().nullable(),
        validTo: z.string().nullable(),
      }),
    ),
  })
  .openapi('Group');
export type Group = z.infer<typeof Group>;
