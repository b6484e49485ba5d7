// Theil T over periods as stacked bars: the part between groups (e.g. cities) under the part within.

import { MISSING, formatNumber, formatPercent } from '../core/text/format.ts';
import { baseOption, inkOf, PALETTE } from './theme.ts';
import { chartText } from './text.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';

/** Theil T split by a grouping, by period (METHODS.md § Inequality and convergence). */
export interface TheilInput {
  periods: readonly string[];
  between: readonly (number | null)[];
  within: readonly (number | null)[];
  /** What the groups are, in the plural ("cities"), for the series names. */
  grouping: string;
  digits?: number;
}

function namesOf(input: TheilInput, opts: ChartOpts): { between: string; within: string } {
  const w = chartText(opts.lang);
  return {
    between: w('between', { grouping: input.grouping }),
    within: w('within', { grouping: input.grouping }),
  };
}

const clean = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

/** Stacked bars per period, between at the bottom; the tooltip adds the total and the share between. */
export function buildTheilOption(input: TheilInput, opts: ChartOpts): EChartsOption {
  const w = chartText(opts.lang);
  const ink = inkOf(opts);
  const digits = input.digits ?? 4;
  const names = namesOf(input, opts);
  const fmt = (v: number | null): string => formatNumber(v, opts.lang, { digits });
  return {
    ...baseOption(opts),
    grid: { left: 64, right: 20, top: 44, bottom: 32 },
    legend: { top: 0, textStyle: { color: ink.text } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: unknown) => {
        const list = ps as { dataIndex: number; axisValue: string }[];
        const i = list[0]?.dataIndex ?? 0;
        const b = clean(input.between[i]);
        const wi = clean(input.within[i]);
        const total = b !== null && wi !== null ? b + wi : null;
        return [
          `<b>${input.periods[i]}</b>`,
          `${names.between}: ${fmt(b)}`,
          `${names.within}: ${fmt(wi)}`,
          `${w('total')}: ${fmt(total)}`,
          `${w('between.share')}: ${total ? formatPercent(b! / total, opts.lang, { digits: 1 }) : MISSING}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: [...input.periods],
      axisLine: { lineStyle: { color: ink.axis } },
      axisLabel: { color: ink.muted },
    },
    yAxis: {
      type: 'value',
      name: w('theil'),
      nameTextStyle: { color: ink.muted, align: 'left' },
      axisLabel: { color: ink.muted },
      splitLine: { lineStyle: { color: ink.grid } },
    },
    series: [
      {
        type: 'bar',
        name: names.between,
        stack: 'theil',
        barMaxWidth: 36,
        itemStyle: { color: PALETTE[0] },
        data: input.between.map(clean),
      },
      {
        type: 'bar',
        name: names.within,
        stack: 'theil',
        barMaxWidth: 36,
        itemStyle: { color: PALETTE[5] },
        data: input.within.map(clean),
      },
    ],
  };
}

/** The decomposition as displayed: period, between, within, total. */
export function theilTable(input: TheilInput, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  const names = namesOf(input, opts);
  return {
    header: [w('period'), names.between, names.within, w('total')],
    rows: input.periods.map((p, i) => {
      const b = clean(input.between[i]);
      const wi = clean(input.within[i]);
      return [p, b, wi, b !== null && wi !== null ? b + wi : null];
    }),
  };
}
