import { describe, expect, it } from 'vitest';
import { buildTrendOption, trendTable } from '../../src/charts/trend.ts';
import { makeSeries, years } from './factories.ts';
import { renderSvg } from './render.ts';

const periods = years(2016, 2025);
const input = {
  periods,
  series: [
    {
      name: '全省',
      values: makeSeries({ n: 10, start: 60, step: 1.2, noise: 0.4 }),
      emphasis: true,
    },
    {
      name: '淳安县',
      values: [...makeSeries({ n: 9, start: 52, step: 1.5, noise: 0.6, seed: 2 }), null],
    },
  ],
  target: { value: 72 },
  yName: '得分',
  digits: 1,
};

describe('buildTrendOption', () => {
  it('draws one line per series over the periods, the emphasised one thicker, the target once', () => {
    const o = buildTrendOption(input, { lang: 'zh-CN' }) as {
      xAxis: { data: string[] };
      series: { data: (number | null)[]; lineStyle: { width: number }; markLine?: unknown }[];
    };
    expect(o.xAxis.data).toEqual(periods);
    expect(o.series).toHaveLength(2);
    expect(o.series[0]!.lineStyle.width).toBeGreaterThan(o.series[1]!.lineStyle.width);
    expect(o.series[1]!.data.at(-1)).toBeNull();
    expect(o.series.filter((s) => s.markLine)).toHaveLength(1);
  });

  it('gives its data as displayed: a row per period, a column per series', () => {
    const t = trendTable(input, { lang: 'en' });
    expect(t.header).toEqual(['Period', '全省', '淳安县']);
    expect(t.rows).toHaveLength(10);
    expect(t.rows[9]).toEqual(['2025', input.series[0]!.values[9], null]);
  });

  it('matches its SVG snapshots', async () => {
    for (const lang of ['zh-CN', 'en'] as const)
      await expect(renderSvg(buildTrendOption(input, { lang }), { lang })).toMatchFileSnapshot(
        `__snapshots__/trend.${lang}.svg`,
      );
  });
});

describe('buildTrendOption with a target far from the values', () => {
  it('widens the y axis to keep the target in view', () => {
    const o = buildTrendOption(
      {
        periods: ['2024', '2025'],
        series: [{ name: 'x', values: [78, 79] }],
        target: { value: 100 },
      },
      { lang: 'en' },
    ) as { yAxis: { min: number; max: number } };
    expect([o.yAxis.min, o.yAxis.max]).toEqual([75, 100]);
    const inside = buildTrendOption(
      {
        periods: ['2024', '2025'],
        series: [{ name: 'x', values: [78, 101] }],
        target: { value: 100 },
      },
      { lang: 'en' },
    ) as { yAxis: { min?: number } };
    expect(inside.yAxis.min).toBeUndefined();
  });
});

describe('builders', () => {
  it('are deterministic: the same input gives the same option', () => {
    const input = { periods: ['2024', '2025'], series: [{ name: 'x', values: [1, 2] }] };
    expect(JSON.stringify(buildTrendOption(input, { lang: 'en' }))).toBe(
      JSON.stringify(buildTrendOption(input, { lang: 'en' })),
    );
  });
});
