import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coupling, couplingClass } from '../../../src/core/aggregate/coupling.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);
const run = (
  children: Float64Array[],
  alpha: number[] | null = null,
): { C: Float64Array; T: Float64Array; D: Float64Array } => {
  const n = children[0]!.length;
  const out = { C: new Float64Array(n), T: new Float64Array(n), D: new Float64Array(n) };
  coupling(children, alpha && Float64Array.from(alpha), out);
  return out;
};

describe('coupling', () => {
  it('computes C, T and D of two subsystems by hand', () => {
    // U = (.16, .64): C = 2 · √(.16 · .64) / .8 = 2 · .32 / .8 = .8; T = (.16 + .64)/2 = .4;
    // D = √(.8 · .4) = √.32 ≈ .565685 → class 6, barely coordinated.
    const r = run([col(16), col(64)]);
    expectClose(r.C[0]!, 0.8, 1e-15);
    expectClose(r.T[0]!, 0.4, 1e-15);
    expectClose(r.D[0]!, Math.sqrt(0.32), 1e-15);
    expect(couplingClass(r.D[0]!)).toEqual({ level: 6, zh: '勉强协调', en: 'barely coordinated' });
  });

  it('uses given subsystem weights, normalised', () => {
    // α = (1, 3) → (.25, .75): T = .25 · .16 + .75 · .64 = .52; C = .8; D = √.416 ≈ .644981.
    const r = run([col(16), col(64)], [1, 3]);
    expectClose(r.T[0]!, 0.52, 1e-15);
    expectClose(r.D[0]!, Math.sqrt(0.416), 1e-15);
    expect(couplingClass(r.D[0]!).level).toBe(7);
  });

  it('handles three subsystems, zeros and missing values', () => {
    // Unit 1: U = (.5, .5, .5): C = 3 · .5 / 1.5 = 1, T = .5, D = √.5.
    // Unit 2: U = (0, .5, 1): Π U = 0 → C = 0, T = .5, D = 0.
    // Unit 3: all 0: Σ U = 0 → C = 0, T = 0, D = 0.
    // Unit 4: a subsystem missing → NaN.
    const r = run([col(50, 0, 0, 50), col(50, 50, 0, NaN), col(50, 100, 0, 50)]);
    expectAllClose(r.C, [1, 0, 0, NaN], 1e-15);
    expectAllClose(r.T, [0.5, 0.5, 0, NaN], 1e-15);
    expectAllClose(r.D, [Math.sqrt(0.5), 0, 0, NaN], 1e-15);
  });

  it('rejects scores outside 0–100 and bad subsystem weights', () => {
    expect(() => run([col(50), col(-3)])).toThrow(
      expect.objectContaining({
        code: 'aggregate.coupling-range',
        message: expect.stringContaining('unit 1, subsystem 2'),
      }),
    );
    expect(() => run([col(50), col(30)], [1])).toThrow(
      expect.objectContaining({ code: 'aggregate.coupling-alpha' }),
    );
    expect(() => run([col(50), col(30)], [0, 0])).toThrow(
      expect.objectContaining({ code: 'aggregate.coupling-alpha' }),
    );
  });

  it('permutes its results when the units are permuted', () => {
    const cell = fc.oneof(
      { arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 5 },
      { arbitrary: fc.constant(NaN), weight: 1 },
    );
    const arb = fc
      .record({ m: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 12 }) })
      .chain(({ m, n }) =>
        fc.record({
          cols: fc.array(fc.array(cell, { minLength: n, maxLength: n }), {
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
      fc.property(arb, ({ cols, perm }) => {
        const r = run(cols.map((v) => Float64Array.from(v)));
        const p = run(cols.map((v) => Float64Array.from(perm, (i) => v[i]!)));
        for (const k of ['C', 'T', 'D'] as const) {
          expectAllClose(
            p[k],
            Float64Array.from(perm, (i) => r[k][i]!),
            0,
            k,
          );
          for (const v of r[k]) if (v === v) expect(v >= 0 && v <= 1).toBe(true);
        }
      }),
    );
  });
});

describe('couplingClass', () => {
  it('has ten classes in steps of 0.1, closed below', () => {
    const expected: [number, number, string, string][] = [
      [0, 1, '极度失调', 'extreme imbalance'],
      [0.1, 2, '严重失调', 'serious imbalance'],
      [0.2, 3, '中度失调', 'moderate imbalance'],
      [0.3, 4, '轻度失调', 'mild imbalance'],
      [0.4, 5, '濒临失调', 'on the verge of imbalance'],
      [0.5, 6, '勉强协调', 'barely coordinated'],
      [0.6, 7, '初级协调', 'primary coordination'],
      [0.7, 8, '中级协调', 'intermediate coordination'],
      [0.8, 9, '良好协调', 'good coordination'],
      [0.9, 10, '优质协调', 'quality coordination'],
    ];
    for (const [d, level, zh, en] of expected) {
      expect(couplingClass(d), `D = ${d}`).toEqual({ level, zh, en });
      if (d > 0) expect(couplingClass(d - 1e-12).level, `just below ${d}`).toBe(level - 1);
    }
    expect(couplingClass(1).level).toBe(10);
    expect(couplingClass(0.1 + 0.2).level).toBe(4);
  });

  it('rejects NaN and values outside [0, 1]', () => {
    for (const d of [NaN, -0.1, 1.01]) {
      expect(() => couplingClass(d)).toThrow(
        expect.objectContaining({ code: 'aggregate.coupling-class' }),
      );
    }
  });
});
