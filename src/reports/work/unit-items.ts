// The work items a county report lists: those that name the unit or its city, with their status
// today, as the store reads them (store/work/report-work.ts).

import type { UnitWork } from '../../core/tasks/report-work.ts';
import type { WorkItemLine } from '../brief/model.ts';
import type { Lang } from '../i18n/index.ts';
import { departmentNames, workLine } from './lines.ts';

/** The unit's items as report lines: overdue and at risk first, then by due date. */
export function unitWorkItems(work: UnitWork, lang: Lang): WorkItemLine[] {
  const departments = departmentNames(work.departments, lang);
  const order = ['overdue', 'at-risk', 'not-started', 'on-track', 'done'];
  return [...work.items]
    .sort(
      (a, b) =>
        order.indexOf(a.status.status) - order.indexOf(b.status.status) ||
        a.due.localeCompare(b.due) ||
        a.id.localeCompare(b.id),
    )
    .map((v) => workLine(v, departments, lang));
}
