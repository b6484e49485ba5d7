// The urban–rural ratio over time: the province in bold, selected units beside it, the target.

import { chartText } from './text.ts';
import { buildTrendOption, trendTable, type TrendInput } from './trend.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';

/** The ratio (urban ÷ rural, e.g. of per-capita disposable income) by period. */
export interface UrbanRuralInput {
  periods: readonly string[];
  province: readonly (number | null)[];
  /** Units to show beside the province, each with its ratio by period. */
  units?: readonly { code: string; name: string; values: readonly (number | null)[] }[];
  /** The target ratio (lower is better), when the framework has one. */
  target?: number | null;
}

function trendOf(input: UrbanRuralInput, opts: ChartOpts): TrendInput {
  const w = chartText(opts.lang);
  return {
    periods: input.periods,
    series: [
      { name: w('province'), values: input.province, emphasis: true },
      ...(input.units ?? []).map((u) => ({ name: u.name, values: u.values })),
    ],
    target: input.target === null || input.target === undefined ? null : { value: input.target },
    yName: w('ratio'),
    digits: 2,
  };
}

/** The line chart of the urban–rural ratio: the province first and thickest, then the units. */
export function buildUrbanRuralOption(input: UrbanRuralInput, opts: ChartOpts): EChartsOption {
  return buildTrendOption(trendOf(input, opts), opts);
}

/** The ratios as displayed: a row per period, the province then each unit. */
export function urbanRuralTable(input: UrbanRuralInput, opts: ChartOpts): ChartTable {
  return trendTable(trendOf(input, opts), opts);
}
