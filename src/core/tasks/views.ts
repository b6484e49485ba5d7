// Work items as they are read: with their status derived as of a date, their reports, and the
// month's summaries. The store produces them (store/work/read.ts, summary.ts); the server, the
// command and the reports show them.

import type { ItemStatus } from './status.ts';
import type { Department, ProgressReport, WorkItem, WorkList } from './types.ts';

/** A linked indicator's value as read from the data for an item. */
export interface IndicatorReading {
  unit: string;
  series: string;
  period: string;
  value: number;
}

/** An item with its status as of a date. */
export interface WorkItemView extends WorkItem {
  status: ItemStatus;
  /** Completed investment (10,000 CNY): the latest report's figure, else the item's own. */
  completedInvestment: number | null;
  /** The newest report known at the as-of date. */
  lastReport: { month: string; reportedAt: string; late: boolean } | null;
  /** The linked indicator's value the status read, when there is one. */
  indicator: IndicatorReading | null;
}

/** A report with whether it came after its deadline. */
export type ReportView = ProgressReport & { late: boolean };

/** An item with every report (all revisions, oldest first). */
export interface WorkItemDetail extends WorkItemView {
  reports: ReportView[];
}

/** Planned and completed investment (10,000 CNY) over some items. */
export interface InvestmentLine {
  items: number;
  planned: number;
  completed: number;
  /** completed / planned × 100; null when nothing is planned. */
  share: number | null;
}

/** Investment completion as of a date. */
export interface InvestmentTotals {
  asOf: string;
  total: InvestmentLine;
  byList: (InvestmentLine & { list: WorkList })[];
  /**
   * By the city of the units an item concerns; an item concerning several cities or the whole
   * province counts under the province's code.
   */
  byCity: (InvestmentLine & { city: string; name: { zh: string; en: string } })[];
}

/** One lead department's items that are overdue or at risk. */
export interface DepartmentItems {
  department: Department;
  overdue: WorkItemView[];
  atRisk: WorkItemView[];
  /** How many of them are supervised and so escalated. */
  escalated: number;
  /** How many of them miss a monthly report. */
  lateReports: number;
}
