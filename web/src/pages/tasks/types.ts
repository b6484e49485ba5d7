// The work system's answers the task pages read (GET /api/items, /api/items/{id},
// /api/departments) come from the API's contract; the item's own fields (what a form sends) are
// the core's.

import type { Milestone, Target, WorkItem } from '@gapscope/core/tasks/types.ts';

export type { Milestone, Target, WorkItem };
export type { WorkList, WorkStatus } from '@gapscope/core/tasks/types.ts';
export type {
  Department,
  ItemStatus,
  ReportView,
  User as WorkUser,
  WorkItemDetail,
  WorkItemView,
} from '@gapscope/api/index.ts';
