// Investment completed against plan by list: the sums over the items with a planned investment
// (as the brief sums them, store/work/summary.ts), and a small bar chart of plan and completion
// in 100 million CNY (亿元) with the completion rate after the longer bar.

import { baseOption, inkOf, PALETTE } from '@gapscope/charts/theme.ts';
import { formatNumber } from '@gapscope/core/text/format.ts';
import type { ChartOpts, ChartTable, EChartsOption } from '@gapscope/charts/types.ts';
import { LISTS } from './board.ts';
import type { WorkItemView, WorkList } from './types.ts';

/** One list's planned and completed investment (10,000 CNY, 万元) over its items with a plan. */
export interface InvestmentRow {
  list: WorkList;
  items: number;
  planned: number;
  completed: number;
  /** completed / planned × 100; null when nothing is planned. */
  share: number | null;
}

/** The lists that have items with a planned investment, in list order. */
export function investmentByList(items: readonly WorkItemView[]): InvestmentRow[] {
  return LISTS.map((list) => {
    const mine = items.filter((v) => v.list === list && typeof v.investment?.planned === 'number');
    const planned = mine.reduce((s, v) => s + (v.investment?.planned ?? 0), 0);
    const completed = mine.reduce((s, v) => s + (v.completedInvestment ?? 0), 0);
    return {
      list,
      items: mine.length,
      planned,
      completed,
      share: planned > 0 ? (100 * completed) / planned : null,
    };
  }).filter((r) => r.items > 0);
}

export interface InvestmentChartInput {
  rows: readonly InvestmentRow[];
  /** A list's name in the chart's language. */
  listName: (list: WorkList) => string;
  /** The series' names, with the unit (100 million CNY, 亿元). */
  labels: { planned: string; completed: string };
}

/** 万元 → 亿元. */
const YI = 1e4;

/** Two bars per list, one over the other (plan, completed; first list at the top), and the rate. */
export function buildInvestmentOption(input: InvestmentChartInput, opts: ChartOpts): EChartsOption {
  const ink = inkOf(opts);
  // Bars are drawn bottom up, so the first list goes last to sit at the top.
  const rows = [...input.rows].reverse();
  const fmt = (v: unknown): string =>
    formatNumber(typeof v === 'number' ? v : null, opts.lang, { digits: 1 });
  // The completion rate goes after the longer of the two bars, where nothing covers it.
  const ahead = (r: InvestmentRow): boolean => r.completed > r.planned;
  const rate = (p: unknown): string => {
    const r = rows[(p as { dataIndex: number }).dataIndex];
    return r?.share == null ? '' : `${formatNumber(r.share, opts.lang, { digits: 1 })}%`;
  };
  return {
    ...baseOption(opts),
    grid: {
      left: 8,
      right: 56,
      top: 28,
      bottom: 20,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    legend: { top: 0, left: 0, textStyle: { color: ink.text, fontSize: 11 }, itemHeight: 10 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt },
    xAxis: {
      type: 'value',
      axisLabel: { color: ink.muted, fontSize: 10 },
      splitLine: { lineStyle: { color: ink.grid } },
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => input.listName(r.list)),
      axisLabel: { color: ink.text, fontSize: 11 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: ink.axis } },
    },
    series: [
      {
        type: 'bar',
        name: input.labels.planned,
        data: rows.map((r) => ({ value: r.planned / YI, label: { show: !ahead(r) } })),
        itemStyle: { color: '#c9cdd4' },
        barGap: '-100%',
        barWidth: '55%',
        label: { position: 'right', fontSize: 10, color: ink.text, formatter: rate },
      },
      {
        type: 'bar',
        name: input.labels.completed,
        data: rows.map((r) => ({ value: r.completed / YI, label: { show: ahead(r) } })),
        itemStyle: { color: PALETTE[0] },
        barWidth: '55%',
        label: { position: 'right', fontSize: 10, color: ink.text, formatter: rate },
      },
    ],
  };
}

/** The rows as displayed: list, items, plan and completion (万元), completion rate (%). */
export function investmentTable(
  input: InvestmentChartInput,
  header: { list: string; items: string; planned: string; completed: string; share: string },
): ChartTable {
  return {
    header: [header.list, header.items, header.planned, header.completed, header.share],
    rows: input.rows.map((r) => [
      input.listName(r.list),
      r.items,
      r.planned,
      r.completed,
      r.share === null ? null : Math.round(r.share * 10) / 10,
    ]),
  };
}
