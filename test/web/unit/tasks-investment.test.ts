import { describe, expect, it } from 'vitest';
import {
  buildInvestmentOption,
  investmentByList,
  investmentTable,
  type InvestmentChartInput,
} from '../../../web/src/pages/tasks/investment-option.ts';
import { compactCny } from '../../../web/src/pages/tasks/words.ts';
import { listName } from '../../../src/i18n/work.ts';
import { renderSvg } from '../../charts/render.ts';
import { makeReport, makeWorkItem } from './work-factories.ts';

// Planned and completed investment in 10,000 CNY (万元); the newest report's figure counts.
const items = [
  makeWorkItem({
    id: 'KP-1',
    investment: { planned: 17_000_000, completed: 0 },
    reports: [
      makeReport('KP-1', '2025-05', { value: 40, investment: 6_000_000 }),
      makeReport('KP-1', '2025-06', { value: 50, investment: 8_500_000 }),
    ],
  }),
  makeWorkItem({ id: 'KP-2', investment: { planned: 3_000_000, completed: 3_300_000 } }),
  makeWorkItem({ id: 'KP-3', investment: null }),
  makeWorkItem({
    id: 'MR-1',
    list: 'major-reform',
    investment: { planned: 1_000_000, completed: 1_200_000 },
  }),
  makeWorkItem({ id: 'MR-2', list: 'major-reform', investment: { planned: null, completed: 5 } }),
];

const input = (lang: 'zh-CN' | 'en'): InvestmentChartInput => ({
  rows: investmentByList(items),
  listName: (l) => listName(lang, l),
  labels:
    lang === 'en'
      ? { planned: 'Planned (100 million CNY)', completed: 'Completed (100 million CNY)' }
      : { planned: '计划投资（亿元）', completed: '完成投资（亿元）' },
});

describe('investment against plan by list', () => {
  it('sums the items with a planned investment, by list in list order', () => {
    expect(investmentByList(items)).toEqual([
      { list: 'major-reform', items: 1, planned: 1_000_000, completed: 1_200_000, share: 120 },
      {
        list: 'key-project',
        items: 2,
        planned: 20_000_000,
        completed: 11_800_000,
        share: 59,
      },
    ]);
    expect(investmentByList([])).toEqual([]);
  });

  it('draws plan and completion in 亿元, the rate after the longer bar', () => {
    const o = buildInvestmentOption(input('zh-CN'), { lang: 'zh-CN' }) as {
      yAxis: { data: string[] };
      series: { data: { value: number; label: { show: boolean } }[] }[];
    };
    // The first list sits at the top: drawn last.
    expect(o.yAxis.data).toEqual(['重点项目', '重大改革']);
    expect(o.series[0]!.data.map((d) => d.value)).toEqual([2000, 100]);
    expect(o.series[1]!.data.map((d) => d.value)).toEqual([1180, 120]);
    expect(o.series[0]!.data.map((d) => d.label.show)).toEqual([true, false]);
    expect(o.series[1]!.data.map((d) => d.label.show)).toEqual([false, true]);
  });

  it('tabulates in 万元 with the rate to one decimal', () => {
    expect(
      investmentTable(input('en'), {
        list: 'List',
        items: 'Items',
        planned: 'Planned',
        completed: 'Completed',
        share: 'Completion (%)',
      }).rows,
    ).toEqual([
      ['Major reforms', 1, 1_000_000, 1_200_000, 120],
      ['Key projects', 2, 20_000_000, 11_800_000, 59],
    ]);
  });

  it('matches its SVG snapshot', async () => {
    await expect(
      renderSvg(buildInvestmentOption(input('zh-CN'), { lang: 'zh-CN' }), {
        lang: 'zh-CN',
        width: 480,
        height: 160,
      }),
    ).toMatchFileSnapshot('__snapshots__/tasks-investment.zh-CN.svg');
  });

  it('writes an amount as the language shortens it', () => {
    expect(compactCny(270_000, 'zh-CN')).toBe('27亿');
    expect(compactCny(270_000, 'en')).toBe('2.7B');
    expect(compactCny(500, 'zh-CN')).toBe('500万');
    expect(compactCny(null, 'en')).toBeNull();
  });
});
