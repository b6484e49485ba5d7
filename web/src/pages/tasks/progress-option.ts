// An item's progress month by month: the share reported (the month's newest revision; a value is
// read as its share of the way to the target) against the share expected at the month's end on
// the item's milestone or linear path, and the line below which it is at risk
// (METHODS.md § Task-force work system: status rules).

import { lastDay, monthOf, nextMonth } from '@gapscope/core/tasks/dates.ts';
import { expectedShare } from '@gapscope/core/tasks/path.ts';
import { shareOfTarget } from '@gapscope/core/tasks/progress.ts';
import { STATUS_RULES } from '@gapscope/core/tasks/status.ts';
import { baseOption, inkOf, PALETTE } from '@gapscope/charts/theme.ts';
import { MISSING, formatNumber } from '@gapscope/core/text/format.ts';
import type { ChartOpts, ChartTable, EChartsOption } from '@gapscope/charts/types.ts';
import type { ReportView, WorkItem } from './types.ts';

/** One month: expected and reported share (%), and the at-risk line (expected − threshold). */
export interface ProgressPoint {
  month: string;
  expected: number;
  reported: number | null;
  floor: number;
}

/** Each month's newest report (the highest revision), by month. */
export function newestByMonth(reports: readonly ReportView[]): Map<string, ReportView> {
  const out = new Map<string, ReportView>();
  for (const r of reports) {
    const seen = out.get(r.month);
    if (!seen || r.revision > seen.revision) out.set(r.month, r);
  }
  return out;
}

/** A report's share done (%): its share, else its value's share of the target; null if neither. */
export function reportedShare(
  r: Pick<ReportView, 'share' | 'value'>,
  target: WorkItem['target'],
): number | null {
  if (r.share !== null) return r.share;
  return target && r.value !== null ? shareOfTarget(target, r.value) : null;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * The months from the item's start to `asOf`'s month (no later than its due month, unless a report
 * came for a later one), each with the share expected at its end and the share reported for it.
 */
export function progressSeries(
  item: Pick<WorkItem, 'start' | 'due' | 'milestones' | 'target'>,
  reports: readonly ReportView[],
  asOf: string,
): ProgressPoint[] {
  const newest = newestByMonth(reports);
  const asOfMonth = monthOf(asOf);
  const lastReported =
    [...newest.keys()]
      .filter((m) => m <= asOfMonth)
      .sort()
      .at(-1) ?? '';
  const dueMonth = monthOf(item.due);
  const end = [asOfMonth, dueMonth > lastReported ? dueMonth : lastReported].sort()[0]!;
  const out: ProgressPoint[] = [];
  for (let m = monthOf(item.start); m <= end; m = nextMonth(m)) {
    const expected = round1(expectedShare(item, lastDay(m)));
    const r = newest.get(m);
    const share = r ? reportedShare(r, item.target) : null;
    out.push({
      month: m,
      expected,
      reported: share === null ? null : round1(share),
      floor: Math.max(0, round1(expected - STATUS_RULES.behindPoints)),
    });
  }
  return out;
}

export interface ProgressChartInput {
  points: readonly ProgressPoint[];
  labels: { expected: string; reported: string; floor: string };
}

/** Reported share (solid, with points) over the expected path (dashed) and the at-risk line. */
export function buildProgressOption(input: ProgressChartInput, opts: ChartOpts): EChartsOption {
  const ink = inkOf(opts);
  const top = Math.max(100, ...input.points.map((p) => p.reported ?? 0));
  return {
    ...baseOption(opts),
    grid: {
      left: 8,
      right: 16,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: { top: 0, textStyle: { color: ink.text, fontSize: 11 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) =>
        typeof v === 'number' ? `${formatNumber(v, opts.lang, { digits: 1 })}%` : MISSING,
    },
    xAxis: {
      type: 'category',
      data: input.points.map((p) => p.month),
      boundaryGap: false,
      axisLabel: { color: ink.muted, fontSize: 10 },
      axisLine: { lineStyle: { color: ink.axis } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: Math.ceil(top / 10) * 10,
      axisLabel: { color: ink.muted, fontSize: 10, formatter: '{value}%' },
      splitLine: { lineStyle: { color: ink.grid } },
    },
    series: [
      {
        type: 'line',
        name: input.labels.expected,
        data: input.points.map((p) => p.expected),
        symbol: 'none',
        lineStyle: { width: 1.5, type: 'dashed', color: ink.axis },
        itemStyle: { color: ink.axis },
      },
      {
        type: 'line',
        name: input.labels.floor,
        data: input.points.map((p) => p.floor),
        symbol: 'none',
        lineStyle: { width: 1, type: 'dotted', color: PALETTE[1] },
        itemStyle: { color: PALETTE[1] },
      },
      {
        type: 'line',
        name: input.labels.reported,
        data: input.points.map((p) => p.reported),
        connectNulls: true,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 2.5, color: PALETTE[0] },
        itemStyle: { color: PALETTE[0] },
      },
    ],
  };
}

/** The series as displayed: month, expected, at-risk line, reported (%). */
export function progressTable(input: ProgressChartInput, month: string): ChartTable {
  return {
    header: [month, input.labels.expected, input.labels.floor, input.labels.reported],
    rows: input.points.map((p) => [p.month, p.expected, p.floor, p.reported]),
  };
}
