// Reading work items with their derived status as of a date: filtered lists, one item with its
// reports, earlier versions, and the linked indicators' values from the data and their forecast.

import type { Kysely } from 'kysely';
import { tryParsePeriod } from '../../core/data/period.ts';
import { GapscopeError } from '../../core/errors.ts';
import { periodEnd } from '../../core/geography/units.ts';
import { chinaDate, monthOf } from '../../core/tasks/dates.ts';
import { isLateReport } from '../../core/tasks/deadlines.ts';
import {
  itemForecast,
  itemYear,
  linkedUnit,
  type ForecastLookup,
  type ForecastSource,
} from '../../core/tasks/forecast-link.ts';
import { deriveStatus } from '../../core/tasks/status.ts';
import type { ProgressReport, WorkItem, WorkList, WorkStatus } from '../../core/tasks/types.ts';
import type {
  IndicatorReading,
  ReportView,
  WorkItemDetail,
  WorkItemView,
} from '../../core/tasks/views.ts';
import { now } from '../clock.ts';
import type { Database } from '../schema.ts';
import { loadItems, loadReports } from './rows.ts';

export type { IndicatorReading, ReportView, WorkItemDetail, WorkItemView };

/** Which items to list; every field narrows the list. */
export interface WorkItemFilter {
  list?: WorkList;
  /** Led by this department or with it as a co-department. */
  department?: string;
  /** Led by this department. */
  lead?: string;
  status?: WorkStatus;
  /** Due in this month (YYYY-MM). */
  dueMonth?: string;
  /** Concerning this unit: listed with it, its city, or (for a city) one of its counties. */
  unit?: string;
  supervised?: boolean;
  escalated?: boolean;
  /** The date the status is derived at (default today, China Standard Time). */
  asOf?: string;
  /** The targets assessment as of that date, for the forecast rule of linked items (none: no rule). */
  forecasts?: ForecastLookup;
}

/** Today in China Standard Time. */
export function today(): string {
  return chinaDate(now());
}

/** The province's code (the unit whose level is province), for province-wide items. */
async function provinceCode(db: Kysely<Database>): Promise<string | null> {
  const r = await db
    .selectFrom('units')
    .select('code')
    .where('level', '=', 'province')
    .executeTakeFirst();
  return r?.code ?? null;
}

/**
 * The current value of each linked item's indicator: for the item's only unit, else the province;
 * the period ending last in the target's year or before (the as-of year when the target has none).
 */
export async function indicatorReadings(
  db: Kysely<Database>,
  items: readonly WorkItem[],
  asOf: string,
): Promise<Map<string, IndicatorReading>> {
  const out = new Map<string, IndicatorReading>();
  const linked = items.filter((it) => it.target?.indicator);
  if (!linked.length) return out;
  const province = await provinceCode(db);
  for (const it of linked) {
    const unit = linkedUnit(it, province);
    if (!unit) continue;
    const series = it.target!.indicator!;
    const year = it.target!.year ?? Number(asOf.slice(0, 4));
    const rows = await db
      .selectFrom('current_observations as c')
      .innerJoin('observations as o', 'o.id', 'c.observation_id')
      .select(['c.period', 'o.value'])
      .where('c.unit_code', '=', unit)
      .where('c.series', '=', series)
      .execute();
    let best: { period: string; end: string; value: number } | null = null;
    for (const r of rows) {
      const p = tryParsePeriod(r.period);
      if (!p || p.year > year) continue;
      const end = periodEnd(r.period);
      if (!best || end > best.end) best = { period: r.period, end, value: Number(r.value) };
    }
    if (best) out.set(it.id, { unit, series, period: best.period, value: best.value });
  }
  return out;
}

/** Items with their status as of `asOf`, reports grouped by item. */
async function views(
  db: Kysely<Database>,
  items: WorkItem[],
  asOf: string,
  forecasts?: ForecastLookup,
): Promise<{ views: WorkItemView[]; reports: Map<string, ProgressReport[]> }> {
  const all = await loadReports(
    db,
    items.map((i) => i.id),
  );
  const reports = new Map<string, ProgressReport[]>();
  for (const r of all) {
    const list = reports.get(r.item);
    if (list) list.push(r);
    else reports.set(r.item, [r]);
  }
  const readings = await indicatorReadings(db, items, asOf);
  const years = items.filter((it) => it.target?.indicator).map(itemYear);
  const source: ForecastSource | null =
    years.length && forecasts ? await forecasts(asOf, years) : null;
  const province = source ? await provinceCode(db) : null;
  const asOfMonth = monthOf(asOf);
  const out = items.map((it): WorkItemView => {
    const mine = reports.get(it.id) ?? [];
    const reading = readings.get(it.id) ?? null;
    const known = mine
      .filter((r) => r.month <= asOfMonth && chinaDate(r.reportedAt) <= asOf)
      .sort((a, b) =>
        a.month === b.month
          ? a.reportedAt.localeCompare(b.reportedAt)
          : a.month.localeCompare(b.month),
      );
    const last = known.at(-1) ?? null;
    const invested = [...known].reverse().find((r) => r.investment !== null);
    return {
      ...it,
      status: deriveStatus(
        it,
        mine,
        asOf,
        reading?.value ?? null,
        source && itemForecast(it, source, linkedUnit(it, province)),
      ),
      completedInvestment: invested?.investment ?? it.investment?.completed ?? null,
      lastReport: last
        ? {
            month: last.month,
            reportedAt: last.reportedAt,
            late: isLateReport(last.month, last.reportedAt),
          }
        : null,
      indicator: reading,
    };
  });
  return { views: out, reports };
}

/** The units an item concerning `unit` may list: the unit, its city, and a city's counties. */
async function unitMatches(db: Kysely<Database>, unit: string): Promise<Set<string>> {
  const rows = await db.selectFrom('units').select(['code', 'parent_code', 'level']).execute();
  const self = rows.find((r) => r.code === unit);
  const out = new Set([unit]);
  if (self?.parent_code && self.level === 'county') out.add(self.parent_code);
  for (const r of rows) if (r.parent_code === unit) out.add(r.code);
  return out;
}

/** Work items with their derived status, filtered, in id order. */
export async function listWorkItems(
  db: Kysely<Database>,
  filter: WorkItemFilter = {},
): Promise<WorkItemView[]> {
  const asOf = filter.asOf ?? today();
  let items = await loadItems(db);
  if (filter.list) items = items.filter((i) => i.list === filter.list);
  if (filter.lead) items = items.filter((i) => i.leadDepartment === filter.lead);
  if (filter.department) {
    const d = filter.department;
    items = items.filter((i) => i.leadDepartment === d || i.coDepartments.includes(d));
  }
  if (filter.dueMonth) items = items.filter((i) => monthOf(i.due) === filter.dueMonth);
  if (filter.supervised !== undefined)
    items = items.filter((i) => i.supervised === filter.supervised);
  if (filter.unit) {
    const match = await unitMatches(db, filter.unit);
    items = items.filter((i) => i.units.some((u) => match.has(u)));
  }
  let out = (await views(db, items, asOf, filter.forecasts)).views;
  if (filter.status) out = out.filter((v) => v.status.status === filter.status);
  if (filter.escalated !== undefined)
    out = out.filter((v) => v.status.escalated === filter.escalated);
  return out;
}

/** One item with its milestones, every report and its derived status as of a date. */
export async function getWorkItem(
  db: Kysely<Database>,
  id: string,
  opts: { asOf?: string; forecasts?: ForecastLookup } = {},
): Promise<WorkItemDetail> {
  const [item] = await loadItems(db, [id]);
  if (!item) throw new GapscopeError('item.none', `there is no work item "${id}"`, { path: 'id' });
  const {
    views: [view],
    reports,
  } = await views(db, [item], opts.asOf ?? today(), opts.forecasts);
  return {
    ...view!,
    reports: (reports.get(id) ?? []).map((r) => ({
      ...r,
      late: isLateReport(r.month, r.reportedAt),
    })),
  };
}

/** An item's earlier versions, newest first: each as it was, and who replaced it when. */
export async function itemVersions(
  db: Kysely<Database>,
  id: string,
): Promise<{ version: number; item: WorkItem; replacedAt: string; replacedBy: string }[]> {
  const rows = await db
    .selectFrom('work_item_versions')
    .selectAll()
    .where('item_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    item: JSON.parse(r.body) as WorkItem,
    replacedAt: r.replaced_at,
    replacedBy: r.replaced_by,
  }));
}
