// Schemas of the task-force work system's routes: the list filters of the query string, and the
// responses, built from the core's item fields so that the OpenAPI document says what the store
// returns; with the reasons of a status put in the caller's language.

import { z } from '@hono/zod-openapi';
import { isDate } from '../core/tasks/dates.ts';
import {
  DEPARTMENT_KINDS,
  DepartmentId,
  ItemId,
  itemFields,
  WORK_LISTS,
  WORK_STATUSES,
} from '../core/tasks/types.ts';
import type { Lang } from '../i18n/index.ts';
import { ruleText } from '../i18n/work.ts';
import type { WorkItemFilter, WorkItemView } from '../store/work-items.ts';

export const DepartmentOut = z
  .object({
    id: z.string(),
    name: z.object({ zh: z.string(), en: z.string() }),
    kind: z.enum(DEPARTMENT_KINDS),
  })
  .openapi('Department');

export const StatusOut = z
  .object({
    status: z.enum(WORK_STATUSES),
    reasons: z
      .array(z.string())
      .openapi({ description: 'The rules that fired, in the language of Accept-Language' }),
    rules: z.array(
      z.object({
        code: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
      }),
    ),
    expectedShare: z.number().openapi({ description: 'Where the item should be by now, %' }),
    reportedShare: z.number().nullable(),
    progressFrom: z.enum(['indicator', 'report']).nullable(),
    lateReport: z.boolean(),
    missingMonth: z.string().nullable(),
    escalated: z.boolean(),
    doneOn: z.string().nullable(),
    asOf: z.string(),
  })
  .openapi('ItemStatus');

const MilestoneOut = z.object({
  id: z.number().int().optional(),
  title: z.string(),
  due: z.string(),
  done: z.string().nullable(),
});

export const WorkItemOut = z
  .object({
    ...itemFields,
    list: z.enum(WORK_LISTS),
    milestones: z.array(MilestoneOut),
    id: z.string(),
    version: z.number().int(),
    status: StatusOut,
    completedInvestment: z.number().nullable().openapi({
      description: 'The latest report’s completed investment, else the item’s (10,000 CNY)',
    }),
    lastReport: z
      .object({ month: z.string(), reportedAt: z.string(), late: z.boolean() })
      .nullable(),
    indicator: z
      .object({ unit: z.string(), series: z.string(), period: z.string(), value: z.number() })
      .nullable(),
  })
  .openapi('WorkItem');

export const ReportOut = z
  .object({
    id: z.number().int(),
    item: z.string(),
    month: z.string(),
    revision: z.number().int(),
    department: z.string(),
    value: z.number().nullable(),
    share: z.number().nullable(),
    investment: z.number().nullable(),
    narrative: z.string(),
    problems: z.string(),
    helpNeeded: z.string(),
    reportedAt: z.string(),
    reportedBy: z.string(),
    late: z.boolean().openapi({ description: 'Submitted after the 10th of the following month' }),
  })
  .openapi('ProgressReport');

export const WorkItemDetailOut = WorkItemOut.extend({ reports: z.array(ReportOut) }).openapi(
  'WorkItemDetail',
);

export const ListImportOut = z
  .object({
    outcome: z.enum(['applied', 'dry-run']),
    fileName: z.string(),
    rows: z.number().int(),
    created: z.array(z.string()),
    updated: z.array(z.string()),
    unchanged: z.array(z.string()),
    warnings: z.array(z.string()),
  })
  .openapi('WorkItemImport');

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
