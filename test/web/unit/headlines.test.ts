import { describe, expect, it } from 'vitest';
import {
  headlineFigures,
  headlineTrends,
  trendPeriods,
} from '../../../web/src/pages/overview/headlines.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { makeGapSummary } from './factories.ts';

describe('headlineFigures', () => {
  it('gives the three gaps: ratio and Gini (lower is better), group level and middle share (higher)', () => {
    const f = headlineFigures(makeGapSummary('2025', { ratio: [1.81, 1.83] }));
    expect(f.map((h) => [h.id, h.gap, h.direction])).toEqual([
      ['ratio', 'urbanRural', -1],
      ['gini', 'regional', -1],
      ['relative', 'regional', 1],
      ['middle', 'income', 1],
    ]);
    expect(f[0]!.value).toBe(1.81);
    expectClose(f[0]!.change!, -0.02, 1e-12);
    expect(f[2]!.group?.en).toBe('mountain and island counties');
    expect(f[1]!.n).toBe(90);
    expect(f[3]!.suffix).toBe('%');
  });

  it('leaves out the figures the summary lacks', () => {
    const f = headlineFigures(makeGapSummary('2025', { relative: null, middle: null }));
    expect(f.map((h) => h.id)).toEqual(['ratio', 'gini']);
  });
});

describe('headlineTrends', () => {
  it('lines up each figure over the periods, null where a summary lacks it', () => {
    const t = headlineTrends([
      makeGapSummary('2023', { ratio: [1.9, 1.95], middle: null }),
      makeGapSummary('2024', { ratio: [1.85, 1.9] }),
      makeGapSummary('2025', { ratio: [1.81, 1.85] }),
    ]);
    expect(t.periods).toEqual(['2023', '2024', '2025']);
    expect(t.values.ratio).toEqual([1.9, 1.85, 1.81]);
    expect(t.values.middle).toEqual([null, 79.2, 79.2]);
  });
});

describe('trendPeriods', () => {
  it('keeps the last n years and no quarters or months', () => {
    expect(trendPeriods(['2015', '2016', '2016Q3', '2017', '2017-09', '2018'], 2)).toEqual([
      '2017',
      '2018',
    ]);
  });
});
