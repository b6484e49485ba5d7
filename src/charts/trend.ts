// A line over periods: one or more series (the province bold, units thin), an optional target.

import { formatNumber } from '../core/text/format.ts';
import { baseOption, inkOf } from './theme.ts';
import { chartText } from './text.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';

/** One line: its name and a value per period (null = missing, drawn as a gap). */
export interface TrendSeries {
  name: string;
  values: readonly (number | null)[];
  /** Drawn thicker, in front: the series the chart is about (e.g. the province). */
  emphasis?: boolean;
  dashed?: boolean;
}

/** A trend: periods on the x axis, series aligned with them. */
export interface TrendInput {
  periods: readonly string[];
  series: readonly TrendSeries[];
  /** A horizontal target line. */
  target?: { value: number; label?: string } | null;
  /** The y axis's name (with its unit of measure). */
  yName?: string;
  /** Decimals in labels and tooltips (default 2). */
  digits?: number;
  /** Start the y axis at zero (default: fit the data). */
  zero?: boolean;
}

/** A round step near `span`/5: 1, 2 or 5 times a power of ten. */
function niceStep(span: number): number {
  const raw = span / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/**
 * Round y-axis ends taking in the values and `v` when `v` lies outside the values' range (else
 * nothing: ECharts fits the data). From zero when the input says so.
 */
export function extentWith(input: TrendInput, v: number): { min?: number; max?: number } {
  const xs = input.series
    .flatMap((s) => s.values)
    .filter((x): x is number => x !== null && Number.isFinite(x));
  if (!xs.length) return {};
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  if (input.zero) lo = Math.min(lo, 0);
  if (v >= lo && v <= hi) return {};
  lo = Math.min(lo, v);
  hi = Math.max(hi, v);
  const step = niceStep(hi - lo || Math.abs(hi) || 1);
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step };
}

/** The line chart of a trend: x periods, y values, a legend when there are several series. */
export function buildTrendOption(input: TrendInput, opts: ChartOpts): EChartsOption {
  const w = chartText(opts.lang);
  const ink = inkOf(opts);
  const digits = input.digits ?? 2;
  const fmt = (v: unknown): string =>
    typeof v === 'number' ? formatNumber(v, opts.lang, { digits }) : w('missing');
  const several = input.series.length > 1;
  const target = input.target ?? null;
  return {
    ...baseOption(opts),
    grid: { left: 56, right: target ? 72 : 24, top: 32, bottom: several ? 56 : 32 },
    legend: several
      ? { type: 'scroll', bottom: 0, left: 8, right: 8, textStyle: { color: ink.text } }
      : undefined,
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    xAxis: {
      type: 'category',
      data: [...input.periods],
      boundaryGap: false,
      axisLine: { lineStyle: { color: ink.axis } },
      axisLabel: { color: ink.muted },
    },
    yAxis: {
      type: 'value',
      name: input.yName,
      nameTextStyle: { color: ink.muted, align: 'left' },
      scale: !input.zero,
      // The target stays in view even when every value is far from it.
      ...(target ? extentWith(input, target.value) : {}),
      axisLabel: { color: ink.muted },
      splitLine: { lineStyle: { color: ink.grid } },
    },
    series: input.series.map((s, k) => ({
      type: 'line' as const,
      name: s.name,
      data: s.values.map((v) => (v === null || !Number.isFinite(v) ? null : v)),
      connectNulls: false,
      symbol: 'circle',
      symbolSize: s.emphasis ? 6 : 4,
      showSymbol: input.periods.length <= 24,
      z: s.emphasis ? 3 : 2,
      lineStyle: { width: s.emphasis ? 3 : 1.5, type: s.dashed ? ('dashed' as const) : 'solid' },
      markLine:
        k === 0 && target
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: ink.muted, type: 'dashed' as const },
              label: {
                position: 'end' as const,
                color: ink.muted,
                formatter: target.label ?? w('target.value', { value: fmt(target.value) }),
              },
              data: [{ yAxis: target.value }],
            }
          : undefined,
    })),
  };
}

/** The trend's data as displayed: a row per period, a column per series. */
export function trendTable(input: TrendInput, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  return {
    header: [w('period'), ...input.series.map((s) => s.name)],
    rows: input.periods.map((p, i) => [p, ...input.series.map((s) => s.values[i] ?? null)]),
  };
}
