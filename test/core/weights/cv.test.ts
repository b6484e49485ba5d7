import { describe, expect, it } from 'vitest';
import { cvWeights } from '../../../src/core/weights/cv.ts';
import { expectAllClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

describe('cvWeights', () => {
  it('weighs raw columns by s/|mean| as computed by hand', () => {
    // x1 = (1, 2, 3): mean 2, s = 1 → v1 = .5.
    // x2 = (10, 10, 40): mean 20, deviations (−10, −10, 20), Σd² = 600, s = √300 = 10√3,
    //   v2 = √3/2.
    // x3 = (−2, −4, −6): mean −4, s = 2 → v3 = 2/|−4| = .5.
    // Σv = 1 + √3/2; w1 = w3 = .5/(1 + √3/2) = 2 − √3 ≈ .267949, w2 = 2√3 − 3 ≈ .464102.
    const w = cvWeights([col(1, 2, 3), col(10, 10, 40), col(-2, -4, -6)]);
    expectAllClose(w, [2 - Math.sqrt(3), 2 * Math.sqrt(3) - 3, 2 - Math.sqrt(3)], 1e-12);
  });

  it('ignores missing values', () => {
    const w = cvWeights([col(1, NaN, 2, 3), col(10, 10, 40, NaN), col(-2, -4, -6, NaN)]);
    expectAllClose(w, [2 - Math.sqrt(3), 2 * Math.sqrt(3) - 3, 2 - Math.sqrt(3)], 1e-12);
  });

  it('gives 0 to constant or single-valued columns, equal weights if all are', () => {
    expectAllClose(cvWeights([col(1, 2, 3), col(0, 0, 0), col(5, NaN, NaN)]), [1, 0, 0], 0);
    expectAllClose(cvWeights([col(0.1, 0.1, 0.1), col(0, 0, 0)]), [0.5, 0.5]);
  });

  it('rejects a zero mean, naming the indicator', () => {
    expect(() => cvWeights([col(1, 2), col(-1, 0, 1)], ['gdp', 'balance'])).toThrow(
      expect.objectContaining({
        code: 'weights.cv-zero-mean',
        message: expect.stringContaining('balance'),
      }),
    );
    // Without ids the 1-based position is named; a mean lost to rounding counts as 0.
    expect(() => cvWeights([col(0.1, 0.2, -0.3)])).toThrow(/indicator 1 has mean 0/);
  });
});
