import { describe, expect, it } from 'vitest';
import { buildTheilOption, theilTable } from '../../src/charts/theil.ts';
import { years } from './factories.ts';
import { renderSvg } from './render.ts';

const input = {
  periods: years(2019, 2025),
  between: [0.0112, 0.0108, 0.0101, 0.0097, 0.0093, 0.009, 0.0086],
  within: [0.0061, 0.006, 0.0058, 0.0057, null, 0.0055, 0.0054],
  grouping: '设区市',
};

describe('buildTheilOption', () => {
  it('stacks between under within, one bar each per period', () => {
    const o = buildTheilOption(input, { lang: 'zh-CN' }) as {
      series: { name: string; stack: string; data: (number | null)[] }[];
    };
    expect(o.series.map((s) => s.name)).toEqual(['设区市间', '设区市内']);
    expect(new Set(o.series.map((s) => s.stack)).size).toBe(1);
    expect(o.series.every((s) => s.data.length === 7)).toBe(true);
  });

  it('totals the parts in its table, none where a part is missing', () => {
    const t = theilTable(input, { lang: 'en' });
    expect(t.header).toEqual(['Period', 'Between 设区市', 'Within 设区市', 'Total']);
    expect(t.rows[0]![3]).toBeCloseTo(0.0173, 12);
    expect(t.rows[4]![3]).toBeNull();
  });

  it('matches its SVG snapshot', async () => {
    await expect(
      renderSvg(buildTheilOption(input, { lang: 'zh-CN' }), { lang: 'zh-CN' }),
    ).toMatchFileSnapshot('__snapshots__/theil.zh-CN.svg');
  });
});
