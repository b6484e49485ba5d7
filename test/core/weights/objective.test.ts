// The contract every objective weighting method meets, run against each of them.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticWeights } from '../../../src/core/weights/critic.ts';
import { cvWeights } from '../../../src/core/weights/cv.ts';
import { entropyWeights } from '../../../src/core/weights/entropy.ts';
import { pcaWeights } from '../../../src/core/weights/pca.ts';
import { expectAllClose } from '../../helpers/expect-close.ts';

interface Case {
  name: string;
  weigh: (cols: Float64Array[]) => Float64Array;
  /** A cell: values on a 1/1000 grid so that spreads are never rounding noise. */
  cell: fc.Arbitrary<number>;
  minUnits: number;
}

const grid = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.integer({ min: lo * 1000, max: hi * 1000 }).map((k) => k / 1000);
const withMissing = (a: fc.Arbitrary<number>): fc.Arbitrary<number> =>
  fc.oneof({ arbitrary: a, weight: 5 }, { arbitrary: fc.constant(NaN), weight: 1 });

const cases: Case[] = [
  { name: 'entropy', weigh: entropyWeights, cell: withMissing(grid(0, 1)), minUnits: 1 },
  { name: 'critic', weigh: criticWeights, cell: withMissing(grid(0, 1)), minUnits: 1 },
  { name: 'cv', weigh: cvWeights, cell: withMissing(grid(1, 100)), minUnits: 1 },
  { name: 'pca', weigh: pcaWeights, cell: grid(-50, 50), minUnits: 3 },
];

/** Columns (m × n) and a permutation of the n units. */
const data = (c: Case): fc.Arbitrary<{ cols: number[][]; perm: number[] }> =>
  fc
    .record({ m: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: c.minUnits, max: 12 }) })
    .chain(({ m, n }) =>
      fc.record({
        cols: fc.array(fc.array(c.cell, { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
        perm: fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        ),
      }),
    );

describe.each(cases)('$name weights', (c) => {
  it('are non-negative and sum to 1', () => {
    fc.assert(
      fc.property(data(c), ({ cols }) => {
        const w = c.weigh(cols.map((v) => Float64Array.from(v)));
        expect(w).toHaveLength(cols.length);
        for (const v of w) expect(v).toBeGreaterThanOrEqual(0);
        expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it('do not change when the units are permuted', () => {
    fc.assert(
      fc.property(data(c), ({ cols, perm }) => {
        const w = c.weigh(cols.map((v) => Float64Array.from(v)));
        const p = c.weigh(cols.map((v) => Float64Array.from(perm, (i) => v[i]!)));
        expectAllClose(p, w, 1e-9);
      }),
    );
  });
});
