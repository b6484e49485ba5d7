import { describe, expect, it } from 'vitest';
import {
  buildDistributionOption,
  distributionStats,
  distributionTable,
} from '../../src/charts/distribution.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { makeScores } from './factories.ts';
import { renderSvg } from './render.ts';

describe('distributionStats', () => {
  it('counts every present score once and puts the quartiles where R type 7 does', () => {
    const s = distributionStats({ scores: [10, 20, 30, 40, null, 100], binWidth: 10 });
    expect(s.n).toBe(5);
    expect(s.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(s.counts.at(-1)).toBe(1); // 100 falls in the last, closed bin
    expectClose(s.p25, 20, 1e-12);
    expectClose(s.median, 30, 1e-12);
    expectClose(s.p75, 40, 1e-12);
    expect(s.edges[0]).toBe(0);
    expect(s.edges.at(-1)).toBe(100);
  });

  it('widens the scale to take in scores outside it', () => {
    const s = distributionStats({ scores: [-3, 104], binWidth: 5 });
    expect(s.edges[0]).toBe(-5);
    expect(s.edges.at(-1)).toBe(105);
  });
});

describe('buildDistributionOption', () => {
  const scores = makeScores({ n: 90, seed: 7, gapEvery: 30 });

  it('has the histogram, the box and three quartile lines', () => {
    const o = buildDistributionOption({ scores }, { lang: 'zh-CN' }) as {
      series: { type: string; data: unknown[]; markLine?: { data: unknown[] } }[];
    };
    expect(o.series.map((x) => x.type)).toEqual(['boxplot', 'bar']);
    expect(o.series[0]!.data).toHaveLength(1);
    expect(o.series[1]!.markLine!.data).toHaveLength(3);
    const t = distributionTable({ scores }, { lang: 'zh-CN' });
    expect(t.rows.slice(0, 20).reduce((a, r) => a + (r[1] as number), 0)).toBe(87);
  });

  it('matches its SVG snapshots, with a unit marked', async () => {
    for (const lang of ['zh-CN', 'en'] as const)
      await expect(
        renderSvg(
          buildDistributionOption({ scores, mark: { value: 71.3, label: '淳安县' } }, { lang }),
          { lang },
        ),
      ).toMatchFileSnapshot(`__snapshots__/distribution.${lang}.svg`);
  });
});
