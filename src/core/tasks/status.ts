// A work item's status, derived — never typed in — from its dates, milestones, progress reports
// and (for items linked to an indicator) the data and their forecast, as of a date. Every rule that
// fires is returned with its parameters and in words (METHODS.md § Task-force work system: status
// rules).

import { chinaDate, daysBetween, monthOf } from './dates.ts';
import { reportDeadline, REPORT_DAY, requiredReportMonth } from './deadlines.ts';
import type { ItemForecast } from './forecast-link.ts';
import { expectedShare } from './path.ts';
import { shareOfTarget, targetMet } from './progress.ts';
import { describeRule } from './reasons.ts';
import type { ProgressReport, WorkItem, WorkStatus } from './types.ts';

/** The thresholds of the rules. */
export const STATUS_RULES = {
  /** At risk when progress is more than this many percentage points behind the expected path. */
  behindPoints: 15,
  /** At risk when the forecast's probability of meeting the target is below this, %. */
  forecastBelow: 50,
  /** The report for month M is due by the end of this day of month M + 1. */
  reportDay: REPORT_DAY,
} as const;

/** The rules, by the code the API and the interface show them under. */
export type RuleCode =
  | 'done-target'
  | 'done-share'
  | 'done-milestones'
  | 'done-late'
  | 'not-started'
  | 'overdue-item'
  | 'overdue-milestone'
  | 'behind-path'
  | 'indicator-behind'
  | 'forecast-behind'
  | 'late-report'
  | 'on-track'
  | 'escalated';

/** A rule that fired, with the figures that made it fire. */
export interface FiredRule {
  code: RuleCode;
  params: Record<string, string | number>;
}

/** The derived status of one item as of a date, and why. */
export interface ItemStatus {
  status: WorkStatus;
  /** The rules that fired, in words (English; `rules` carries the codes for other languages). */
  reasons: string[];
  rules: FiredRule[];
  /** Where the item should be by now on its milestone or linear path, 0–100 %. */
  expectedShare: number;
  /** Where it is: from the linked indicator's value, else the latest report; null when unknown. */
  reportedShare: number | null;
  progressFrom: 'indicator' | 'report' | null;
  /** The report for the latest month whose deadline has passed is missing. */
  lateReport: boolean;
  missingMonth: string | null;
  /** Supervised (督办) and at risk or overdue. */
  escalated: boolean;
  /** When it was done, where that is known. */
  doneOn: string | null;
  asOf: string;
}

/** What the rules read of an item. */
export type StatusItem = Pick<WorkItem, 'start' | 'due' | 'milestones' | 'target' | 'supervised'>;
/** What the rules read of a report. */
export type StatusReport = Pick<ProgressReport, 'month' | 'value' | 'share' | 'reportedAt'>;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A forecast figure to 4 significant digits, whole numbers kept whole (1.923, 88.46, 20346). */
const round4 = (x: number): number => {
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x) || 1)));
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Derives an item's status at the end of `asOf` (a date, China Standard Time). Only reports
 * submitted by then, on months up to asOf's, count. `indicatorValue` is the linked indicator's
 * current value for the target's year, when the item has one and the data hold it; `forecast` its
 * forecast for the item's year (`itemForecast`, forecast-link.ts), when there is one.
 *
 * @example
 * deriveStatus({ start: '2025-01-01', due: '2025-12-31', milestones: [], target: null,
 *   supervised: false }, [], '2025-03-15').status // 'at-risk': February's report is missing
 */
export function deriveStatus(
  item: StatusItem,
  reports: readonly StatusReport[],
  asOf: string,
  indicatorValue?: number | null,
  forecast?: ItemForecast | null,
): ItemStatus {
  const fired: FiredRule[] = [];
  const fire = (code: RuleCode, params: FiredRule['params'] = {}): void => {
    fired.push({ code, params });
  };
  const asOfMonth = monthOf(asOf);
  const known = reports
    .filter((r) => r.month <= asOfMonth && chinaDate(r.reportedAt) <= asOf)
    .sort((a, b) =>
      a.month === b.month
        ? a.reportedAt.localeCompare(b.reportedAt)
        : a.month.localeCompare(b.month),
    );
  const latest = [...known].reverse().find((r) => r.share !== null || r.value !== null);
  const t = item.target;

  // Progress: from the data when the item is linked to an indicator and the data have a value.
  // Every piece of evidence that the item is done fires; it was done on the earliest known date.
  let share: number | null = null;
  let from: ItemStatus['progressFrom'] = null;
  const doneDates: string[] = [];
  let done = false;
  if (
    t?.indicator &&
    indicatorValue !== undefined &&
    indicatorValue !== null &&
    Number.isFinite(indicatorValue)
  ) {
    from = 'indicator';
    share = shareOfTarget(t, indicatorValue);
    if (targetMet(t, indicatorValue)) {
      done = true;
      fire('done-target', { value: indicatorValue, target: t.value, from: 'indicator' });
    }
  } else if (latest) {
    from = 'report';
    share = latest.share ?? (t && latest.value !== null ? shareOfTarget(t, latest.value) : null);
    // The first report that met the target or reached 100 % is when it was done.
    const metBy = (r: StatusReport): boolean => !!t && r.value !== null && targetMet(t, r.value);
    const fullBy = (r: StatusReport): boolean => r.share !== null && r.share >= 100;
    if (metBy(latest)) {
      done = true;
      const first = known.find(metBy)!;
      doneDates.push(chinaDate(first.reportedAt));
      fire('done-target', { value: first.value!, target: t!.value, month: first.month });
    } else if (fullBy(latest)) {
      done = true;
      const first = known.find(fullBy)!;
      doneDates.push(chinaDate(first.reportedAt));
      fire('done-share', { month: first.month });
    }
  }
  const doneBy = (m: { done: string | null }): boolean => m.done !== null && m.done <= asOf;
  // Intermediate milestones do not complete an item: one of them must fall on its due date.
  if (item.milestones.some((m) => m.due === item.due) && item.milestones.every(doneBy)) {
    done = true;
    const last = item.milestones
      .map((m) => m.done!)
      .sort()
      .at(-1)!;
    doneDates.push(last);
    fire('done-milestones', { count: item.milestones.length, on: last });
  }
  const doneOn = doneDates.length ? doneDates.sort()[0]! : null;
  if (done && doneOn && doneOn > item.due)
    fire('done-late', { on: doneOn, due: item.due, days: daysBetween(item.due, doneOn) });

  const expected = expectedShare(item, asOf);
  const notStarted = !done && asOf < item.start;
  if (notStarted) fire('not-started', { start: item.start });

  let overdue = false;
  let behind = false;
  let late = false;
  let missingMonth: string | null = null;
  if (!done && !notStarted) {
    if (asOf > item.due) {
      overdue = true;
      fire('overdue-item', { due: item.due, days: daysBetween(item.due, asOf) });
    }
    for (const m of [...item.milestones].sort((a, b) => a.due.localeCompare(b.due))) {
      if (m.due < asOf && !doneBy(m)) {
        overdue = true;
        fire('overdue-milestone', { title: m.title, due: m.due, days: daysBetween(m.due, asOf) });
      }
    }
    if (share !== null && expected - share > STATUS_RULES.behindPoints) {
      behind = true;
      fire(from === 'indicator' ? 'indicator-behind' : 'behind-path', {
        share: round1(share),
        expected: round1(expected),
        gap: round1(expected - share),
        threshold: STATUS_RULES.behindPoints,
      });
    }
    if (t?.indicator && forecast && 100 * forecast.probability < STATUS_RULES.forecastBelow) {
      behind = true;
      fire('forecast-behind', {
        year: forecast.year,
        mean: round4(forecast.mean),
        lo80: round4(forecast.lo80),
        hi80: round4(forecast.hi80),
        probability: round1(100 * forecast.probability),
        target: t.value,
        threshold: STATUS_RULES.forecastBelow,
        period: forecast.period,
        unit: forecast.unit,
        from: forecast.from,
      });
    }
    const required = requiredReportMonth(asOf);
    if (
      required >= monthOf(item.start) &&
      required <= monthOf(item.due) &&
      !known.some((r) => r.month >= required)
    ) {
      late = true;
      missingMonth = required;
      fire('late-report', { month: required, deadline: reportDeadline(required) });
    }
  }

  const status: WorkStatus = done
    ? 'done'
    : notStarted
      ? 'not-started'
      : overdue
        ? 'overdue'
        : behind || late
          ? 'at-risk'
          : 'on-track';
  if (status === 'on-track')
    fire('on-track', {
      share: share === null ? 'unknown' : round1(share),
      expected: round1(expected),
    });
  const escalated = item.supervised && (status === 'overdue' || status === 'at-risk');
  if (escalated) fire('escalated', { status });
  return {
    status,
    reasons: fired.map(describeRule),
    rules: fired,
    expectedShare: round1(expected),
    reportedShare: share === null ? null : round1(share),
    progressFrom: from,
    lateReport: late,
    missingMonth,
    escalated,
    doneOn,
    asOf,
  };
}
