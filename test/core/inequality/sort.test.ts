import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32, normal } from '../../../src/core/random.ts';
import { sortWithWeights } from '../../../src/core/inequality/sort.ts';

/** Sorts x with each record's index as its weight; checks the order and that each value kept its weight. */
function expectSorted(x: Float64Array): void {
  const s = sortWithWeights(
    x,
    Float64Array.from(x, (_, i) => i),
  );
  const want = Float64Array.from(x).sort();
  let bad = -1;
  const seen = new Uint8Array(x.length);
  for (let k = 0; k < x.length && bad < 0; k++) {
    const i = s.w[k]!;
    // In order (−0 written as 0), and the value is the one of the record whose index travelled with it.
    if (s.x[k] !== want[k] || Object.is(s.x[k], -0) || x[i] !== s.x[k] || seen[i]) bad = k;
    seen[i] = 1;
  }
  expect(bad, `first wrong position`).toBe(-1);
}

describe('sortWithWeights', () => {
  it('sorts any non-negative doubles with their weights', () => {
    const value = fc.oneof(
      fc.double({ min: 0, max: 1e300, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(0, -0, 1, 1 + Number.EPSILON, Number.MIN_VALUE, 5e-324, 1e5),
      fc.integer({ min: 0, max: 50 }).map((k) => k * 1000),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), (xs) => {
        expectSorted(Float64Array.from(xs));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts large inputs through every level of buckets', () => {
    const rng = mulberry32(7);
    const n = 200_000;
    const x = Float64Array.from({ length: n }, () => Math.exp(10 + 0.8 * normal(rng)));
    // Many exact ties and near-ties (one ulp apart) as well.
    for (let i = 0; i < n; i += 3) x[i] = 50_000;
    for (let i = 1; i < n; i += 7) x[i] = 50_000 * (1 + Number.EPSILON);
    expectSorted(x);
  });

  it('sorts clusters that share all but their last bits, next to far outliers', () => {
    // Most values differ only in low mantissa bits while a few lie 2^j times higher, so the first
    // split leaves the cluster in one bucket and every later digit is used; the range of j moves
    // the digits' boundaries through every position, across the 32-bit word boundary too.
    const rng = mulberry32(11);
    for (let j = 1; j <= 24; j++) {
      for (const low of [4, 20, 30]) {
        const x = Float64Array.from({ length: 3000 }, (_, i) =>
          i % 100 === 0
            ? 1000 * 2 ** j * (1 + rng())
            : 1000 * (1 + Math.floor(rng() * 2 ** 16) * 2 ** (low - 52)),
        );
        expectSorted(x);
      }
    }
  });

  it('sorts values that differ only in their low 32 bits', () => {
    const rng = mulberry32(5);
    expectSorted(
      Float64Array.from({ length: 5000 }, () => 1 + Math.floor(rng() * 2 ** 30) * 2 ** -52),
    );
  });

  it('returns copies and leaves the inputs alone', () => {
    const x = Float64Array.of(3, 1, 2);
    const w = Float64Array.of(30, 10, 20);
    const s = sortWithWeights(x, w);
    expect(Array.from(s.x)).toEqual([1, 2, 3]);
    expect(Array.from(s.w)).toEqual([10, 20, 30]);
    expect(Array.from(x)).toEqual([3, 1, 2]);
    expect(sortWithWeights(new Float64Array(0), new Float64Array(0)).x.length).toBe(0);
  });
});
