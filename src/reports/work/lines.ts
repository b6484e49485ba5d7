// Work items as the reports list them: title, list, lead department and status in the report's
// language, with the rules that made an item overdue or at risk in words.

import type { Kysely } from 'kysely';
import { lastDay } from '../../core/tasks/dates.ts';
import type { Database } from '../../store/schema.ts';
import { listDepartments, today, type WorkItemView } from '../../store/work-items.ts';
import type { WorkItemLine } from '../brief/model.ts';
import { nameIn } from '../format.ts';
import { fill, reportWords, type Lang } from '../i18n/index.ts';

/** The date a month's work is read at: its last day, or today while the month is running. */
export function workDate(month: string): string {
  const end = lastDay(month);
  const now = today();
  return now < end ? now : end;
}

/** Department id → name in the language. */
export async function departmentNames(
  db: Kysely<Database>,
  lang: Lang,
): Promise<Map<string, string>> {
  return new Map((await listDepartments(db)).map((d) => [d.id, nameIn(d.name, lang, d.id)]));
}

/** One item as a report line. */
export function workLine(
  v: WorkItemView,
  departments: Map<string, string>,
  lang: Lang,
): WorkItemLine {
  const w = reportWords(lang).work;
  const reasons = v.status.rules
    .filter((r) => w.rules[r.code] !== undefined)
    .map((r) => fill(w.rules[r.code]!, r.params));
  return {
    id: v.id,
    title: (lang === 'en' && v.title.en) || v.title.zh,
    list: w.lists[v.list],
    lead: departments.get(v.leadDepartment) ?? v.leadDepartment,
    due: v.due,
    status: w.statuses[v.status.status],
    statusCode: v.status.status,
    supervised: v.supervised,
    escalated: v.status.escalated,
    lateReport: v.status.lateReport,
    reasons,
  };
}
