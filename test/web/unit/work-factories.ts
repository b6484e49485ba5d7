// Work items for the task pages' pure functions, with their status derived by the core's rules
// as the server derives it, rather than typed in.

import { deriveStatus } from '../../../src/core/tasks/status.ts';
import type { ReportView, WorkItemView } from '../../../web/src/pages/tasks/types.ts';

let serial = 0;

/** A monthly report: `value` (or `share`) reached by `month`, submitted on the 5th after it. */
export function makeReport(
  item: string,
  month: string,
  f: { value?: number | null; share?: number | null; revision?: number; investment?: number } = {},
): ReportView {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return {
    id: ++serial,
    item,
    month,
    revision: f.revision ?? 1,
    department: 'development-reform',
    value: f.value ?? null,
    share: f.share ?? null,
    investment: f.investment ?? null,
    narrative: '',
    problems: '',
    helpNeeded: '',
    reportedAt: `${next}-05T02:00:00.000Z`,
    reportedBy: 'dept',
    late: false,
  };
}

/** An item on the key-project list, due at the end of 2025, its status derived as of `asOf`. */
export function makeWorkItem(
  f: Partial<WorkItemView> & { reports?: ReportView[]; asOf?: string } = {},
): WorkItemView {
  const { reports = [], asOf = '2025-07-15', ...over } = f;
  const item = {
    id: `KP-2025-${String(++serial).padStart(3, '0')}`,
    list: 'key-project' as const,
    title: { zh: '县城污水管网改造', en: 'County-seat sewer renewal' },
    description: '',
    leadDepartment: 'development-reform',
    coDepartments: [],
    units: [],
    start: '2025-01-01',
    due: '2025-12-31',
    milestones: [],
    target: {
      value: 100,
      unit: '公里',
      baseline: null,
      direction: 'increase' as const,
      indicator: null,
      year: null,
    },
    investment: null,
    source: '',
    supervised: false,
    version: 1,
    ...over,
  };
  const invested = [...reports].reverse().find((r) => r.investment !== null);
  return {
    ...item,
    status: deriveStatus(item, reports, asOf),
    completedInvestment: invested?.investment ?? item.investment?.completed ?? null,
    lastReport: null,
    indicator: null,
    ...('status' in over ? { status: over.status! } : {}),
  };
}
