import { describe, expect, it } from 'vitest';
import { betaConvergence } from '../../src/core/inequality/convergence.ts';
import {
  buildConvergenceOption,
  convergenceTable,
  convergenceXY,
} from '../../src/charts/convergence.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { makePanel } from './factories.ts';
import { renderSvg } from './render.ts';

const points = makePanel({ n: 40, seed: 5 });
const fit = betaConvergence(
  Float64Array.from(points, (p) => p.start),
  Float64Array.from(points, (p) => p.end),
  5,
);
const input = {
  name: '农村居民人均可支配收入',
  from: '2020',
  to: '2025',
  years: 5,
  points,
  fit,
  group: { name: '山区海岛县', codes: new Set(['U01', 'U02', 'U03', 'U04', 'U05']) },
};

describe('buildConvergenceOption', () => {
  it('plots ln x₀ against the annual growth and draws the regression line through the fit', () => {
    expect(fit.b).toBeLessThan(0);
    const o = buildConvergenceOption(input, { lang: 'zh-CN' }) as {
      series: { type: string; data: ({ value: [number, number] } | [number, number])[] }[];
      title: { subtext: string };
    };
    expect(o.series.map((s) => s.type)).toEqual(['scatter', 'scatter', 'line']);
    expect(o.series[0]!.data.length + o.series[1]!.data.length).toBe(40);
    const [x, g] = convergenceXY(points[0]!, 5);
    expectClose(x, Math.log(points[0]!.start), 1e-12);
    expectClose(g, Math.log(points[0]!.end / points[0]!.start) / 5, 1e-12);
    const line = o.series[2]!.data as [number, number][];
    for (const [lx, ly] of line) expectClose(ly, fit.a + fit.b * lx, 1e-12);
    expect(o.title.subtext).toContain('β = ');
    expect(o.title.subtext).toContain('半衰期');
  });

  it('says when there is no convergence and draws no line without a fit', () => {
    const o = buildConvergenceOption(
      { ...input, group: null, fit: { ...fit, b: 0.01, speed: null, halfLife: null } },
      { lang: 'en' },
    ) as { title: { subtext: string } };
    expect(o.title.subtext).toContain('no β-convergence');
    const none = buildConvergenceOption({ ...input, fit: null }, { lang: 'en' }) as {
      series: unknown[];
    };
    expect(none.series).toHaveLength(2);
  });

  it('tabulates the points', () => {
    const t = convergenceTable(input, { lang: 'en' });
    expect(t.header).toEqual(['Code', 'Name', '2020', '2025', 'ln x0', 'g']);
    expect(t.rows).toHaveLength(40);
  });

  it('matches its SVG snapshot', async () => {
    await expect(
      renderSvg(buildConvergenceOption(input, { lang: 'zh-CN' }), { lang: 'zh-CN' }),
    ).toMatchFileSnapshot('__snapshots__/convergence.zh-CN.svg');
  });
});
