// The distribution of index scores: a histogram with a box plot above it on the same scale, and
// lines at the quartiles (R type 7, as everywhere in gapscope).

import { fiveNumbers, type FiveNumbers } from '../core/stats/five-numbers.ts';
import { fill, formatNumber } from '../core/text/format.ts';
import { baseOption, inkOf, PALETTE } from './theme.ts';
import { chartText } from './text.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';

/** Scores on one scale (0–100 by default); null = no score, left out. */
export interface DistributionInput {
  scores: readonly (number | null)[];
  /** Width of a histogram bin on the score scale (default 5). */
  binWidth?: number;
  /** The scale's ends (default 0 and 100); bins cover [min, max], scores outside widen it. */
  min?: number;
  max?: number;
  /** A score to mark (e.g. the selected unit's), with its label. */
  mark?: { value: number; label: string } | null;
  digits?: number;
}

/** The five-number summary and the bins of a distribution. */
export interface DistributionStats extends FiveNumbers {
  /** Bin edges: bins[k] covers [edges[k], edges[k + 1]), the last one closed. */
  edges: number[];
  counts: number[];
}

/** The summary and histogram of the present scores (METHODS.md § Outputs: quantiles type 7). */
export function distributionStats(input: DistributionInput): DistributionStats {
  // The summary the overview's caption and the brief print too (core/stats/five-numbers.ts).
  const five = fiveNumbers(input.scores);
  const width = input.binWidth ?? 5;
  let lo = input.min ?? 0;
  let hi = input.max ?? 100;
  if (five.n) {
    lo = Math.min(lo, Math.floor(five.min / width) * width);
    hi = Math.max(hi, Math.ceil(five.max / width) * width);
  }
  const nBins = Math.max(1, Math.round((hi - lo) / width));
  const edges = Array.from({ length: nBins + 1 }, (_, k) => lo + k * width);
  const counts = new Array<number>(nBins).fill(0);
  for (const v of input.scores)
    if (v !== null && Number.isFinite(v))
      counts[Math.min(nBins - 1, Math.floor((v - lo) / width))]!++;
  return { ...five, edges, counts };
}

/** Histogram (bars on a value axis) under a horizontal box plot; dashed lines at the quartiles. */
export function buildDistributionOption(input: DistributionInput, opts: ChartOpts): EChartsOption {
  const w = chartText(opts.lang);
  const ink = inkOf(opts);
  const digits = input.digits ?? 1;
  const s = distributionStats(input);
  const fmt = (v: number): string => formatNumber(v, opts.lang, { digits });
  const lo = s.edges[0]!;
  const hi = s.edges[s.edges.length - 1]!;
  const xAxisBase = {
    type: 'value' as const,
    min: lo,
    max: hi,
    axisLine: { lineStyle: { color: ink.axis } },
    axisLabel: { color: ink.muted },
    splitLine: { show: false },
  };
  // Short labels over the lines (P25, P50, P75): full names would collide when quartiles are close.
  const quartiles: [string, number][] = [
    ['P25', s.p25],
    ['P50', s.median],
    ['P75', s.p75],
  ];
  const mark = input.mark ?? null;
  return {
    ...baseOption(opts),
    grid: [
      { left: 44, right: 20, top: 8, height: 36 },
      { left: 44, right: 20, top: 60, bottom: 48 },
    ],
    tooltip: { trigger: 'item', confine: true },
    xAxis: [
      { ...xAxisBase, gridIndex: 0, show: false },
      { ...xAxisBase, gridIndex: 1, name: w('score'), nameLocation: 'middle', nameGap: 28 },
    ],
    yAxis: [
      { type: 'category', gridIndex: 0, data: [''], show: false },
      {
        type: 'value',
        gridIndex: 1,
        name: w('units'),
        minInterval: 1,
        nameTextStyle: { color: ink.muted, align: 'left' },
        axisLabel: { color: ink.muted },
        splitLine: { lineStyle: { color: ink.grid } },
      },
    ],
    series: [
      {
        type: 'boxplot',
        name: w('score'),
        xAxisIndex: 0,
        yAxisIndex: 0,
        layout: 'horizontal',
        boxWidth: [12, 24],
        itemStyle: { color: '#ffffff00', borderColor: PALETTE[0], borderWidth: 1.5 },
        data: s.n ? [[s.min, s.p25, s.median, s.p75, s.max]] : [],
        tooltip: {
          formatter: () =>
            [
              [w('min'), s.min],
              [w('p25'), s.p25],
              [w('median'), s.median],
              [w('p75'), s.p75],
              [w('max'), s.max],
            ]
              .map(([k, v]) => `${k}: ${fmt(v as number)}`)
              .join('<br/>'),
        },
      },
      {
        type: 'bar',
        name: w('units'),
        xAxisIndex: 1,
        yAxisIndex: 1,
        barWidth: '96%',
        itemStyle: { color: PALETTE[5] },
        data: s.counts.map((c, k) => ({
          value: [(s.edges[k]! + s.edges[k + 1]!) / 2, c],
          name: `${fmt(s.edges[k]!)}–${fmt(s.edges[k + 1]!)}`,
        })),
        tooltip: {
          formatter: (p: unknown) => {
            const d = p as { name: string; value: [number, number] };
            return `${w('bin')} ${d.name}<br/>${w('units')}: ${d.value[1]}`;
          },
        },
        markLine: s.n
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: ink.muted, type: 'dashed' },
              label: { color: ink.muted, fontSize: 10, position: 'end' },
              data: [
                ...quartiles.map(([name, v]) => ({
                  xAxis: v,
                  label: { formatter: name },
                })),
                ...(mark
                  ? [
                      {
                        xAxis: mark.value,
                        lineStyle: { color: PALETTE[3], type: 'solid' as const, width: 2 },
                        label: {
                          formatter: mark.label,
                          color: PALETTE[3],
                          position: 'insideEndTop' as const,
                        },
                      },
                    ]
                  : []),
              ],
            }
          : undefined,
      },
    ],
  };
}

/** The histogram as displayed: one row per bin, then the quartiles. */
export function distributionTable(input: DistributionInput, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  const s = distributionStats(input);
  return {
    header: [w('bin'), w('units')],
    rows: [
      ...s.counts.map((c, k) => [fill('{lo}–{hi}', { lo: s.edges[k]!, hi: s.edges[k + 1]! }), c]),
      [w('min'), s.n ? s.min : null],
      [w('p25'), s.n ? s.p25 : null],
      [w('median'), s.n ? s.median : null],
      [w('p75'), s.n ? s.p75 : null],
      [w('max'), s.n ? s.max : null],
    ],
  };
}
