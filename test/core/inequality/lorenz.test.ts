import { describe, expect, it } from 'vitest';
import { lorenzAt, lorenzCurve } from '../../../src/core/inequality/lorenz.ts';
import { palma, s80s20, shareRatio } from '../../../src/core/inequality/share-ratios.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);
const oneToTen = Float64Array.from({ length: 10 }, (_, i) => 10 - i);

describe('lorenzCurve', () => {
  it('runs from (0, 0) to (1, 1) through the cumulative shares, poorest first', () => {
    // x = (4, 1, 2), p = (1, 1, 2) sorted: (1, p 1), (2, p 2), (4, p 1); P = 4, S = 9.
    // Points: (0, 0), (1/4, 1/9), (3/4, 5/9), (1, 1).
    const c = lorenzCurve(col(4, 1, 2), col(1, 1, 2));
    expectAllClose(c.population, [0, 0.25, 0.75, 1], 1e-15);
    expectAllClose(c.income, [0, 1 / 9, 5 / 9, 1], 1e-15);
  });

  it('interpolates linearly between points', () => {
    const c = lorenzCurve(col(4, 1, 2), col(1, 1, 2));
    // L(0.5) = 1/9 + (0.5 − 0.25)/(0.75 − 0.25) · (5/9 − 1/9) = 1/9 + 2/9 = 1/3.
    expectClose(lorenzAt(c, 0.5), 1 / 3, 1e-15);
    expect(lorenzAt(c, 0)).toBe(0);
    expect(lorenzAt(c, 1)).toBe(1);
    expect(() => lorenzAt(c, 1.2)).toThrow(/between 0 and 1/);
  });
});

describe('S80/S20 and Palma', () => {
  it('are 19/3 and 1 for 1 … 10 (the Lorenz method)', () => {
    // L(0.2) = (1 + 2)/55 = 3/55, 1 − L(0.8) = (9 + 10)/55 = 19/55: S80/S20 = 19/3.
    // 1 − L(0.9) = 10/55 and L(0.4) = (1 + 2 + 3 + 4)/55 = 10/55: Palma = 1.
    const c = lorenzCurve(oneToTen);
    expectClose(s80s20(c), 19 / 3, 1e-14);
    expectClose(palma(c), 1, 1e-14);
    expectClose(shareRatio(c, 0.5, 0.5), 40 / 15, 1e-14);
  });

  it('are the population shares’ ratios when everyone has the same: 1 and 0.1/0.4', () => {
    const c = lorenzCurve(col(3, 3, 3, 3, 3), col(1, 2, 3, 4, 5));
    expectClose(s80s20(c), 1, 1e-14);
    expectClose(palma(c), 0.25, 1e-14);
  });

  it('interpolate inside a heavy record', () => {
    // One record of weight 4 at 1 and one of weight 1 at 6: points (0, 0), (0.8, 0.4), (1, 1).
    // L(0.2) = 0.1, 1 − L(0.8) = 0.6: S80/S20 = 6.
    expectClose(s80s20(lorenzCurve(col(1, 6), col(4, 1))), 6, 1e-14);
  });
});
