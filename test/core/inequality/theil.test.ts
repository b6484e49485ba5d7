import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupingFromLabels, type Grouping } from '../../../src/core/inequality/grouping.ts';
import { theilBoth, theilL, theilT } from '../../../src/core/inequality/theil.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';
import { ilocosIncome, mexico } from '../../helpers/reference-data.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);
const YEARS = [1940, 1950, 1960, 1970, 1980, 1990, 2000];

/** Positive values, integer weights 1–4 and group labels a–c. */
const records = fc
  .array(
    fc.tuple(
      fc.double({ min: 1, max: 1e6, noNaN: true }),
      fc.integer({ min: 1, max: 4 }),
      fc.constantFrom('a', 'b', 'c'),
    ),
    { minLength: 1, maxLength: 50 },
  )
  .map((r) => ({
    x: Float64Array.from(r, (t) => t[0]),
    w: Float64Array.from(r, (t) => t[1]),
    groups: groupingFromLabels(r.map((t) => t[2])),
  }));

function replicate(
  x: Float64Array,
  w: Float64Array,
  g: Grouping,
): { x: Float64Array; groups: Grouping } {
  const xs: number[] = [];
  const labels: string[] = [];
  x.forEach((v, i) => {
    for (let k = 0; k < w[i]!; k++) {
      xs.push(v);
      labels.push(g.labels[g.index[i]!]!);
    }
  });
  return { x: Float64Array.from(xs), groups: groupingFromLabels(labels) };
}

describe('theilT', () => {
  it('matches PySAL’s Theil T on Mexico, 1940 … 2000 (unweighted)', () => {
    // PySAL inequality tests (test_theil.py): Theil(pcgdp1940 … pcgdp2000).T.
    const want = [
      0.20894344, 0.15222451, 0.10472941, 0.10194725, 0.09560113, 0.10511256, 0.10660832,
    ];
    const m = mexico();
    expectAllClose(
      YEARS.map((y) => theilT(m.column(`pcgdp${y}`)).total),
      want,
      5e-9,
    );
  });

  it('matches PySAL’s between-group Theil on Mexico with the hanson98 regions', () => {
    // PySAL inequality tests (test_theil.py): TheilD(y, regimes = hanson98).bg.
    const want = [
      0.0345889, 0.02816853, 0.05260921, 0.05931219, 0.03205257, 0.02963731, 0.03635872,
    ];
    const m = mexico();
    const regions = groupingFromLabels(m.labels('hanson98'));
    const got = YEARS.map((y) => theilT(m.column(`pcgdp${y}`), null, regions));
    expectAllClose(
      got.map((d) => d.between),
      want,
      5e-9,
    );
    got.forEach((d, k) =>
      expectClose(d.between + d.within, theilT(m.column(`pcgdp${YEARS[k]}`)).total, 1e-15),
    );
  });

  it('matches PySAL’s two-group example: all the inequality is between groups', () => {
    // PySAL inequality tests: y = [0, 0, 0, 10, 10, 10], two groups of three: T = bg = ln 2, wg = 0.
    const d = theilT(
      col(0, 0, 0, 10, 10, 10),
      null,
      groupingFromLabels(['a', 'a', 'a', 'b', 'b', 'b']),
    );
    expectClose(d.total, Math.LN2, 1e-15);
    expectClose(d.between, Math.LN2, 1e-15);
    expectClose(d.within, 0, 1e-15);
  });

  it('matches R ineq on the Ilocos households of two provinces', () => {
    // ineq documentation example: Theil(Ilocos$income[Ilocos$province == "Pangasinan"]) and
    // "La Union", printed as .2837236 and .3622122 (ineq's Theil(x, parameter = 0) is Theil T).
    expectClose(theilT(ilocosIncome('Pangasinan')).total, 0.2837236, 5e-8);
    expectClose(theilT(ilocosIncome('La Union')).total, 0.3622122, 5e-8);
  });

  it('decomposes a small case as computed by hand', () => {
    // x = (1, 1, 4), μ = 2: T = (1/3)[2 · (1/2) ln(1/2) + 2 ln 2] = (1/3) ln 2.
    // Groups {1, 1} and {4}: μ_A = 1, μ_B = 4, income shares 1/3 and 2/3, so
    // T_B = (1/3) ln(1/2) + (2/3) ln 2 = (1/3) ln 2 and T_W = 0.
    const d = theilT(col(1, 1, 4), null, groupingFromLabels(['A', 'A', 'B']));
    expectAllClose([d.total, d.between, d.within], [Math.LN2 / 3, Math.LN2 / 3, 0], 1e-15);
    // The same with weights: (1 with weight 2, 4 with weight 1).
    expectClose(theilT(col(1, 4), col(2, 1)).total, Math.LN2 / 3, 1e-15);
    expect(theilT(col(1, 4), col(2, 1))).toMatchObject({ between: 0 });
  });

  it('splits exactly: T_B + T_W equals the total computed without groups', () => {
    fc.assert(
      fc.property(records, ({ x, w, groups }) => {
        const d = theilT(x, w, groups);
        expectClose(d.between + d.within, theilT(x, w).total, 1e-12);
        expectClose(d.total, theilT(x, w).total, 1e-12);
        expect(d.between).toBeGreaterThanOrEqual(-1e-15);
        expect(d.within).toBeGreaterThanOrEqual(-1e-15);
      }),
    );
  });

  it('is 0 for equal values, invariant to scale, and weights equal replication', () => {
    expect(theilT(col(5, 5, 5)).total).toBe(0);
    fc.assert(
      fc.property(
        records,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        ({ x, w, groups }, c) => {
          const d = theilT(x, w, groups);
          const scaled = theilT(
            x.map((v) => v * c),
            w.map((p) => p * 3),
            groups,
          );
          expectAllClose(
            [scaled.total, scaled.between, scaled.within],
            [d.total, d.between, d.within],
            1e-9,
          );
          const r = replicate(x, w, groups);
          const rep = theilT(r.x, null, r.groups);
          expectAllClose(
            [rep.total, rep.between, rep.within],
            [d.total, d.between, d.within],
            1e-9,
          );
        },
      ),
    );
  });

  it('rejects negative values, and a total of 0', () => {
    expect(() => theilT(col(1, -1))).toThrow(
      /record 2: the value is -1; Theil T needs finite values ≥ 0/,
    );
    expect(() => theilT(col(0, 0))).toThrow(/positive total/);
  });
});

describe('theilL', () => {
  it('decomposes a small case as computed by hand', () => {
    // x = (1, 1, 4), μ = 2: L = (1/3)[ln 2 + ln 2 + ln(1/2)] = (1/3) ln 2.
    // Groups {1, 1}, {4}: population shares 2/3, 1/3, so L_B = (2/3) ln 2 + (1/3) ln(1/2) = (1/3) ln 2.
    const d = theilL(col(1, 1, 4), null, groupingFromLabels(['A', 'A', 'B']));
    expectAllClose([d.total, d.between, d.within], [Math.LN2 / 3, Math.LN2 / 3, 0], 1e-15);
  });

  it('is the mean log deviation of its definition (R ineq’s Theil(x, parameter = 1))', () => {
    const x = ilocosIncome('La Union');
    const mean = x.reduce((a, b) => a + b, 0) / x.length;
    const want = x.reduce((a, v) => a + Math.log(mean / v), 0) / x.length;
    expectClose(theilL(x).total, want, 1e-12);
  });

  it('splits exactly and weights equal replication', () => {
    fc.assert(
      fc.property(records, ({ x, w, groups }) => {
        const d = theilL(x, w, groups);
        expectClose(d.between + d.within, theilL(x, w).total, 1e-12);
        const r = replicate(x, w, groups);
        const rep = theilL(r.x, null, r.groups);
        expectAllClose([rep.total, rep.between, rep.within], [d.total, d.between, d.within], 1e-9);
      }),
    );
  });

  it('needs values > 0', () => {
    expect(() => theilL(col(1, 0))).toThrow(
      /record 2: the value is 0; Theil L \(the mean log deviation\) needs finite values > 0/,
    );
  });
});

describe('theilBoth', () => {
  it('gives the same numbers as theilT and theilL', () => {
    fc.assert(
      fc.property(records, ({ x, w, groups }) => {
        const both = theilBoth(x, w, groups);
        expect(both.T).toEqual(theilT(x, w, groups));
        expect(both.L).toEqual(theilL(x, w, groups));
      }),
    );
  });
});

describe('groupingFromLabels', () => {
  it('numbers groups in order of first appearance and rejects a record without a label', () => {
    const g = groupingFromLabels(['b', 'a', 'b']);
    expect(g.labels).toEqual(['b', 'a']);
    expect(Array.from(g.index)).toEqual([0, 1, 0]);
    expect(() => groupingFromLabels(['a', ''])).toThrow(/record 2 has no group label/);
    expect(() => groupingFromLabels(['a', null])).toThrow(/record 2 has no group label/);
    expect(() => theilT(col(1, 2), null, { index: Int32Array.of(0, 3), labels: ['a'] })).toThrow(
      /record 2 has group index 3/,
    );
  });
});
