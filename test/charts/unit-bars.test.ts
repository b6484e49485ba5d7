import { describe, expect, it } from 'vitest';
import { buildUnitBarsOption, sortedItems, unitBarsTable } from '../../src/charts/unit-bars.ts';
import { renderSvg } from './render.ts';

const items = [
  { code: '330102', name: '上城区', value: 1.48 },
  { code: '330127', name: '淳安县', value: 1.92 },
  { code: '330122', name: '桐庐县', value: null },
  { code: '330110', name: '余杭区', value: 1.61 },
  { code: '330111', name: '富阳区', value: 1.61 },
];

describe('buildUnitBarsOption', () => {
  it('sorts by value (ties by code), missing last, and draws the first at the top', () => {
    expect(sortedItems({ items }).map((i) => i.code)).toEqual([
      '330127',
      '330110',
      '330111',
      '330102',
      '330122',
    ]);
    expect(sortedItems({ items, order: 'asc' })[0]!.code).toBe('330102');
    const o = buildUnitBarsOption(
      { items, reference: { value: 1.71, label: '全省 1.71' }, highlight: new Set(['330127']) },
      { lang: 'zh-CN' },
    ) as { yAxis: { data: string[] } };
    expect(o.yAxis.data.at(-1)).toBe('淳安县');
    expect(unitBarsTable({ items }, { lang: 'zh-CN' }).rows.map((r) => r[0])).toEqual([
      '330127',
      '330110',
      '330111',
      '330102',
      '330122',
    ]);
  });

  it('matches its SVG snapshot', async () => {
    const o = buildUnitBarsOption(
      { items, reference: { value: 1.71, label: '全省 1.71' }, highlight: new Set(['330127']) },
      { lang: 'zh-CN' },
    );
    await expect(renderSvg(o, { lang: 'zh-CN', height: 200 })).toMatchFileSnapshot(
      '__snapshots__/unit-bars.zh-CN.svg',
    );
  });
});

describe('buildUnitBarsOption as columns', () => {
  it('puts the first item on the left, names upright, the reference on the value axis', async () => {
    const o = buildUnitBarsOption(
      { items, layout: 'columns', reference: { value: 1.71, label: '全省 1.71' } },
      { lang: 'zh-CN' },
    ) as {
      xAxis: { data: string[]; axisLabel: { rotate: number } };
      series: { markLine: { data: { yAxis: number }[] } }[];
    };
    expect(o.xAxis.data[0]).toBe('淳安县');
    expect(o.xAxis.axisLabel.rotate).toBe(90);
    expect(o.series[0]!.markLine.data[0]!.yAxis).toBe(1.71);
    await expect(renderSvg(o, { lang: 'zh-CN', height: 260 })).toMatchFileSnapshot(
      '__snapshots__/unit-bars-columns.zh-CN.svg',
    );
  });
});
