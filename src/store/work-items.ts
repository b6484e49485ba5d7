// The task-force work system in the store: departments, work items on the four lists with their
// milestones and monthly progress, status derived as of a date (core/tasks/status.ts), summaries
// for the monthly meeting, what the reports read of them, and lists in and out as XLSX. This
// module is the one to import; the parts live in store/work/.

export type {
  Department,
  DepartmentKind,
  Milestone,
  ProgressInput,
  ProgressReport,
  Target,
  WorkItem,
  WorkItemChange,
  WorkItemInput,
  WorkList,
  WorkStatus,
} from '../core/tasks/types.ts';
export { DEPARTMENT_KINDS, WORK_LISTS, WORK_STATUSES } from '../core/tasks/types.ts';
export type { FiredRule, ItemStatus, RuleCode } from '../core/tasks/status.ts';
export { STATUS_RULES } from '../core/tasks/status.ts';
export { listDepartments, saveDepartments } from './departments.ts';
export {
  getWorkItem,
  indicatorReadings,
  itemVersions,
  listWorkItems,
  today,
  type IndicatorReading,
  type ReportView,
  type WorkItemDetail,
  type WorkItemFilter,
  type WorkItemView,
} from './work/read.ts';
export { briefWork, unitWork } from './work/report-work.ts';
export type { BriefWork, UnitWork } from '../core/tasks/report-work.ts';
export {
  investmentTotals,
  overdueAndAtRiskByDepartment,
  type DepartmentItems,
  type InvestmentLine,
  type InvestmentTotals,
} from './work/summary.ts';
export {
  addMilestone,
  createWorkItem,
  reportProgress,
  updateMilestone,
  updateWorkItem,
  type WriteOptions,
} from './work/write.ts';
export {
  exportWorkItems,
  importWorkItems,
  type ListImportOptions,
  type ListImportReport,
} from './work/list-file.ts';
export { LIST_COLUMNS, LIST_NAMES_ZH } from './work/list-columns.ts';
