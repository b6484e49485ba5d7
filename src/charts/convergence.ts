// β-convergence as a scatter: each unit's log starting level against its annual growth, with the
// fitted line g = a + b ln x₀ (negative b: laggards grow faster).

import { formatNumber, formatPercent } from '../core/text/format.ts';
import { baseOption, inkOf, PALETTE } from './theme.ts';
import { chartText } from './text.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';

/** A unit's level at the start and at the end (both > 0). */
export interface ConvergencePoint {
  code: string;
  name: string;
  start: number;
  end: number;
}

/** The regression of core/inequality/convergence.ts (betaConvergence). */
export interface ConvergenceFit {
  a: number;
  b: number;
  se: number;
  r2: number | null;
  n: number;
  speed: number | null;
  halfLife: number | null;
}

export interface ConvergenceInput {
  /** The series' name (e.g. rural per-capita disposable income). */
  name: string;
  from: string;
  to: string;
  /** T: years between the two periods. */
  years: number;
  points: readonly ConvergencePoint[];
  fit: ConvergenceFit | null;
  /** Units drawn in a second colour under this name (e.g. the mountain and island counties). */
  group?: { name: string; codes: ReadonlySet<string> } | null;
}

/** ln x₀ and g = ln(x_T / x₀) / T of a point (METHODS.md § Inequality and convergence). */
export function convergenceXY(p: ConvergencePoint, years: number): [number, number] {
  return [Math.log(p.start), Math.log(p.end / p.start) / years];
}

/** The scatter (units in or out of the group), the fitted line across the data, β in the subtitle. */
export function buildConvergenceOption(input: ConvergenceInput, opts: ChartOpts): EChartsOption {
  const w = chartText(opts.lang);
  const ink = inkOf(opts);
  const usable = input.points.filter((p) => p.start > 0 && p.end > 0);
  const group = input.group ?? null;
  const datum = (p: ConvergencePoint) => ({ name: p.name, value: convergenceXY(p, input.years) });
  const inGroup = group ? usable.filter((p) => group.codes.has(p.code)) : [];
  const rest = group ? usable.filter((p) => !group.codes.has(p.code)) : usable;
  const xs = usable.map((p) => Math.log(p.start));
  const fit = input.fit;
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const f = (n: number | null, d: number): string => formatNumber(n, opts.lang, { digits: d });
  const subtext = fit
    ? w('beta', {
        b: f(fit.b, 4),
        se: f(fit.se, 4),
        r2: f(fit.r2, 3),
        n: fit.n,
        speed:
          fit.speed !== null && fit.halfLife !== null && fit.speed > 0
            ? w('speed', {
                speed: formatPercent(fit.speed, opts.lang, { digits: 2 }),
                halfLife: f(fit.halfLife, 1),
              })
            : w('noConvergence'),
      })
    : '';
  return {
    ...baseOption(opts),
    title: {
      text: '',
      subtext,
      left: 'center',
      top: 0,
      subtextStyle: { color: ink.muted, fontSize: 12 },
    },
    grid: { left: 64, right: 24, top: 84, bottom: 44 },
    legend: { top: 28, textStyle: { color: ink.text } },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const d = p as { name: string; seriesType: string; value: [number, number] };
        if (d.seriesType !== 'scatter') return w('fitted');
        return `<b>${d.name}</b><br/>ln x₀ = ${f(d.value[0], 3)}<br/>g = ${formatPercent(d.value[1], opts.lang, { digits: 2 })}`;
      },
    },
    xAxis: {
      type: 'value',
      scale: true,
      name: w('lnStart', { name: input.name, from: input.from }),
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { color: ink.muted },
      axisLabel: { color: ink.muted },
      axisLine: { lineStyle: { color: ink.axis } },
      splitLine: { lineStyle: { color: ink.grid } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      name: w('growth', { from: input.from, to: input.to }),
      nameTextStyle: { color: ink.muted, align: 'left' },
      axisLabel: {
        color: ink.muted,
        formatter: (v: number) => formatPercent(v, opts.lang, { digits: 1 }),
      },
      splitLine: { lineStyle: { color: ink.grid } },
    },
    series: [
      {
        type: 'scatter',
        name: group ? w('others') : input.name,
        symbolSize: 7,
        itemStyle: { color: PALETTE[0], opacity: 0.8 },
        data: rest.map(datum),
      },
      ...(group
        ? [
            {
              type: 'scatter' as const,
              name: group.name,
              symbol: 'diamond',
              symbolSize: 9,
              itemStyle: { color: PALETTE[1], opacity: 0.9 },
              data: inGroup.map(datum),
            },
          ]
        : []),
      ...(fit && usable.length
        ? [
            {
              type: 'line' as const,
              name: w('fitted'),
              symbol: 'none',
              silent: true,
              lineStyle: { color: PALETTE[3], width: 2 },
              itemStyle: { color: PALETTE[3] },
              data: [
                [x0, fit.a + fit.b * x0],
                [x1, fit.a + fit.b * x1],
              ],
            },
          ]
        : []),
    ],
  };
}

/** The points as displayed: unit, both levels, ln x₀ and the annual growth. */
export function convergenceTable(input: ConvergenceInput, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  return {
    header: [w('code'), w('name'), input.from, input.to, 'ln x0', 'g'],
    rows: input.points
      .filter((p) => p.start > 0 && p.end > 0)
      .map((p) => {
        const [x, g] = convergenceXY(p, input.years);
        return [p.code, p.name, p.start, p.end, x, g];
      }),
  };
}
