// The task force's work system: departments, items with their derived status, progress reports,
// versions and list imports (src/server/routes/work.ts, work-lists.ts). Built from the core's
// item fields, so that the contract says what the store returns.

import { z } from '@hono/zod-openapi';
import {
  DEPARTMENT_KINDS,
  itemFields,
  WORK_LISTS,
  WORK_STATUSES,
  WorkItemSchema,
} from '../core/tasks/types.ts';
import { Name } from './common.ts';

export const Department = z
  .strictObject({ id: z.string(), name: Name, kind: z.enum(DEPARTMENT_KINDS) })
  .openapi('Department');
export type Department = z.infer<typeof Department>;

/** A rule of the status that fired, with what it found. */
export const FiredRule = z.strictObject({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ItemStatus = z
  .strictObject({
    status: z.enum(WORK_STATUSES),
    reasons: z
      .array(z.string())
      .openapi({ description: 'The rules that fired, in the language of Accept-Language' }),
    rules: z.array(FiredRule),
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
export type ItemStatus = z.infer<typeof ItemStatus>;

const MilestoneOut = z.strictObject({
  id: z.number().int().optional(),
  title: z.string(),
  due: z.string(),
  done: z.string().nullable(),
});

/** An item with its status derived as of a date. */
export const WorkItemView = z
  .strictObject({
    ...itemFields,
    list: z.enum(WORK_LISTS),
    milestones: z.array(MilestoneOut),
    id: z.string(),
    version: z.number().int(),
    status: ItemStatus,
    completedInvestment: z.number().nullable().openapi({
      description: 'The latest report’s completed investment, else the item’s (10,000 CNY)',
    }),
    lastReport: z
      .strictObject({ month: z.string(), reportedAt: z.string(), late: z.boolean() })
      .nullable(),
    indicator: z
      .strictObject({
        unit: z.string(),
        series: z.string(),
        period: z.string(),
        value: z.number(),
      })
      .nullable(),
  })
  .openapi('WorkItem');
export type WorkItemView = z.infer<typeof WorkItemView>;

export const ReportView = z
  .strictObject({
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
export type ReportView = z.infer<typeof ReportView>;

/** One item with every report (all revisions, oldest first). */
export const WorkItemDetail = WorkItemView.extend({ reports: z.array(ReportView) }).openapi(
  'WorkItemDetail',
);
export type WorkItemDetail = z.infer<typeof WorkItemDetail>;

/** An earlier version of an item, with who replaced it and when. */
export const ItemVersion = z
  .strictObject({
    version: z.number().int(),
    item: WorkItemSchema,
    replacedAt: z.string(),
    replacedBy: z.string(),
  })
  .openapi('WorkItemVersion');
export type ItemVersion = z.infer<typeof ItemVersion>;

export const ListImport = z
  .strictObject({
    outcome: z.enum(['applied', 'dry-run']),
    fileName: z.string(),
    rows: z.number().int(),
    created: z.array(z.string()),
    updated: z.array(z.string()),
    unchanged: z.array(z.string()),
    warnings: z.array(z.string()),
  })
  .openapi('WorkItemImport');
export type ListImport = z.infer<typeof ListImport>;
