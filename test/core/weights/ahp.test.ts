import { describe, expect, it } from 'vitest';
import { ahp, RANDOM_INDEX } from '../../../src/core/weights/ahp.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';

describe('ahp', () => {
  it("reproduces Saaty's drinks example", () => {
    // Saaty, T. L. (2008) Decision making with the analytic hierarchy process. Int. J. Services
    // Sciences 1(1), 83–98: relative consumption of drinks in the USA (coffee, wine, tea, beer,
    // sodas, milk, water); published priorities .177 .019 .042 .116 .190 .129 .327, CR = .022
    // (also AHPy's test suite to four places: .1775 .0191 .0418 .1164 .1896 .1288 .3268).
    const drinks = [
      [1, 9, 5, 2, 1, 1, 1 / 2],
      [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
      [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
      [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [1, 9, 4, 2, 1, 2, 1 / 2],
      [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [2, 9, 9, 3, 2, 3, 1],
    ];
    const r = ahp(drinks, 'drinks');
    expectAllClose(r.weights, [0.1775, 0.0191, 0.0418, 0.1164, 0.1896, 0.1288, 0.3268], 5e-5);
    expectClose(r.cr, 0.022, 5e-4);
    expectClose(r.ci, (r.lambdaMax - 7) / 6, 1e-15);
  });

  it('matches the closed form of a 3 × 3 matrix', () => {
    // For m = 3 the principal eigenvector is the vector of row geometric means, and
    // λ_max = 1 + t + 1/t with t = (a12 · a23 / a13)^(1/3) (Crawford & Williams 1985).
    // A = [[1, 2, 5], [1/2, 1, 3], [1/5, 1/3, 1]]: geometric means 10^(1/3), 1.5^(1/3),
    //   (1/15)^(1/3) = 2.154435, 1.144714, .405480 → w = (.581552, .308996, .109452).
    // t = 1.2^(1/3) = 1.062659, λ = 3.003695, CI = .003695/2 = .001847, CR = CI/.58 = .003185.
    const r = ahp(
      [
        [1, 2, 5],
        [1 / 2, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
      'three',
    );
    const g = [10, 1.5, 1 / 15].map((v) => Math.cbrt(v));
    const s = g[0]! + g[1]! + g[2]!;
    expectAllClose(
      r.weights,
      g.map((v) => v / s),
      1e-12,
    );
    const t = Math.cbrt(1.2);
    expectClose(r.lambdaMax, 1 + t + 1 / t, 1e-12);
    expectClose(r.ci, (t + 1 / t - 2) / 2, 1e-12);
    expectClose(r.cr, (t + 1 / t - 2) / 2 / 0.58, 1e-12);
  });

  it('recovers the weights of a consistent matrix exactly, with CR = 0', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const r = ahp(
      w.map((wi) => w.map((wj) => wi / wj)),
      'consistent',
    );
    expectAllClose(r.weights, w, 1e-14);
    expectClose(r.lambdaMax, 4, 1e-12);
    expectClose(r.cr, 0, 1e-12);
    const two = ahp(
      [
        [1, 3],
        [1 / 3, 1],
      ],
      'two',
    );
    expectAllClose(two.weights, [0.75, 0.25], 1e-15);
    expect([two.ci, two.cr]).toEqual([0, 0]);
    expectAllClose(ahp([[1]], 'one').weights, [1]);
  });

  it('rejects an inconsistent matrix, naming it and its CR', () => {
    // A cyclic matrix: t = (2 · 2 / (1/2))^(1/3) = 2, λ = 1 + 2 + 1/2 = 3.5, CI = .25,
    // CR = .25 / .58 = .431.
    const cyclic = [
      [1, 2, 1 / 2],
      [1 / 2, 1, 2],
      [2, 1 / 2, 1],
    ];
    expect(() => ahp(cyclic, 'economy')).toThrow(
      expect.objectContaining({
        code: 'weights.ahp-inconsistent',
        message:
          'AHP matrix "economy" is inconsistent: CR = 0.431 ≥ 0.10; revise the pairwise judgements',
      }),
    );
  });

  it('rejects a non-reciprocal matrix, naming row and column', () => {
    const m = [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1, 1],
    ];
    expect(() => ahp(m, 'society')).toThrow(
      expect.objectContaining({
        code: 'weights.ahp-matrix',
        message: expect.stringMatching(
          /^AHP matrix "society": row 3, column 2 is 1 but must be 1\/2/,
        ),
      }),
    );
  });

  it('accepts reciprocals within 1e-6 relative, not rounded to 3 places', () => {
    expect(() =>
      ahp(
        [
          [1, 3],
          [0.3333333, 1],
        ],
        'seven-digits',
      ),
    ).not.toThrow();
    expect(() =>
      ahp(
        [
          [1, 3],
          [0.333, 1],
        ],
        'three-digits',
      ),
    ).toThrow(/row 2, column 1/);
  });

  it('rejects a matrix that is not square, positive, with a unit diagonal, or too large', () => {
    const bad = (m: number[][], text: RegExp): void => {
      expect(() => ahp(m, 'm')).toThrow(expect.objectContaining({ code: 'weights.ahp-matrix' }));
      expect(() => ahp(m, 'm')).toThrow(text);
    };
    bad([[1, 2], [0.5]], /row 2 has 1 entries, expected 2/);
    bad(
      [
        [1, -2],
        [-0.5, 1],
      ],
      /row 1, column 2 is -2/,
    );
    bad(
      [
        [2, 2],
        [0.5, 1],
      ],
      /row 1, column 1 is 2; the diagonal must be 1/,
    );
    bad([], /empty/);
    const big = Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 1));
    bad(big, /16 items compared, at most 15/);
    expect(RANDOM_INDEX).toHaveLength(15);
    expect(
      ahp(
        big.slice(0, 15).map((r) => r.slice(0, 15)),
        'fifteen',
      ).cr,
    ).toBe(0);
  });
});
