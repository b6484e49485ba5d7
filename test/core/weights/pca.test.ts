import { describe, expect, it } from 'vitest';
import { pcaWeights } from '../../../src/core/weights/pca.ts';
import { expectAllClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

// a and b = 2a are perfectly correlated; c is uncorrelated with both: centred a = (−1.5, −.5, .5,
// 1.5), centred c = (1, −1, −1, 1), and their products sum to −1.5 + .5 − .5 + 1.5 = 0.
const a = col(1, 2, 3, 4);
const b = col(2, 4, 6, 8);
const c = col(1, -1, -1, 1);

describe('pcaWeights', () => {
  it('keeps only the component with eigenvalue > 1 (two correlated columns, one independent)', () => {
    // R = [[1, 1, 0], [1, 1, 0], [0, 0, 1]]: eigenvalues 2, 1, 0 with vectors (1, 1, 0)/√2,
    // (0, 0, 1), (1, −1, 0)/√2. Only λ = 2 exceeds 1 (λ = 1 is not > 1), so
    // w ∝ 2 · (1/2, 1/2, 0) → (.5, .5, 0).
    expectAllClose(pcaWeights([a, b, c]), [0.5, 0.5, 0], 1e-12);
  });

  it('sums λ a² over every kept component', () => {
    // Add d = 5 − 3c = (2, 8, 8, 2), r(c, d) = −1: R is two blocks [[1, ±1], [±1, 1]], eigenvalues
    // 2, 2, 0, 0 with vectors (1, 1, 0, 0)/√2 and (0, 0, 1, −1)/√2 (or any basis of that plane).
    // Both kept: w ∝ 2 · (.5, .5, 0, 0) + 2 · (0, 0, .5, .5) = (1, 1, 1, 1) → .25 each.
    expectAllClose(pcaWeights([a, b, c, col(2, 8, 8, 2)]), [0.25, 0.25, 0.25, 0.25], 1e-12);
  });

  it('uses only the units with every value (listwise)', () => {
    const w = pcaWeights([
      col(1, 2, 3, 4, NaN, 7),
      col(2, 4, 6, 8, 100, 0),
      col(1, -1, -1, 1, -5, NaN),
    ]);
    expectAllClose(w, [0.5, 0.5, 0], 1e-12);
  });

  it('treats constant columns as uncorrelated; all constant gives equal weights', () => {
    // R = I: every eigenvalue is 1, none > 1; the first is tied with all, so all are kept.
    expectAllClose(pcaWeights([col(3, 3, 3), col(0.1, 0.1, 0.1), col(-2, -2, -2)]), [
      1 / 3,
      1 / 3,
      1 / 3,
    ]);
    // A constant column next to a correlated pair: its own component has λ = 1, not kept.
    expectAllClose(pcaWeights([a, b, col(0.1, 0.1, 0.1, 0.1)]), [0.5, 0.5, 0], 1e-12);
  });

  it('needs at least 3 complete units, naming the sparsest indicator', () => {
    expect(() => pcaWeights([col(1, 2, NaN, NaN), col(1, 2, 3, 4)], ['gdp', 'road'])).toThrow(
      expect.objectContaining({
        code: 'weights.pca-too-few',
        message: expect.stringContaining('indicator gdp has values for only 2 of 4 units'),
      }),
    );
  });
});
