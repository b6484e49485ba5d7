import { describe, expect, it } from 'vitest';
import { incomeGroupShares } from '../../../src/core/inequality/income-shares.ts';
import { groupingFromLabels } from '../../../src/core/inequality/grouping.ts';
import { groupLevels } from '../../../src/core/inequality/relative-level.ts';
import { urbanRuralGap } from '../../../src/core/inequality/urban-rural.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

describe('incomeGroupShares', () => {
  it('classifies per-capita income × 3 against [100,000, 500,000) by default', () => {
    // × 3: 90,000 (low), 99,999 (low), 100,002 (middle), 499,998 (middle), 500,001 (high).
    const x = col(30000, 33333, 33334, 166666, 166667);
    const s = incomeGroupShares(x, col(1, 1, 2, 1, 1));
    expectClose(s.low, 2 / 6, 1e-15);
    expectClose(s.middle, 3 / 6, 1e-15);
    expectClose(s.high, 1 / 6, 1e-15);
  });

  it('takes other bounds and household sizes, and rejects bad ones', () => {
    // × 2: 20 (low), 40 (middle: the lower bound is in), 80 (high: the upper bound is out).
    const s = incomeGroupShares(col(10, 20, 40), null, { lower: 40, upper: 80, householdSize: 2 });
    expectClose(s.low, 1 / 3, 1e-15);
    expectClose(s.middle, 1 / 3, 1e-15);
    expectClose(s.high, 1 / 3, 1e-15);
    expect(() => incomeGroupShares(col(1), null, { lower: 5, upper: 5 })).toThrow(/lower < upper/);
    expect(() => incomeGroupShares(col(1, NaN))).toThrow(/record 2: the value is NaN/);
  });
});

describe('groupLevels', () => {
  it('gives each group’s size, mean, shares and level relative to the whole', () => {
    // x = (1, 3, 6), p = (1, 1, 2), groups a = {1, 3}, b = {6}: P = 4, S = 16, μ = 4.
    // a: n 2, μ 2, π .5, s 4/16, level 50; b: n 1, μ 6, π .5, s 12/16, level 150.
    const g = groupLevels(col(1, 3, 6), col(1, 1, 2), groupingFromLabels(['a', 'a', 'b']));
    expect(g).toEqual([
      { group: 'a', n: 2, mean: 2, populationShare: 0.5, incomeShare: 0.25, relativeLevel: 50 },
      { group: 'b', n: 1, mean: 6, populationShare: 0.5, incomeShare: 0.75, relativeLevel: 150 },
    ]);
  });
});

describe('urbanRuralGap', () => {
  it('is the ratio and the difference', () => {
    // Zhejiang, Jan–Sep 2025: 63,079 / 36,383 = 1.7337… (published: 1.73).
    const g = urbanRuralGap(63079, 36383);
    expectClose(g.ratio, 1.7337, 1e-4);
    expect(g.difference).toBe(26696);
    expect(() => urbanRuralGap(5, 0, 'unit 330102')).toThrow(
      /unit 330102: the urban–rural ratio needs .* a rural value > 0/,
    );
  });
});
