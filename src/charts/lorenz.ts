// Lorenz curves: cumulative income share against cumulative population share, poorest first,
// with the line of equality; the Gini in each curve's name when known.

import { formatNumber, formatPercent } from '../core/text/format.ts';
import { baseOption, inkOf } from './theme.ts';
import { chartText } from './text.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';

/** A curve's points, both coordinates 0–1 and ascending, from (0, 0) to (1, 1). */
export interface LorenzSeries {
  name: string;
  population: ArrayLike<number>;
  income: ArrayLike<number>;
  gini?: number | null;
}

export interface LorenzInput {
  curves: readonly LorenzSeries[];
}

function nameOf(c: LorenzSeries, opts: ChartOpts): string {
  const w = chartText(opts.lang);
  return c.gini === null || c.gini === undefined || !Number.isFinite(c.gini)
    ? c.name
    : w('giniOf', { name: c.name, gini: formatNumber(c.gini, opts.lang, { digits: 3 }) });
}

/** The points of a curve as [population, income] pairs; throws when the arrays differ in length. */
export function lorenzPoints(c: LorenzSeries): [number, number][] {
  if (c.population.length !== c.income.length)
    throw new Error(
      `Lorenz curve "${c.name}": ${c.population.length} population shares for ${c.income.length} income shares`,
    );
  return Array.from({ length: c.population.length }, (_, k) => [c.population[k]!, c.income[k]!]);
}

/** Curves on a unit square (axes in %), the diagonal of equality dashed. */
export function buildLorenzOption(input: LorenzInput, opts: ChartOpts): EChartsOption {
  const w = chartText(opts.lang);
  const ink = inkOf(opts);
  const pct = (v: number): string => formatPercent(v, opts.lang, { digits: 0 });
  const axis = (name: string) => ({
    type: 'value' as const,
    min: 0,
    max: 1,
    interval: 0.2,
    name,
    nameLocation: 'middle' as const,
    nameGap: 34,
    nameTextStyle: { color: ink.muted },
    axisLabel: { color: ink.muted, formatter: pct },
    axisLine: { lineStyle: { color: ink.axis } },
    splitLine: { lineStyle: { color: ink.grid } },
  });
  return {
    ...baseOption(opts),
    grid: { left: 60, right: 24, top: 40, bottom: 48, containLabel: false },
    legend: { top: 0, textStyle: { color: ink.text } },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const d = p as { seriesName: string; value: [number, number] };
        return `${d.seriesName}<br/>${w('populationShare')}: ${formatPercent(d.value[0], opts.lang, { digits: 1 })}<br/>${w('incomeShare')}: ${formatPercent(d.value[1], opts.lang, { digits: 1 })}`;
      },
    },
    xAxis: axis(w('populationShare')),
    yAxis: { ...axis(w('incomeShare')), nameGap: 44 },
    series: [
      {
        type: 'line',
        name: w('equality'),
        data: [
          [0, 0],
          [1, 1],
        ],
        symbol: 'none',
        silent: true,
        lineStyle: { color: ink.axis, type: 'dashed', width: 1 },
        itemStyle: { color: ink.axis },
      },
      ...input.curves.map((c) => ({
        type: 'line' as const,
        name: nameOf(c, opts),
        data: lorenzPoints(c),
        symbol: 'circle',
        symbolSize: 3,
        showSymbol: c.population.length <= 30,
        lineStyle: { width: 2 },
        areaStyle: input.curves.length === 1 ? { opacity: 0.12 } : undefined,
      })),
    ],
  };
}

/** The curves' points as displayed: curve name, population share, income share. */
export function lorenzTable(input: LorenzInput, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  return {
    header: [w('name'), w('populationShare'), w('incomeShare')],
    rows: input.curves.flatMap((c) => lorenzPoints(c).map(([p, i]) => [c.name, p, i])),
  };
}
