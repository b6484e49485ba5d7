// The task pages' forms as plain values, and the API bodies made from them: a new or changed item
// (POST /api/items, PATCH /api/items/{id}), a month's progress report, a milestone. Empty text
// fields become the schema's defaults; the server checks the rest and names the field it refuses.

import { monthOf, nextMonth, previousMonth } from '@gapscope/core/tasks/dates.ts';
import type { ProgressInput, WorkItemChange, WorkItemInput } from '@gapscope/core/tasks/types.ts';
import type { WorkItem, WorkList } from './types.ts';

/** The item form's values, as the inputs hold them. */
export interface ItemFormValues {
  list: WorkList;
  titleZh: string;
  titleEn?: string;
  description?: string;
  leadDepartment: string;
  coDepartments?: string[];
  units?: string[];
  start: string;
  due: string;
  /** The quantitative target; none when its value is empty. */
  targetValue?: number | null;
  targetUnit?: string;
  baseline?: number | null;
  direction?: 'increase' | 'decrease';
  indicator?: string;
  year?: number | null;
  /** 10,000 CNY. */
  planned?: number | null;
  source?: string;
  supervised?: boolean;
}

const num = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
const text = (v: string | undefined): string => (v ?? '').trim();

/** The fields both a new item and a change carry. */
function fields(v: ItemFormValues, completed: number | null): Omit<WorkItemInput, 'id'> {
  const value = num(v.targetValue);
  const planned = num(v.planned);
  return {
    list: v.list,
    title: { zh: text(v.titleZh), en: text(v.titleEn) },
    description: text(v.description),
    leadDepartment: v.leadDepartment,
    coDepartments: (v.coDepartments ?? []).filter((d) => d !== v.leadDepartment),
    units: v.units ?? [],
    start: v.start,
    due: v.due,
    target:
      value === null
        ? null
        : {
            value,
            unit: text(v.targetUnit),
            baseline: num(v.baseline),
            direction: v.direction ?? 'increase',
            indicator: text(v.indicator) || null,
            year: num(v.year),
          },
    investment: planned === null ? null : { planned, completed },
    source: text(v.source),
    supervised: v.supervised ?? false,
  };
}

/** POST /api/items's body. */
export function newItemBody(v: ItemFormValues): WorkItemInput {
  return fields(v, null);
}

/** PATCH /api/items/{id}'s body: every field of the form, with the version it was read at. */
export function itemChangeBody(
  v: ItemFormValues,
  item: WorkItem,
): WorkItemChange & { version: number } {
  const { milestones: _m, ...rest } = fields(v, item.investment?.completed ?? null);
  return { ...rest, title: { zh: rest.title.zh, en: rest.title.en ?? '' }, version: item.version };
}

/** The form's values of a stored item. */
export function itemFormValues(item: WorkItem): ItemFormValues {
  return {
    list: item.list,
    titleZh: item.title.zh,
    titleEn: item.title.en,
    description: item.description,
    leadDepartment: item.leadDepartment,
    coDepartments: item.coDepartments,
    units: item.units,
    start: item.start,
    due: item.due,
    targetValue: item.target?.value ?? null,
    targetUnit: item.target?.unit ?? '',
    baseline: item.target?.baseline ?? null,
    direction: item.target?.direction ?? 'increase',
    indicator: item.target?.indicator ?? '',
    year: item.target?.year ?? null,
    planned: item.investment?.planned ?? null,
    source: item.source,
    supervised: item.supervised,
  };
}

/** The report form's values. */
export interface ReportFormValues {
  month: string;
  /** What is reported: the target's quantity reached so far, or the share of the work done. */
  measure: 'value' | 'share';
  amount?: number | null;
  /** Completed investment so far, 10,000 CNY. */
  investment?: number | null;
  narrative?: string;
  problems?: string;
  helpNeeded?: string;
}

/** POST /api/items/{id}/reports's body. */
export function reportBody(v: ReportFormValues): ProgressInput {
  const amount = num(v.amount);
  return {
    month: v.month,
    value: v.measure === 'value' ? amount : null,
    share: v.measure === 'share' ? amount : null,
    investment: num(v.investment),
    narrative: text(v.narrative),
    problems: text(v.problems),
    helpNeeded: text(v.helpNeeded),
  };
}

/** The months one may report on: from the item's start month to `today`'s, newest first. */
export function reportMonths(item: Pick<WorkItem, 'start'>, today: string): string[] {
  const out: string[] = [];
  const last = monthOf(today);
  for (let m = monthOf(item.start); m <= last; m = nextMonth(m)) out.push(m);
  return out.reverse();
}

/** The last `n` months up to `today`'s, newest first (for the brief). */
export function recentMonths(today: string, n: number): string[] {
  const out = [monthOf(today)];
  while (out.length < n) out.push(previousMonth(out.at(-1)!));
  return out;
}
