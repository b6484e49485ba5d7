// The pieces every answer of the API is built from: names, figures, changes, errors, accounts.

import { z } from '@hono/zod-openapi';
import { ROLES } from '../core/roles.ts';

/** A number, or null when there is none (missing, or not finite). */
export const Num = z.number().nullable();

/** A name in both languages (English may be missing in a user's file). */
export const Name = z.strictObject({ zh: z.string(), en: z.string() }).openapi('Name');
export type Name = z.infer<typeof Name>;

/** A name whose English may be missing (framework series and indicators from a user's file). */
export const LooseName = z
  .strictObject({ zh: z.string(), en: z.string().optional() })
  .openapi('LocalisedName');
export type LooseName = z.infer<typeof LooseName>;

/** Change on the compared period; rank change is positive when the unit moved up. */
export const Change = z.strictObject({ score: Num, rank: Num }).openapi('Change');
export type Change = z.infer<typeof Change>;

/** A figure now, the same period a year earlier, and the change (now − then). */
export const Figure = z
  .strictObject({ value: Num, yearEarlier: Num, change: Num })
  .openapi('Figure');
export type Figure = z.infer<typeof Figure>;

/** A unit's index score, rank (1 best) and tier (1 best); null when it has none. */
export const Standing = z.strictObject({ score: Num, rank: Num, tier: Num }).openapi('Standing');
export type Standing = z.infer<typeof Standing>;

/** The problem format of every error answer (src/server/problem.ts). */
export const ErrorBody = z
  .strictObject({
    error: z.strictObject({
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
export type ErrorBody = z.infer<typeof ErrorBody>;

export const User = z
  .strictObject({
    id: z.number().int(),
    name: z.string(),
    role: z.enum(ROLES),
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
export type User = z.infer<typeof User>;

export const Ok = z.strictObject({ ok: z.literal(true) }).openapi('Ok');
export type Ok = z.infer<typeof Ok>;
