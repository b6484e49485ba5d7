// The task-force work system's query strings (list filters, as-of dates, item ids) and the
// reasons of a status put in the caller's language; the answers' schemas are src/api/work.ts.

import { z } from '@hono/zod-openapi';
import { isDate } from '../core/tasks/dates.ts';
import { DepartmentId, ItemId, WORK_LISTS, WORK_STATUSES } from '../core/tasks/types.ts';
import type { Lang } from '../i18n/index.ts';
import { ruleText } from '../i18n/work.ts';
import type { WorkItemFilter, WorkItemView } from '../store/work-items.ts';

export const DateQuery = z.string().refine(isDate, 'a date YYYY-MM-DD').optional().openapi({
  description: 'Derive statuses as of the end of this day (default today, China time)',
  example: '2025-11-30',
});
const Bool = z.enum(['true', 'false']).optional();
export const FilterQuery = z.object({
  list: z.enum(WORK_LISTS).optional(),
  department: DepartmentId.optional().openapi({ description: 'Led by it or a co-department' }),
  lead: DepartmentId.optional().openapi({ description: 'Led by it' }),
  status: z.enum(WORK_STATUSES).optional(),
  dueMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM')
    .optional(),
  unit: z
    .string()
    .regex(/^\d{6}$/, 'a 6-digit unit code')
    .optional()
    .openapi({
      description: 'Concerning this unit, its city, or (for a city) one of its counties',
    }),
  supervised: Bool,
  escalated: Bool,
  asOf: DateQuery,
});
export const IdParam = z.object({ id: ItemId });

/** The store's filter from the query. */
export function filterOf(q: z.infer<typeof FilterQuery>): WorkItemFilter {
  const bool = (v: 'true' | 'false' | undefined): boolean | undefined =>
    v === undefined ? undefined : v === 'true';
  return {
    list: q.list,
    department: q.department,
    lead: q.lead,
    status: q.status,
    dueMonth: q.dueMonth,
    unit: q.unit,
    supervised: bool(q.supervised),
    escalated: bool(q.escalated),
    asOf: q.asOf,
  };
}

/** An item with its status's reasons in the caller's language. */
export function localised<T extends WorkItemView>(v: T, lang: Lang): T {
  return { ...v, status: { ...v.status, reasons: v.status.rules.map((r) => ruleText(lang, r)) } };
}
