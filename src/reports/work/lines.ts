// Work items as the reports list them: title, list, lead department and status in the report's
// language, with the rules that made an item overdue or at risk in words.

import type { Department } from '../../core/tasks/types.ts';
import type { WorkItemView } from '../../core/tasks/views.ts';
import type { WorkItemLine } from '../brief/model.ts';
import { nameIn } from '../format.ts';
import { isReportKey, reportText, type Lang } from '../i18n/index.ts';

/** Department id → name in the language. */
export function departmentNames(departments: Department[], lang: Lang): Map<string, string> {
  return new Map(departments.map((d) => [d.id, nameIn(d.name, lang, d.id)]));
}

/** One item as a report line. */
export function workLine(
  v: WorkItemView,
  departments: Map<string, string>,
  lang: Lang,
): WorkItemLine {
  const w = reportText(lang, 'work');
  // Only the rules that make an item overdue or at risk have a sentence in the reports.
  const reasons = v.status.rules.flatMap((r) => {
    const key = `work.rules.${r.code}`;
    return isReportKey(key) ? [reportText(lang)(key, r.params)] : [];
  });
  return {
    id: v.id,
    title: (lang === 'en' && v.title.en) || v.title.zh,
    list: w(`lists.${v.list}`),
    lead: departments.get(v.leadDepartment) ?? v.leadDepartment,
    due: v.due,
    status: w(`statuses.${v.status.status}`),
    statusCode: v.status.status,
    supervised: v.supervised,
    escalated: v.status.escalated,
    lateReport: v.status.lateReport,
    reasons,
  };
}
