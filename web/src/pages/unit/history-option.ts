// A unit's score and rank over the periods in one chart: the score on the left axis, the rank on
// the right axis with rank 1 at the top.

import { baseOption, inkOf, PALETTE } from '@gapscope/charts/theme.ts';
import { MISSING, formatNumber } from '@gapscope/core/text/format.ts';
import type { ChartOpts, ChartTable, EChartsOption } from '@gapscope/charts/types.ts';

export interface HistoryInput {
  periods: readonly string[];
  score: readonly (number | null)[];
  rank: readonly (number | null)[];
  /** The number of ranked units (the rank axis's bottom). */
  of: number;
  labels: { score: string; rank: string; period: string };
}

/** Two lines over the periods: score (solid, left axis 0–100) and rank (dashed, right axis, inverted). */
export function buildHistoryOption(input: HistoryInput, opts: ChartOpts): EChartsOption {
  const ink = inkOf(opts);
  const axis = {
    axisLine: { lineStyle: { color: ink.axis } },
    axisLabel: { color: ink.muted },
    nameTextStyle: { color: ink.muted },
  };
  const clean = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : v);
  return {
    ...baseOption(opts),
    grid: { left: 48, right: 48, top: 40, bottom: 28 },
    legend: { top: 0, textStyle: { color: ink.text } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) =>
        typeof v === 'number'
          ? formatNumber(v, opts.lang, { digits: Number.isInteger(v) ? 0 : 1 })
          : MISSING,
    },
    xAxis: { type: 'category', data: [...input.periods], boundaryGap: false, ...axis },
    yAxis: [
      {
        type: 'value',
        name: input.labels.score,
        min: 0,
        max: 100,
        splitLine: { lineStyle: { color: ink.grid } },
        ...axis,
      },
      {
        type: 'value',
        name: input.labels.rank,
        min: 1,
        max: Math.max(1, input.of),
        inverse: true,
        // The axis runs downwards: its name goes at its start, the top.
        nameLocation: 'start',
        splitLine: { show: false },
        ...axis,
      },
    ],
    series: [
      {
        type: 'line',
        name: input.labels.score,
        yAxisIndex: 0,
        data: input.score.map(clean),
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { width: 2.5, color: PALETTE[0] },
        itemStyle: { color: PALETTE[0] },
      },
      {
        type: 'line',
        name: input.labels.rank,
        yAxisIndex: 1,
        data: input.rank.map(clean),
        symbol: 'diamond',
        symbolSize: 7,
        lineStyle: { width: 1.5, type: 'dashed', color: PALETTE[1] },
        itemStyle: { color: PALETTE[1] },
      },
    ],
  };
}

/** The history as displayed: period, score, rank. */
export function historyTable(input: HistoryInput): ChartTable {
  return {
    header: [input.labels.period, input.labels.score, input.labels.rank],
    rows: input.periods.map((p, k) => [p, input.score[k] ?? null, input.rank[k] ?? null]),
  };
}
