// The shapes of the work system's answers the task pages read (GET /api/items, /api/items/{id},
// /api/departments; see /api/openapi.json): the core's item fields with the derived status.

import type {
  Department,
  Milestone,
  ProgressReport,
  Target,
  WorkItem,
} from '@gapscope/core/tasks/types.ts';
import type { ItemStatus } from '@gapscope/core/tasks/status.ts';
import type { User } from '../../api/types.ts';

export type { Department, Milestone, Target, WorkItem };
export type { WorkList, WorkStatus } from '@gapscope/core/tasks/types.ts';
export type { FiredRule, ItemStatus } from '@gapscope/core/tasks/status.ts';

/** An item with its status derived as of a date; the reasons come in the page's language. */
export interface WorkItemView extends WorkItem {
  status: ItemStatus;
  /** The latest report's completed investment, else the item's (10,000 CNY). */
  completedInvestment: number | null;
  lastReport: { month: string; reportedAt: string; late: boolean } | null;
  /** The linked indicator's value the status read. */
  indicator: { unit: string; series: string; period: string; value: number } | null;
}

/** A progress report with whether it came after its deadline. */
export type ReportView = ProgressReport & { late: boolean };

/** One item with every report (all revisions, oldest first). */
export interface WorkItemDetail extends WorkItemView {
  reports: ReportView[];
}

/** The signed-in user as the work system reads it: a department user has a department. */
export type WorkUser = User & { department?: string | null };
