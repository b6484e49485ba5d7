// When a month's progress report is due, and which month's report a date requires
// (METHODS.md § Task-force work system: status rules).

import { chinaDate, monthOf, nextMonth, previousMonth } from './dates.ts';

/** The report for month M is due by the end of this day of month M + 1 (China Standard Time). */
export const REPORT_DAY = 10;

/** The last day to report on `month`: the REPORT_DAY-th of the month after. */
export function reportDeadline(month: string): string {
  return `${nextMonth(month)}-${String(REPORT_DAY).padStart(2, '0')}`;
}

/** True when a report on `month` submitted at the ISO moment `reportedAt` came after its deadline. */
export function isLateReport(month: string, reportedAt: string): boolean {
  return chinaDate(reportedAt) > reportDeadline(month);
}

/** The latest month whose report deadline has passed at the end of `date`. */
export function requiredReportMonth(date: string): string {
  const month = monthOf(date);
  const day = Number(date.slice(8, 10));
  return day > REPORT_DAY ? previousMonth(month) : previousMonth(previousMonth(month));
}
