// Work items and progress reports between the store's rows and the domain's types: reading items
// whole (with co-departments, units and milestones) in a few queries, and writing an item's rows.

import type { Kysely, Transaction } from 'kysely';
import type { Milestone, ProgressReport, WorkItem, WorkList } from '../../core/tasks/types.ts';
import type { Database, WorkItemTable } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

/** The item of a work_items row and its children. */
function toItem(
  r: WorkItemTable,
  co: string[],
  units: string[],
  milestones: Milestone[],
): WorkItem {
  return {
    id: r.id,
    list: r.list as WorkList,
    title: { zh: r.title_zh, en: r.title_en },
    description: r.description,
    leadDepartment: r.lead_department,
    coDepartments: co,
    units,
    start: r.start_date,
    due: r.due_date,
    milestones,
    target:
      r.target_value === null
        ? null
        : {
            value: Number(r.target_value),
            unit: r.target_unit ?? '',
            baseline: num(r.target_baseline),
            direction: r.target_direction === 'decrease' ? 'decrease' : 'increase',
            indicator: r.target_indicator,
            year: num(r.target_year),
          },
    investment:
      r.planned_investment === null && r.completed_investment === null
        ? null
        : { planned: num(r.planned_investment), completed: num(r.completed_investment) },
    source: r.source,
    supervised: !!Number(r.supervised),
    version: Number(r.version),
  };
}

/** Groups rows by item id. */
function byItem<T extends { item_id: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.item_id);
    if (list) list.push(r);
    else m.set(r.item_id, [r]);
  }
  return m;
}

/** Items (all, or those with the given ids) whole, in id order. */
export async function loadItems(db: Db, ids?: readonly string[]): Promise<WorkItem[]> {
  if (ids && !ids.length) return [];
  const chunks = ids ? chunk(ids, 500) : [null];
  const out: WorkItem[] = [];
  for (const part of chunks) {
    let q = db.selectFrom('work_items').selectAll();
    if (part) q = q.where('id', 'in', part);
    const rows = await q.orderBy('id').execute();
    if (!rows.length) continue;
    const itemIds = rows.map((r) => r.id);
    const [co, units, ms] = await Promise.all([
      db
        .selectFrom('item_departments as d')
        .innerJoin('departments as dep', 'dep.id', 'd.department_id')
        .select(['d.item_id', 'd.department_id', 'dep.sort'])
        .where('d.item_id', 'in', itemIds)
        .orderBy('dep.sort')
        .execute(),
      db
        .selectFrom('item_units')
        .select(['item_id', 'unit_code'])
        .where('item_id', 'in', itemIds)
        .orderBy('unit_code')
        .execute(),
      db
        .selectFrom('milestones')
        .selectAll()
        .where('item_id', 'in', itemIds)
        .orderBy('due_date')
        .orderBy('id')
        .execute(),
    ]);
    const coBy = byItem(co);
    const unitsBy = byItem(units);
    const msBy = byItem(ms);
    for (const r of rows)
      out.push(
        toItem(
          r,
          (coBy.get(r.id) ?? []).map((d) => d.department_id),
          (unitsBy.get(r.id) ?? []).map((u) => u.unit_code),
          (msBy.get(r.id) ?? []).map((m) => ({
            id: Number(m.id),
            title: m.title,
            due: m.due_date,
            done: m.done_date,
          })),
        ),
      );
  }
  return out;
}

function chunk<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** Progress reports (every revision) of the given items, or of all items, by month and time. */
export async function loadReports(db: Db, ids?: readonly string[]): Promise<ProgressReport[]> {
  if (ids && !ids.length) return [];
  const out: ProgressReport[] = [];
  for (const part of ids ? chunk(ids, 500) : [null]) {
    let q = db.selectFrom('progress_reports').selectAll();
    if (part) q = q.where('item_id', 'in', part);
    const rows = await q.orderBy('item_id').orderBy('month').orderBy('revision').execute();
    for (const r of rows)
      out.push({
        id: Number(r.id),
        item: r.item_id,
        month: r.month,
        revision: Number(r.revision),
        department: r.department_id,
        value: num(r.value),
        share: num(r.share),
        investment: num(r.investment),
        narrative: r.narrative,
        problems: r.problems,
        helpNeeded: r.help_needed,
        reportedAt: r.reported_at,
        reportedBy: r.reported_by,
      });
  }
  return out;
}

/** The work_items columns of an item (without the audit columns). */
export function itemColumns(
  it: WorkItem,
): Omit<WorkItemTable, 'created_at' | 'created_by' | 'updated_at' | 'updated_by'> {
  return {
    id: it.id,
    list: it.list,
    title_zh: it.title.zh,
    title_en: it.title.en,
    description: it.description,
    lead_department: it.leadDepartment,
    start_date: it.start,
    due_date: it.due,
    target_value: it.target?.value ?? null,
    target_unit: it.target ? it.target.unit : null,
    target_baseline: it.target?.baseline ?? null,
    target_direction: it.target ? it.target.direction : null,
    target_indicator: it.target?.indicator ?? null,
    target_year: it.target?.year ?? null,
    planned_investment: it.investment?.planned ?? null,
    completed_investment: it.investment?.completed ?? null,
    source: it.source,
    supervised: it.supervised ? 1 : 0,
    version: it.version,
  };
}

/** Replaces an item's co-departments and units with the item's. */
export async function writeChildren(trx: Transaction<Database>, it: WorkItem): Promise<void> {
  await trx.deleteFrom('item_departments').where('item_id', '=', it.id).execute();
  await trx.deleteFrom('item_units').where('item_id', '=', it.id).execute();
  if (it.coDepartments.length)
    await trx
      .insertInto('item_departments')
      .values(it.coDepartments.map((d) => ({ item_id: it.id, department_id: d })))
      .execute();
  if (it.units.length)
    await trx
      .insertInto('item_units')
      .values(it.units.map((u) => ({ item_id: it.id, unit_code: u })))
      .execute();
}
