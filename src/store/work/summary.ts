// Work items summed up for the task force's monthly meeting: investment completed against plan
// by list and by city, and the items overdue or at risk by lead department.

import type { Kysely } from 'kysely';
import type { ForecastLookup } from '../../core/tasks/forecast-link.ts';
import { lastDay } from '../../core/tasks/dates.ts';
import { WORK_LISTS } from '../../core/tasks/types.ts';
import type {
  DepartmentItems,
  InvestmentLine,
  InvestmentTotals,
  WorkItemView,
} from '../../core/tasks/views.ts';
import { listDepartments } from '../departments.ts';
import type { Database } from '../schema.ts';
import { listWorkItems, today } from './read.ts';

export type { DepartmentItems, InvestmentLine, InvestmentTotals };

const line = (): InvestmentLine => ({ items: 0, planned: 0, completed: 0, share: null });

function add(l: InvestmentLine, v: WorkItemView): void {
  l.items++;
  l.planned += v.investment?.planned ?? 0;
  l.completed += v.completedInvestment ?? 0;
  l.share = l.planned > 0 ? (100 * l.completed) / l.planned : null;
}

/** Investment completed against plan over the items that have a planned investment. */
export async function investmentTotals(
  db: Kysely<Database>,
  opts: { asOf?: string; forecasts?: ForecastLookup } = {},
): Promise<InvestmentTotals> {
  const asOf = opts.asOf ?? today();
  const items = (await listWorkItems(db, { asOf, forecasts: opts.forecasts })).filter(
    (v) => v.investment?.planned !== null && v.investment?.planned !== undefined,
  );
  const units = await db
    .selectFrom('units')
    .select(['code', 'parent_code', 'level', 'name_zh', 'name_en'])
    .execute();
  const byCode = new Map(units.map((u) => [u.code, u]));
  const province = units.find((u) => u.level === 'province');
  const cityOf = (code: string): string | null => {
    const u = byCode.get(code);
    if (!u) return null;
    if (u.level === 'city') return u.code;
    if (u.level === 'county') return u.parent_code;
    return null;
  };
  const total = line();
  const lists = new Map(WORK_LISTS.map((l) => [l, line()]));
  const cities = new Map<string, InvestmentLine>();
  for (const v of items) {
    add(total, v);
    add(lists.get(v.list)!, v);
    const cs = new Set(v.units.map(cityOf));
    const city = cs.size === 1 && !cs.has(null) ? [...cs][0]! : (province?.code ?? '');
    if (!cities.has(city)) cities.set(city, line());
    add(cities.get(city)!, v);
  }
  return {
    asOf,
    total,
    byList: WORK_LISTS.map((list) => ({ list, ...lists.get(list)! })),
    byCity: [...cities.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([city, l]) => {
        const u = byCode.get(city);
        return { city, name: { zh: u?.name_zh ?? city, en: u?.name_en ?? city }, ...l };
      }),
  };
}

/**
 * The items overdue or at risk at the end of `month` (YYYY-MM), or at `asOf` when given, by lead
 * department in list order; departments with none are left out.
 */
export async function overdueAndAtRiskByDepartment(
  db: Kysely<Database>,
  month: string,
  opts: { asOf?: string; forecasts?: ForecastLookup } = {},
): Promise<DepartmentItems[]> {
  const asOf = opts.asOf ?? lastDay(month);
  const items = await listWorkItems(db, { asOf, forecasts: opts.forecasts });
  const out: DepartmentItems[] = [];
  for (const department of await listDepartments(db)) {
    const mine = items.filter((v) => v.leadDepartment === department.id);
    const overdue = mine.filter((v) => v.status.status === 'overdue');
    const atRisk = mine.filter((v) => v.status.status === 'at-risk');
    if (!overdue.length && !atRisk.length) continue;
    const flagged = [...overdue, ...atRisk];
    out.push({
      department,
      overdue,
      atRisk,
      escalated: flagged.filter((v) => v.status.escalated).length,
      lateReports: flagged.filter((v) => v.status.lateReport).length,
    });
  }
  return out;
}
