// A forecast fan: the observed values as a line, the forecast's mean dashed from the last observed
// year to the target year, its 80 % and 95 % prediction intervals as bands, and the target at its
// year (METHODS.md § Progress towards targets and forecasts).

import { formatNumber, type NumberOptions } from '../core/text/format.ts';
import { baseOption, inkOf, PALETTE } from './theme.ts';
import { chartText } from './text.ts';
import { extentWith } from './trend.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';
import type { ForecastStep } from '../core/forecast/forecast.ts';

/** One year of a forecast: its mean and the bounds of its 80 % and 95 % intervals (null: none). */
export type FanStep = ForecastStep;

/** The names of the fan's parts, in the page's language (legend, tooltip and table header). */
export interface FanLabels {
  observed: string;
  forecast: string;
  band80: string;
  band95: string;
  lo80: string;
  hi80: string;
  lo95: string;
  hi95: string;
}

/** A unit's series and its forecast to the target year. */
export interface FanInput {
  /** The year of values[0]; one value a year after it (null = missing). */
  firstYear: number;
  values: readonly (number | null)[];
  /** The forecast from `origin` (the last observed year), one step a year after it; null: none. */
  forecast: { origin: number; path: readonly FanStep[] } | null;
  /** The target and its year; null: the indicator has none. */
  target: { year: number; value: number } | null;
  labels: FanLabels;
  /** The y axis's name (with its unit of measure). */
  yName?: string;
  /** How values are written (default four significant digits, as the dashboard writes raw values). */
  format?: NumberOptions;
}

/** The band's colour: the observed line's blue, see-through. */
const BAND = { 80: 'rgba(0, 114, 178, 0.32)', 95: 'rgba(0, 114, 178, 0.14)' } as const;
const TARGET_COLOUR = PALETTE[3];

type Cells = (number | null)[];

/** Every year the fan covers: the data's, the forecast's and the target's. */
function yearsOf(input: FanInput): number[] {
  const last = Math.max(
    input.firstYear + input.values.length - 1,
    input.forecast?.path.at(-1)?.year ?? -Infinity,
    input.target?.year ?? -Infinity,
  );
  return Array.from({ length: last - input.firstYear + 1 }, (_, k) => input.firstYear + k);
}

const finite = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

/** The fan's columns by year: observed, the forecast's mean and bounds (its steps only). */
function columnsOf(input: FanInput, years: readonly number[]) {
  const step = new Map((input.forecast?.path ?? []).map((s) => [s.year, s]));
  const col = (f: (s: FanStep) => number | null): Cells =>
    years.map((y) => {
      const s = step.get(y);
      return s ? finite(f(s)) : null;
    });
  return {
    observed: years.map((y) => finite(input.values[y - input.firstYear])),
    mean: col((s) => s.mean),
    lo80: col((s) => s.lo80),
    hi80: col((s) => s.hi80),
    lo95: col((s) => s.lo95),
    hi95: col((s) => s.hi95),
  };
}

/**
 * The fan's option: x the years from the first of the data to the target's (or the forecast's
 * last), the observed line, the dashed mean and the bands starting at the last observed point, and
 * the target as a diamond at its year with a dashed line at its value. The y axis keeps the target
 * in view.
 */
export function buildFanOption(input: FanInput, opts: ChartOpts): EChartsOption {
  const w = chartText(opts.lang);
  const ink = inkOf(opts);
  const fmt = (v: number | null): string =>
    v === null ? w('missing') : formatNumber(v, opts.lang, input.format ?? { significant: 4 });
  const years = yearsOf(input);
  const c = columnsOf(input, years);
  const L = input.labels;
  // The forecast starts at the last observed point: the mean and the bands join the line there.
  const o = input.forecast ? years.indexOf(input.forecast.origin) : -1;
  const start = o >= 0 ? c.observed[o]! : null;
  const joined = (xs: Cells): Cells => xs.map((v, i) => (i === o ? start : v));
  const width = (lo: Cells, hi: Cells): Cells =>
    lo.map((l, i) =>
      i === o && start !== null ? 0 : l === null || hi[i] === null ? null : hi[i]! - l,
    );
  const band = (level: 80 | 95, lo: Cells, hi: Cells) => {
    const stack = `band${level}`;
    const hidden = { lineStyle: { opacity: 0 }, symbol: 'none', silent: true };
    return [
      // The band's lower edge, drawn as nothing: the band is stacked on it.
      {
        type: 'line' as const,
        name: `${stack}-base`,
        stack,
        stackStrategy: 'all' as const,
        data: joined(lo),
        ...hidden,
      },
      {
        type: 'line' as const,
        name: level === 80 ? L.band80 : L.band95,
        stack,
        stackStrategy: 'all' as const,
        data: width(lo, hi),
        ...hidden,
        itemStyle: { color: BAND[level] },
        areaStyle: { color: BAND[level] },
      },
    ];
  };
  const target = input.target;
  // The target's label on the side away from the forecast in its year (or the last value), so
  // that the dashed line does not run through it.
  const near = target
    ? (c.mean[years.indexOf(target.year)] ?? c.observed.findLast((v) => v !== null) ?? null)
    : null;
  const labelAt: 'top' | 'bottom' =
    target && near !== null && target.value < near ? 'bottom' : 'top';
  const all = [...c.observed, ...c.mean, ...c.lo95, ...c.hi95, ...c.lo80, ...c.hi80];
  const extent = target
    ? extentWith({ periods: [], series: [{ name: '', values: all }] }, target.value)
    : {};
  const tooltip = (params: unknown): string => {
    const i = (Array.isArray(params) ? (params[0] as { dataIndex: number }) : null)?.dataIndex;
    if (i === undefined) return '';
    const range = (lo: number | null, hi: number | null): string =>
      lo === null || hi === null ? w('missing') : `${fmt(lo)} – ${fmt(hi)}`;
    const lines = [`<strong>${years[i]}</strong>`];
    if (c.observed[i] !== null) lines.push(`${L.observed}: ${fmt(c.observed[i]!)}`);
    if (c.mean[i] !== null) {
      lines.push(`${L.forecast}: ${fmt(c.mean[i]!)}`);
      lines.push(`${L.band80}: ${range(c.lo80[i]!, c.hi80[i]!)}`);
      lines.push(`${L.band95}: ${range(c.lo95[i]!, c.hi95[i]!)}`);
    }
    if (target && years[i] === target.year)
      lines.push(w('target.value', { value: fmt(target.value) }));
    return lines.join('<br/>');
  };
  const legend = [
    L.observed,
    ...(input.forecast ? [L.forecast, L.band80, L.band95] : []),
    ...(target ? [w('target')] : []),
  ];
  return {
    ...baseOption(opts),
    // On the right, room for the target's label centred on its year, the last.
    grid: { left: 56, right: 48, top: 32, bottom: 56 },
    legend: {
      bottom: 0,
      left: 8,
      right: 8,
      data: legend.map((name) => ({
        name,
        icon: name === L.band80 || name === L.band95 ? 'rect' : undefined,
      })),
      textStyle: { color: ink.text },
    },
    tooltip: { trigger: 'axis', formatter: tooltip },
    xAxis: {
      type: 'category',
      data: years.map(String),
      boundaryGap: false,
      axisLine: { lineStyle: { color: ink.axis } },
      axisLabel: { color: ink.muted },
    },
    yAxis: {
      type: 'value',
      name: input.yName,
      nameTextStyle: { color: ink.muted, align: 'left' },
      scale: true,
      ...extent,
      axisLabel: { color: ink.muted, formatter: (v: number) => fmt(v) },
      splitLine: { lineStyle: { color: ink.grid } },
    },
    series: [
      ...(input.forecast ? [...band(95, c.lo95, c.hi95), ...band(80, c.lo80, c.hi80)] : []),
      {
        type: 'line',
        name: L.observed,
        data: c.observed,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 6,
        z: 4,
        itemStyle: { color: PALETTE[0] },
        lineStyle: { width: 2, color: PALETTE[0] },
      },
      ...(input.forecast
        ? [
            {
              type: 'line' as const,
              name: L.forecast,
              data: joined(c.mean),
              symbol: 'circle',
              symbolSize: 4,
              z: 4,
              itemStyle: { color: PALETTE[0] },
              lineStyle: { width: 2, type: 'dashed' as const, color: PALETTE[0] },
            },
          ]
        : []),
      ...(target
        ? [
            {
              type: 'scatter' as const,
              name: w('target'),
              data: [[String(target.year), target.value]],
              symbol: 'diamond',
              symbolSize: 12,
              z: 5,
              itemStyle: { color: TARGET_COLOUR },
              label: {
                show: true,
                position: labelAt,
                color: TARGET_COLOUR,
                formatter: w('target.value', { value: fmt(target.value) }),
              },
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: TARGET_COLOUR, type: 'dashed' as const, opacity: 0.6 },
                label: { show: false },
                data: [{ yAxis: target.value }],
              },
            },
          ]
        : []),
    ],
  };
}

/**
 * The fan's data as displayed: a row per year with the observed value, the forecast's mean and
 * bounds (its years only) and the target (its year only; no column without a target).
 */
export function fanTable(input: FanInput, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  const L = input.labels;
  const years = yearsOf(input);
  const c = columnsOf(input, years);
  const target = input.target;
  return {
    header: [
      w('period'),
      L.observed,
      L.forecast,
      L.lo80,
      L.hi80,
      L.lo95,
      L.hi95,
      ...(target ? [w('target')] : []),
    ],
    rows: years.map((y, i) => [
      String(y),
      c.observed[i]!,
      c.mean[i]!,
      c.lo80[i]!,
      c.hi80[i]!,
      c.lo95[i]!,
      c.hi95[i]!,
      ...(target ? [y === target.year ? target.value : null] : []),
    ]),
  };
}
