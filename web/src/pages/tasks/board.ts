// The task board's rows: the items filtered by list, lead department, due month, supervision and
// status, counted and grouped by their derived status, most urgent first.

import type { WorkItemView, WorkList, WorkStatus } from './types.ts';

/** The board's status groups, most urgent first. */
export const BOARD_STATUSES: readonly WorkStatus[] = [
  'overdue',
  'at-risk',
  'on-track',
  'not-started',
  'done',
];

/** The four lists in the task force's order. */
export const LISTS: readonly WorkList[] = [
  'key-indicator',
  'major-policy',
  'major-reform',
  'key-project',
];

/** What the board shows; every field narrows it (the unit and the as-of date go to the server). */
export interface BoardFilter {
  list?: string;
  lead?: string;
  status?: string;
  /** YYYY-MM. */
  dueMonth?: string;
  /** 'true' or 'false'. */
  supervised?: string;
}

/** The items passing every filter but the status one (the counts are over these). */
export function filterItems(items: readonly WorkItemView[], f: BoardFilter): WorkItemView[] {
  return items.filter(
    (v) =>
      (!f.list || v.list === f.list) &&
      (!f.lead || v.leadDepartment === f.lead) &&
      (!f.dueMonth || v.due.slice(0, 7) === f.dueMonth) &&
      (f.supervised === undefined || String(v.supervised) === f.supervised),
  );
}

/** How many items have each status. */
export function statusCounts(items: readonly WorkItemView[]): Record<WorkStatus, number> {
  const out = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<WorkStatus, number>;
  for (const v of items) out[v.status.status]++;
  return out;
}

/** The items by status in board order, each group by due date then id; only `status` when set. */
export function groupByStatus(
  items: readonly WorkItemView[],
  status?: string,
): { status: WorkStatus; items: WorkItemView[] }[] {
  return BOARD_STATUSES.filter((s) => !status || s === status).map((s) => ({
    status: s,
    items: items
      .filter((v) => v.status.status === s)
      .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id)),
  }));
}

/** The months items fall due in, earliest first. */
export function dueMonths(items: readonly WorkItemView[]): string[] {
  return [...new Set(items.map((v) => v.due.slice(0, 7)))].sort();
}

/** GET /api/items for the board: the server matches the unit (with its city and counties). */
export function itemsPath(q: { unit?: string; asOf?: string }): string {
  const p = new URLSearchParams();
  if (q.unit) p.set('unit', q.unit);
  if (q.asOf) p.set('asOf', q.asOf);
  const s = p.toString();
  return s ? `/api/items?${s}` : '/api/items';
}
