import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, williamson } from '../../../src/core/inequality/cv.ts';
import { maxMinRatio } from '../../../src/core/inequality/max-min.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

describe('coefficientOfVariation', () => {
  it('is the sample standard deviation over the mean', () => {
    // x = (2, 4, 6): mean 4, sample sd √((4 + 0 + 4)/2) = 2, CV = 0.5.
    expectClose(coefficientOfVariation(col(2, 4, 6)), 0.5, 1e-15);
    expect(coefficientOfVariation(col(3))).toBeNaN();
    expect(coefficientOfVariation(col(3, 3))).toBe(0);
    expect(() => coefficientOfVariation(col(0, 0))).toThrow(/positive mean/);
  });
});

describe('williamson', () => {
  it('weighs by population', () => {
    // x = (2, 4, 6), p = (1, 2, 1): μ = 16/4 = 4, variance (4 + 0 + 4)/4 = 2, CV_w = √2/4.
    expectClose(williamson(col(2, 4, 6), col(1, 2, 1)), Math.SQRT2 / 4, 1e-15);
    // Unweighted: the population standard deviation √(8/3) over 4.
    expectClose(williamson(col(2, 4, 6)), Math.sqrt(8 / 3) / 4, 1e-15);
    // A weight of 2 is two copies.
    expectClose(williamson(col(2, 4, 6), col(1, 2, 1)), williamson(col(2, 4, 4, 6)), 1e-15);
  });
});

describe('maxMinRatio', () => {
  it('is the highest value over the lowest, which must be > 0', () => {
    expect(maxMinRatio(col(2, 8, 4))).toBe(4);
    expect(() => maxMinRatio(col(2, 0))).toThrow(
      /record 2: the value is 0; the max\/min ratio needs finite values > 0/,
    );
  });
});
