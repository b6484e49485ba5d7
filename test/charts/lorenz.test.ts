import { describe, expect, it } from 'vitest';
import { gini } from '../../src/core/inequality/gini.ts';
import { lorenzCurve } from '../../src/core/inequality/lorenz.ts';
import { buildLorenzOption, lorenzTable } from '../../src/charts/lorenz.ts';
import { makePanel } from './factories.ts';
import { renderSvg } from './render.ts';

const incomes = Float64Array.from(makePanel({ n: 30, seed: 3 }), (p) => p.start);
const curve = lorenzCurve(incomes);
const input = {
  curves: [
    {
      name: '农村居民收入',
      population: curve.population,
      income: curve.income,
      gini: gini(incomes),
    },
  ],
};

describe('buildLorenzOption', () => {
  it('draws the equality line and the curve from (0, 0) to (1, 1) below it', () => {
    const o = buildLorenzOption(input, { lang: 'zh-CN' }) as {
      series: { name: string; data: [number, number][] }[];
    };
    expect(o.series[0]!.data).toEqual([
      [0, 0],
      [1, 1],
    ]);
    const pts = o.series[1]!.data;
    expect(pts[0]).toEqual([0, 0]);
    expect(pts.at(-1)).toEqual([1, 1]);
    expect(pts.every(([p, i]) => i <= p + 1e-12)).toBe(true);
    expect(o.series[1]!.name).toMatch(/^农村居民收入（基尼系数 0\.\d{3}）$/);
  });

  it('refuses points whose coordinates do not pair up', () => {
    expect(() =>
      buildLorenzOption(
        { curves: [{ name: 'x', population: [0, 1], income: [0] }] },
        { lang: 'en' },
      ),
    ).toThrow(/2 population shares for 1 income shares/);
  });

  it('tabulates every point', () => {
    const t = lorenzTable(input, { lang: 'en' });
    expect(t.rows).toHaveLength(31);
    expect(t.rows.at(-1)).toEqual(['农村居民收入', 1, 1]);
  });

  it('matches its SVG snapshot', async () => {
    await expect(
      renderSvg(buildLorenzOption(input, { lang: 'en' }), { lang: 'en', width: 480, height: 440 }),
    ).toMatchFileSnapshot('__snapshots__/lorenz.en.svg');
  });
});
