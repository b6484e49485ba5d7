// The brief's work section: the four lists' items by status, those overdue or at risk by lead
// department, investment done against plan by list and by city, and the escalated items the
// meeting has to decide on.

import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import {
  getWorkItem,
  investmentTotals,
  listWorkItems,
  overdueAndAtRiskByDepartment,
  WORK_STATUSES,
  type InvestmentLine,
} from '../../store/work-items.ts';
import type { InvestmentRow, WorkSection } from '../brief/model.ts';
import { nameIn, periodLabel } from '../format.ts';
import { reportWords, type Lang } from '../i18n/index.ts';
import { departmentNames, workDate, workLine } from './lines.ts';

const row = (label: string, l: InvestmentLine): InvestmentRow => ({
  label,
  items: l.items,
  planned: l.planned,
  completed: l.completed,
  share: l.share,
});

/** The work section of month `month` (YYYY-MM); null when the store has no work items. */
export async function workSection(
  db: Kysely<Database>,
  month: string,
  lang: Lang,
): Promise<WorkSection | null> {
  const w = reportWords(lang).work;
  const asOf = workDate(month);
  const items = await listWorkItems(db, { asOf });
  if (!items.length) return null;
  const departments = await departmentNames(db, lang);
  const counts = Object.fromEntries(WORK_STATUSES.map((s) => [s, 0])) as WorkSection['counts'];
  for (const v of items) counts[v.status.status]++;

  const flagged = await overdueAndAtRiskByDepartment(db, month, { asOf });
  const inv = await investmentTotals(db, { asOf });
  const province = (
    await db.selectFrom('units').select('code').where('level', '=', 'province').executeTakeFirst()
  )?.code;

  const escalated = items.filter((v) => v.status.escalated);
  const decisions = [];
  for (const v of escalated) {
    const detail = await getWorkItem(db, v.id, { asOf });
    // The newest report up to the month that asks for help (or names a problem).
    const asked = detail.reports
      .filter((r) => r.month <= month && (r.helpNeeded || r.problems))
      .at(-1);
    decisions.push({
      ...workLine(v, departments, lang),
      help: asked
        ? `${asked.helpNeeded || asked.problems}${lang === 'en' ? ` (${periodLabel(asked.month, lang)})` : `（${periodLabel(asked.month, lang)}）`}`
        : '',
    });
  }
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
      total: row(reportWords(lang).common.total, inv.total),
      byList: inv.byList.filter((l) => l.items > 0).map((l) => row(w.lists[l.list], l)),
      byCity: inv.byCity.map((c) =>
        row(c.city === province ? w.multiCity : nameIn(c.name, lang, c.city), c),
      ),
    },
    decisions,
  };
}
