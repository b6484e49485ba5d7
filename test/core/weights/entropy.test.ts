import { describe, expect, it } from 'vitest';
import { entropyWeights } from '../../../src/core/weights/entropy.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

describe('entropyWeights', () => {
  it('weighs a 3 × 2 matrix as computed by hand', () => {
    // y1 = (0, .5, 1): Σ = 1.5, p = (0, 1/3, 2/3), Σ p ln p = (1/3)ln(1/3) + (2/3)ln(2/3)
    //   = −ln 3 + (2/3)ln 2, so e1 = 1 − (2/3)ln 2 / ln 3 and 1 − e1 = (2/3)ln 2 / ln 3 ≈ .420620.
    // y2 = (1, 1, 0): p = (.5, .5, 0), Σ p ln p = −ln 2, so 1 − e2 = (ln 3 − ln 2)/ln 3 ≈ .369070.
    // w1 = (2/3)ln 2 / ((2/3)ln 2 + ln 3 − ln 2) = (2/3)ln 2 / (ln 3 − (1/3)ln 2) ≈ .532639.
    const w = entropyWeights([col(0, 0.5, 1), col(1, 1, 0)]);
    const w1 = ((2 / 3) * Math.LN2) / (Math.log(3) - Math.LN2 / 3);
    expectAllClose(w, [w1, 1 - w1], 1e-12);
    expectClose(w1, 0.532639, 1e-6);
  });

  it('measures each indicator over its own units with a value (n_j)', () => {
    // The same columns with one missing cell each: n_1 = n_2 = 3, so the weights do not change.
    const w = entropyWeights([col(0, 0.5, NaN, 1), col(1, 1, 0, NaN)]);
    const w1 = ((2 / 3) * Math.LN2) / (Math.log(3) - Math.LN2 / 3);
    expectAllClose(w, [w1, 1 - w1], 1e-12);
  });

  it('does not depend on the scale of y (0–1 or 0–100)', () => {
    const a = entropyWeights([col(0, 0.5, 1, 0.2), col(1, 0.1, 0, 0.3)]);
    const b = entropyWeights([col(0, 50, 100, 20), col(100, 10, 0, 30)]);
    expectAllClose(b, a, 1e-12);
  });

  it('gives weight 0 to a column that sums to 0, is constant or has one value', () => {
    const w = entropyWeights([col(0, 0, 0), col(0.4, 0.4, 0.4), col(NaN, 0.9, NaN), col(0, 1, 1)]);
    expectAllClose(w, [0, 0, 0, 1], 0);
  });

  it('returns equal weights when no indicator discriminates (every e_j = 1)', () => {
    expectAllClose(entropyWeights([col(0, 0), col(0.3, 0.3), col(0.7, NaN)]), [
      1 / 3,
      1 / 3,
      1 / 3,
    ]);
    expect(entropyWeights([])).toHaveLength(0);
  });

  it('rejects a negative value, naming the indicator', () => {
    expect(() => entropyWeights([col(0, 1), col(0.5, -0.1)], ['gdp', 'road'])).toThrow(
      expect.objectContaining({
        code: 'weights.entropy-negative',
        message: expect.stringContaining('road'),
      }),
    );
  });
});
