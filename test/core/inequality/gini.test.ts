import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini, giniOfSorted } from '../../../src/core/inequality/gini.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { mexico } from '../../helpers/reference-data.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

/** Positive values (incomes) and integer weights 1–5, of the same length. */
const weighted = fc
  .array(fc.tuple(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 5 })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((pairs) => ({
    x: Float64Array.from(pairs, (p) => p[0]),
    w: Float64Array.from(pairs, (p) => p[1]),
  }));

/** Each record repeated as many times as its (integer) weight. */
function replicate(x: Float64Array, w: Float64Array): Float64Array {
  const out: number[] = [];
  x.forEach((v, i) => {
    for (let k = 0; k < w[i]!; k++) out.push(v);
  });
  return Float64Array.from(out);
}

describe('gini', () => {
  it('matches PySAL on Mexico’s 1940 per-capita GDP (unweighted)', () => {
    // PySAL inequality tests (test_gini.py): Gini(pcgdp1940).g == 0.35372371173452849.
    expectClose(gini(mexico().column('pcgdp1940')), 0.35372371173452849, 1e-15);
  });

  it('matches R ineq’s documented example', () => {
    // ineq::Gini documentation example: x <- c(541, 1463, 2445, 3438, 4437, 5401, 6392, 8304,
    // 11904, 22261); Gini(x) = 0.4620911 (printed to 7 digits).
    const x = col(541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261);
    expectClose(gini(x), 0.4620911, 5e-8);
  });

  it('is 0.3 for 1 … 10', () => {
    // Σ_i Σ_k |i − k| = 2 Σ_{d=1..9} d (10 − d) = 330; G = 330 / (2 · 10² · 5.5) = 0.3.
    const x = Float64Array.from({ length: 10 }, (_, i) => 10 - i);
    expectClose(gini(x), 0.3, 1e-15);
  });

  it('weighs a small case as computed by hand', () => {
    // x = (4, 1, 2), p = (1, 1, 2): P = 4, S = 4 + 1 + 4 = 9, μ = 9/4. Unordered pairs:
    // (1,2): 1·2·1 = 2, (1,4): 1·1·3 = 3, (2,4): 2·1·2 = 4; ordered sum 18.
    // G = 18 / (2 · 16 · 9/4) = 18/72 = 0.25 — the Gini of (1, 2, 2, 4).
    expectClose(gini(col(4, 1, 2), col(1, 1, 2)), 0.25, 1e-15);
    expectClose(gini(col(1, 2, 2, 4)), 0.25, 1e-15);
  });

  it('is 0 for equal values and for values all 0', () => {
    expect(gini(col(7, 7, 7, 7))).toBe(0);
    expect(gini(col(3.3, 3.3), col(1, 5))).toBe(0);
    expect(gini(col(0, 0, 0))).toBe(0);
  });

  it('takes zeros: one unit holding everything gives (n − 1)/n', () => {
    expectClose(gini(col(0, 0, 0, 12)), 0.75, 1e-15);
  });

  it('with a weight of 2 equals two copies, and any weights equal replication', () => {
    fc.assert(
      fc.property(weighted, ({ x, w }) => {
        expectClose(gini(x, w), gini(replicate(x, w)), 1e-12);
      }),
    );
  });

  it('is invariant to scale (values and weights) and to the order of the records', () => {
    fc.assert(
      fc.property(weighted, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ x, w }, c) => {
        const g = gini(x, w);
        expectClose(
          gini(
            x.map((v) => v * c),
            w,
          ),
          g,
          1e-12,
        );
        expectClose(
          gini(
            x,
            w.map((p) => p * 7),
          ),
          g,
          1e-12,
        );
        expectClose(gini(x.slice().reverse(), w.slice().reverse()), g, 1e-12);
      }),
    );
  });

  it('with unit weights equals the unweighted form (radix sort vs native sort)', () => {
    fc.assert(
      fc.property(weighted, ({ x }) => {
        expectClose(gini(x, new Float64Array(x.length).fill(1)), gini(x), 1e-12);
      }),
    );
  });

  it('equals the double sum of its definition', () => {
    fc.assert(
      fc.property(weighted, ({ x, w }) => {
        let num = 0;
        let P = 0;
        let S = 0;
        for (let i = 0; i < x.length; i++) {
          P += w[i]!;
          S += w[i]! * x[i]!;
          for (let k = 0; k < x.length; k++) num += w[i]! * w[k]! * Math.abs(x[i]! - x[k]!);
        }
        expectClose(gini(x, w), num / (2 * P * S), 1e-12);
      }),
    );
  });

  it('giniOfSorted leaves ties in any order', () => {
    expectClose(
      giniOfSorted(col(1, 2, 2, 4), col(1, 3, 1, 2)),
      giniOfSorted(col(1, 2, 2, 4), col(1, 1, 3, 2)),
      1e-15,
    );
  });

  it('rejects negative, missing and infinite values and non-positive weights, naming the record', () => {
    expect(() => gini(col(1, -2, 3))).toThrow(
      /record 2: the value is -2; the Gini coefficient needs finite values ≥ 0/,
    );
    expect(() => gini(col(1, NaN))).toThrow(/record 2: the value is missing/);
    expect(() => gini(col(1, Infinity))).toThrow(/record 2/);
    expect(() => gini(col(1, 2), col(1, 0))).toThrow(
      /record 2: the weight is 0; weights must be finite and > 0/,
    );
    expect(() => gini(col(1, 2), col(1, -1))).toThrow(/record 2: the weight is -1/);
    expect(() => gini(col(1, 2), col(1))).toThrow(/1 weights for 2 values/);
    expect(() => gini(col())).toThrow(/at least one value/);
  });
});
