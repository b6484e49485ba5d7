// The brief's work section: the four lists' items by status, those overdue or at risk by lead
// department, investment done against plan by list and by city, and the escalated items the
// meeting has to decide on. Laid out from the month's work as the store reads it
// (store/work/report-work.ts).

import type { BriefWork } from '../../core/tasks/report-work.ts';
import { WORK_STATUSES } from '../../core/tasks/types.ts';
import type { InvestmentLine } from '../../core/tasks/views.ts';
import type { InvestmentRow, WorkSection } from '../brief/model.ts';
import { nameIn, periodLabel } from '../format.ts';
import { reportText, type Lang } from '../i18n/index.ts';
import { departmentNames, workLine } from './lines.ts';

const row = (label: string, l: InvestmentLine): InvestmentRow => ({
  label,
  items: l.items,
  planned: l.planned,
  completed: l.completed,
  share: l.share,
});

/** The work section of month `month` (YYYY-MM) from its work. */
export function workSection(work: BriefWork, month: string, lang: Lang): WorkSection {
  const w = reportText(lang, 'work');
  const { asOf, items, flagged, investment: inv, province } = work;
  const departments = departmentNames(work.departments, lang);
  const counts = Object.fromEntries(WORK_STATUSES.map((s) => [s, 0])) as WorkSection['counts'];
  for (const v of items) counts[v.status.status]++;

  const escalated = items.filter((v) => v.status.escalated);
  const details = new Map(work.escalated.map((d) => [d.id, d]));
  const decisions = escalated.map((v) => {
    // The newest report up to the month that asks for help (or names a problem).
    const asked = (details.get(v.id)?.reports ?? [])
      .filter((r) => r.month <= month && (r.helpNeeded || r.problems))
      .at(-1);
    return {
      ...workLine(v, departments, lang),
      help: asked
        ? `${asked.helpNeeded || asked.problems}${lang === 'en' ? ` (${periodLabel(asked.month, lang)})` : `（${periodLabel(asked.month, lang)}）`}`
        : '',
    };
  });
  return {
    asOf,
    total: items.length,
    counts,
    escalated: escalated.length,
    byDepartment: flagged.map((d) => ({
      department: nameIn(d.department.name, lang, d.department.id),
      items: [...d.overdue, ...d.atRisk].map((v) => workLine(v, departments, lang)),
    })),
    investment: {
      total: row(reportText(lang)('common.total'), inv.total),
      byList: inv.byList.filter((l) => l.items > 0).map((l) => row(w(`lists.${l.list}`), l)),
      byCity: inv.byCity.map((c) =>
        row(c.city === province ? w('multiCity') : nameIn(c.name, lang, c.city), c),
      ),
    },
    decisions,
  };
}
