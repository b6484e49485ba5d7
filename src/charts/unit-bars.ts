// Units side by side, sorted: horizontal bars (a list, first at the top) or columns (many units
// across a wide chart, names turned upright), with a reference line (e.g. the province).

import { formatNumber } from '../core/text/format.ts';
import { baseOption, inkOf, PALETTE } from './theme.ts';
import { chartText } from './text.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';

/** A value per unit; null = missing (listed last, without a bar). */
export interface UnitBarsInput {
  items: readonly { code: string; name: string; value: number | null }[];
  /** Largest first (default) or smallest first. */
  order?: 'desc' | 'asc';
  /** Bars across (default; ~18 px of height per unit) or columns (~14 px of width per unit). */
  layout?: 'bars' | 'columns';
  reference?: { value: number; label: string } | null;
  /** Units drawn in the second colour (e.g. the selected ones). */
  highlight?: ReadonlySet<string>;
  valueName?: string;
  digits?: number;
}

/** The items in display order: by value (ties by code), missing values last. */
export function sortedItems(input: UnitBarsInput): UnitBarsInput['items'][number][] {
  const sign = input.order === 'asc' ? 1 : -1;
  return [...input.items].sort((a, b) => {
    if (a.value === null || b.value === null)
      return a.value === b.value ? (a.code < b.code ? -1 : 1) : a.value === null ? 1 : -1;
    return sign * (a.value - b.value) || (a.code < b.code ? -1 : 1);
  });
}

/** Bars or columns in display order, the reference as a dashed line with its label. */
export function buildUnitBarsOption(input: UnitBarsInput, opts: ChartOpts): EChartsOption {
  const ink = inkOf(opts);
  const digits = input.digits ?? 2;
  const columns = input.layout === 'columns';
  // Bars are drawn bottom up, so the first item goes last to sit at the top.
  const items = columns ? sortedItems(input) : sortedItems(input).reverse();
  const ref = input.reference ?? null;
  const fmt = (v: unknown): string =>
    formatNumber(typeof v === 'number' ? v : null, opts.lang, { digits });
  const valueAxis = {
    type: 'value' as const,
    scale: true,
    name: input.valueName,
    nameTextStyle: { color: ink.muted, align: columns ? ('left' as const) : undefined },
    axisLabel: { color: ink.muted },
    splitLine: { lineStyle: { color: ink.grid } },
  };
  const categoryAxis = {
    type: 'category' as const,
    data: items.map((i) => i.name),
    axisLabel: columns
      ? { color: ink.text, interval: 0, fontSize: 10, rotate: 90 }
      : { color: ink.text, interval: 0, fontSize: 11 },
    axisTick: { show: false },
    axisLine: { lineStyle: { color: ink.axis } },
  };
  return {
    ...baseOption(opts),
    grid: {
      left: columns ? 48 : 8,
      right: columns ? 16 : 56,
      top: ref || columns ? 32 : 8,
      bottom: columns ? 8 : 24,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt },
    xAxis: columns ? categoryAxis : valueAxis,
    yAxis: columns ? valueAxis : categoryAxis,
    series: [
      {
        type: 'bar',
        name: input.valueName ?? '',
        barCategoryGap: '25%',
        data: items.map((i) => ({
          value: i.value,
          itemStyle: { color: input.highlight?.has(i.code) ? PALETTE[1] : PALETTE[0] },
        })),
        label: {
          show: !columns,
          position: 'right',
          fontSize: 10,
          color: ink.muted,
          formatter: (p: unknown) => fmt((p as { value: number | null }).value),
        },
        markLine: ref
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: PALETTE[3], type: 'dashed' },
              label: {
                position: columns ? ('insideEndTop' as const) : ('end' as const),
                formatter: ref.label,
                color: PALETTE[3],
              },
              data: [columns ? { yAxis: ref.value } : { xAxis: ref.value }],
            }
          : undefined,
      },
    ],
  };
}

/** The bars as displayed: code, name, value, in display order. */
export function unitBarsTable(input: UnitBarsInput, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  return {
    header: [w('code'), w('name'), input.valueName ?? w('value')],
    rows: sortedItems(input).map((i) => [i.code, i.name, i.value]),
  };
}
