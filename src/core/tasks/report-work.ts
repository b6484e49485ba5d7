// What a report reads of the work system: a month's items and summaries for the brief, the items
// concerning one unit for its county report. The store reads them (store/work/report-work.ts);
// the reports lay them out, so that a report never reads the store itself.

import type { Department } from './types.ts';
import type { DepartmentItems, InvestmentTotals, WorkItemDetail, WorkItemView } from './views.ts';

/** The brief's work section's data for a month, every status derived at one date. */
export interface BriefWork {
  /** The date the statuses are derived at: the month's last day, or today while it runs. */
  asOf: string;
  /** Every item, in id order. */
  items: WorkItemView[];
  /** The member departments, in list order. */
  departments: Department[];
  /** The items overdue or at risk, by lead department. */
  flagged: DepartmentItems[];
  investment: InvestmentTotals;
  /** The province's unit code, under which investment in several cities is counted. */
  province: string | null;
  /** The escalated items with every report, in id order. */
  escalated: WorkItemDetail[];
}

/** The work items concerning a unit (listed with it, its city, or its counties), as of today. */
export interface UnitWork {
  items: WorkItemView[];
  /** The member departments, in list order. */
  departments: Department[];
}
