import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topsis } from '../../../src/core/aggregate/topsis.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);
const run = (children: Float64Array[], w: number[]): Float64Array => {
  const out = new Float64Array(children[0]!.length);
  topsis(children, Float64Array.from(w), out);
  return out;
};

describe('topsis', () => {
  it('reproduces Opricovic & Tzeng (2004) with min–max normalised criteria', () => {
    // Opricovic, S. & Tzeng, G.-H. (2004) Compromise solution by MCDM methods. EJOR 156, 445–455:
    // alternatives (1, 3000), (2, 3750), (5, 4500); criterion 1 a cost, 2 a benefit; w = .5, .5.
    // Min–max, cost reversed: y1 = ((5 − x)/4) = (1, .75, 0), y2 = (x − 3000)/1500 = (0, .5, 1).
    // v = .5 y: A1 (.5, 0), A2 (.375, .25), A3 (0, .5); v+ = (.5, .5), v− = (0, 0).
    // A1: D+ = .5, D− = .5 → 50. A3 likewise 50.
    // A2: D+ = √(.125² + .25²) = √.078125, D− = √(.375² + .25²) = √.203125 → 61.72
    //   (published .617).
    const expected = [
      50,
      (100 * Math.sqrt(0.203125)) / (Math.sqrt(0.078125) + Math.sqrt(0.203125)),
      50,
    ];
    const s = run([col(1, 0.75, 0), col(0, 0.5, 1)], [0.5, 0.5]);
    expectAllClose(s, expected, 1e-12);
    expectClose(s[1]! / 100, 0.617, 1e-3);
    // The same on 0–100 scores and with weights on another scale.
    expectAllClose(run([col(100, 75, 0), col(0, 50, 100)], [3, 3]), expected, 1e-12);
  });

  it('sums each unit over the children it has; a unit with none gets NaN', () => {
    // w = (1, 3) → w' = (.25, .75). y1 = (0, 1, NaN, .5, NaN), y2 = (0, 1, 1, NaN, NaN).
    // v+ = (.25, .75), v− = (0, 0) over the units with a value.
    // Unit 1: D+ = √(.25² + .75²), D− = 0 → 0. Unit 2: D+ = 0 → 100.
    // Unit 3 (y2 only): v = .75, D+ = 0, D− = .75 → 100.
    // Unit 4 (y1 only): v = .125, D+ = .125, D− = .125 → 50. Unit 5: NaN.
    const s = run([col(0, 1, NaN, 0.5, NaN), col(0, 1, 1, NaN, NaN)], [1, 3]);
    expectAllClose(s, [0, 100, 100, 50, NaN], 1e-12);
  });

  it('gives 50 when a unit is both ideal and anti-ideal (constant children)', () => {
    expectAllClose(run([col(40, 40, 40), col(7, 7, NaN)], [1, 1]), [50, 50, 50]);
  });

  it('rejects negative weights or weights summing to 0', () => {
    expect(() => run([col(1, 2)], [-1])).toThrow(
      expect.objectContaining({ code: 'aggregate.topsis-weights' }),
    );
    expect(() => run([col(1, 2), col(2, 1)], [0, 0])).toThrow(/sum to 0/);
  });

  it('permutes its results when the units are permuted', () => {
    const cell = fc.oneof(
      { arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 5 },
      { arbitrary: fc.constant(NaN), weight: 1 },
    );
    const arb = fc
      .record({ m: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: 1, max: 12 }) })
      .chain(({ m, n }) =>
        fc.record({
          cols: fc.array(fc.array(cell, { minLength: n, maxLength: n }), {
            minLength: m,
            maxLength: m,
          }),
          w: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), {
            minLength: m,
            maxLength: m,
          }),
          perm: fc.shuffledSubarray(
            Array.from({ length: n }, (_, i) => i),
            { minLength: n, maxLength: n },
          ),
        }),
      );
    fc.assert(
      fc.property(arb, ({ cols, w, perm }) => {
        const s = run(
          cols.map((v) => Float64Array.from(v)),
          w,
        );
        const p = run(
          cols.map((v) => Float64Array.from(perm, (i) => v[i]!)),
          w,
        );
        expectAllClose(
          p,
          Float64Array.from(perm, (i) => s[i]!),
          0,
        );
        for (const v of s) if (v === v) expect(v >= 0 && v <= 100).toBe(true);
      }),
    );
  });
});
