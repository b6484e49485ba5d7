// The task-force work system's vocabulary: departments, work items on four lists, milestones,
// quantitative targets and monthly progress reports. The zod schemas are the source of truth
// for the types, API validation and the list file's checks. Status is not here: it is derived
// (status.ts), never stored or typed in.

import { z } from 'zod';
import { isDate, isMonth } from './dates.ts';

/** The task force's four lists: key indicators, major policies, major reforms, key projects. */
export const WORK_LISTS = ['key-indicator', 'major-policy', 'major-reform', 'key-project'] as const;
export type WorkList = (typeof WORK_LISTS)[number];

/** A work item's derived status (status.ts), in the order of precedence of its rules. */
export const WORK_STATUSES = ['done', 'overdue', 'not-started', 'at-risk', 'on-track'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/**
 * What kind of body a department is: a party organ, a provincial government department or agency,
 * a central agency's provincial branch, a mass organisation, or a state-owned enterprise.
 */
export const DEPARTMENT_KINDS = [
  'party',
  'government',
  'central',
  'mass-organisation',
  'enterprise',
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** A department's id: lower-case letters, digits and hyphens. */
export const DepartmentId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'a department id: lower-case letters, digits and -');

/** One of the task force's member departments. */
export const DepartmentSchema = z.strictObject({
  id: DepartmentId,
  name: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  kind: z.enum(DEPARTMENT_KINDS),
});
export type Department = z.infer<typeof DepartmentSchema>;

/** A calendar date YYYY-MM-DD. */
export const DateText = z.string().refine(isDate, 'a date YYYY-MM-DD');
/** A month YYYY-MM. */
export const MonthText = z.string().refine(isMonth, 'a month YYYY-MM');

/** A work item's id, e.g. KP-2025-001. */
export const ItemId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'an item id: letters, digits, . _ - (at most 40)');

/** A milestone: what must be reached by when, and when it was (null: not yet). */
export const MilestoneSchema = z.strictObject({
  id: z.number().int().optional(),
  title: z.string().min(1).max(500),
  due: DateText,
  done: DateText.nullable().default(null),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

/**
 * A quantitative target: reach `value` (in `unit`) by the due date, from `baseline` (the value at
 * the start; 0 when absent for an increase). `decrease`: the target is met at or below the value
 * (e.g. an income ratio). With `indicator` (and the data's `year`), progress is read from the data.
 */
export const TargetSchema = z.strictObject({
  value: z.number().finite(),
  unit: z.string().max(50).default(''),
  baseline: z.number().finite().nullable().default(null),
  direction: z.enum(['increase', 'decrease']).default('increase'),
  indicator: z.string().max(64).nullable().default(null),
  year: z.number().int().min(1990).max(2100).nullable().default(null),
});
export type Target = z.infer<typeof TargetSchema>;

/** A project's investment in 10,000 CNY (万元): planned, and completed so far. */
export const InvestmentSchema = z.strictObject({
  planned: z.number().finite().nonnegative().nullable().default(null),
  completed: z.number().finite().nonnegative().nullable().default(null),
});
export type Investment = z.infer<typeof InvestmentSchema>;

/** A work item's fields (without id and version), for schemas built from them. */
export const itemFields = {
  list: z.enum(WORK_LISTS),
  title: z.strictObject({ zh: z.string().min(1).max(300), en: z.string().max(300).default('') }),
  description: z.string().max(5000).default(''),
  leadDepartment: DepartmentId,
  coDepartments: z.array(DepartmentId).max(38).default([]),
  /** The units it concerns (unit codes); empty: the whole province. */
  units: z
    .array(z.string().regex(/^\d{6}$/, 'a 6-digit unit code'))
    .max(200)
    .default([]),
  start: DateText,
  due: DateText,
  milestones: z.array(MilestoneSchema).max(100).default([]),
  target: TargetSchema.nullable().default(null),
  investment: InvestmentSchema.nullable().default(null),
  /** The document the item comes from. */
  source: z.string().max(500).default(''),
  /** Under supervision (督办): flagged, and escalated when at risk or overdue. */
  supervised: z.boolean().default(false),
};

/** The checks across fields of an item: dates in order, departments distinct. */
function checkItem(
  it: {
    start: string;
    due: string;
    milestones: Milestone[];
    leadDepartment: string;
    coDepartments: string[];
  },
  ctx: z.RefinementCtx,
): void {
  if (it.due < it.start)
    ctx.addIssue({
      code: 'custom',
      path: ['due'],
      message: `due ${it.due} is before start ${it.start}`,
    });
  it.milestones.forEach((m, i) => {
    if (m.due < it.start || m.due > it.due)
      ctx.addIssue({
        code: 'custom',
        path: ['milestones', i, 'due'],
        message: `milestone due ${m.due} is outside the item's ${it.start} to ${it.due}`,
      });
  });
  if (it.coDepartments.includes(it.leadDepartment))
    ctx.addIssue({
      code: 'custom',
      path: ['coDepartments'],
      message: `${it.leadDepartment} is the lead department; it cannot also be a co-department`,
    });
  if (new Set(it.coDepartments).size !== it.coDepartments.length)
    ctx.addIssue({
      code: 'custom',
      path: ['coDepartments'],
      message: 'a co-department is listed twice',
    });
}

/** A new work item as given by a user or a list file (the id is made when absent). */
export const WorkItemInputSchema = z
  .strictObject({ id: ItemId.optional(), ...itemFields })
  .superRefine(checkItem);
export type WorkItemInput = z.input<typeof WorkItemInputSchema>;

/** A work item as stored: every field present, with its version (1 when new, +1 per edit). */
export const WorkItemSchema = z
  .strictObject({ id: ItemId, ...itemFields, version: z.number().int().positive() })
  .superRefine(checkItem);
export type WorkItem = z.infer<typeof WorkItemSchema>;

/** A change to an item: any of its fields; milestones are changed through their own calls. */
export const WorkItemChangeSchema = z
  .strictObject({
    list: itemFields.list,
    title: z.strictObject({ zh: z.string().min(1).max(300), en: z.string().max(300) }),
    description: z.string().max(5000),
    leadDepartment: DepartmentId,
    coDepartments: z.array(DepartmentId).max(38),
    units: z.array(z.string().regex(/^\d{6}$/, 'a 6-digit unit code')).max(200),
    start: DateText,
    due: DateText,
    target: TargetSchema.nullable(),
    investment: InvestmentSchema.nullable(),
    source: z.string().max(500),
    supervised: z.boolean(),
  })
  .partial();
export type WorkItemChange = z.input<typeof WorkItemChangeSchema>;

/** A monthly progress report as a department submits it. */
export const ProgressInputSchema = z.strictObject({
  month: MonthText,
  /** The target's quantity reached so far (cumulative, in the target's unit). */
  value: z.number().finite().nullable().default(null),
  /** The share of the work done so far, 0–100 %. */
  share: z.number().finite().min(0).max(100).nullable().default(null),
  /** Completed investment so far (cumulative, 10,000 CNY), for projects. */
  investment: z.number().finite().nonnegative().nullable().default(null),
  narrative: z.string().max(5000).default(''),
  problems: z.string().max(5000).default(''),
  helpNeeded: z.string().max(5000).default(''),
});
export type ProgressInput = z.input<typeof ProgressInputSchema>;

/** A stored progress report: a second report for the same month is a new revision. */
export interface ProgressReport {
  id: number;
  item: string;
  month: string;
  revision: number;
  department: string;
  value: number | null;
  share: number | null;
  investment: number | null;
  narrative: string;
  problems: string;
  helpNeeded: string;
  /** ISO time it was submitted. */
  reportedAt: string;
  reportedBy: string;
}
