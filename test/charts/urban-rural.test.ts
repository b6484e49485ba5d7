import { describe, expect, it } from 'vitest';
import { buildUrbanRuralOption, urbanRuralTable } from '../../src/charts/urban-rural.ts';
import { years } from './factories.ts';
import { renderSvg } from './render.ts';

const periods = years(2016, 2025);
const input = {
  periods,
  province: [2.066, 2.054, 2.036, 2.01, 1.96, 1.94, 1.9, 1.86, 1.829, 1.8],
  units: [
    {
      code: '330127',
      name: '淳安县',
      values: [2.2, 2.18, 2.15, 2.1, 2.05, 2.0, 1.98, 1.95, 1.92, null],
    },
    {
      code: '330102',
      name: '上城区',
      values: [1.6, 1.58, 1.57, 1.56, 1.55, 1.54, 1.52, 1.5, 1.49, 1.48],
    },
  ],
  target: 1.7,
};

describe('buildUrbanRuralOption', () => {
  it('puts the province first and thickest, the units after it, and the target line', () => {
    const o = buildUrbanRuralOption(input, { lang: 'zh-CN' }) as {
      series: {
        name: string;
        lineStyle: { width: number };
        markLine?: { data: { yAxis: number }[] };
      }[];
      yAxis: { name: string };
    };
    expect(o.series.map((s) => s.name)).toEqual(['全省', '淳安县', '上城区']);
    expect(o.series[0]!.lineStyle.width).toBe(3);
    expect(o.series[0]!.markLine!.data[0]!.yAxis).toBe(1.7);
    expect(o.yAxis.name).toContain('城镇 ÷ 农村');
  });

  it('downloads the ratios as displayed', () => {
    const t = urbanRuralTable(input, { lang: 'en' });
    expect(t.header).toEqual(['Period', 'Province', '淳安县', '上城区']);
    expect(t.rows[8]).toEqual(['2024', 1.829, 1.92, 1.49]);
  });

  it('matches its SVG snapshot', async () => {
    await expect(
      renderSvg(buildUrbanRuralOption(input, { lang: 'zh-CN' }), { lang: 'zh-CN' }),
    ).toMatchFileSnapshot('__snapshots__/urban-rural.zh-CN.svg');
  });
});
