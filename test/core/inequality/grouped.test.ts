import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini } from '../../../src/core/inequality/gini.ts';
import { groupedGini, topBottomRatio } from '../../../src/core/inequality/grouped.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

describe('groupedGini', () => {
  it('is 16/55 for the quintiles of 1 … 10', () => {
    // Quintile means 1.5, 3.5, 5.5, 7.5, 9.5, shares 0.2: L = 3/55, 10/55, 21/55, 36/55, 1.
    // G = 1 − 0.2 (3 + 13 + 31 + 57 + 91)/55 = 1 − 39/55 = 16/55.
    const q = { shares: col(0.2, 0.2, 0.2, 0.2, 0.2), means: col(1.5, 3.5, 5.5, 7.5, 9.5) };
    expectClose(groupedGini(q), 16 / 55, 1e-15);
    // Percentages and any order give the same.
    expectClose(
      groupedGini({ shares: col(20, 20, 20, 20, 20), means: col(9.5, 1.5, 7.5, 3.5, 5.5) }),
      16 / 55,
      1e-15,
    );
    expectClose(topBottomRatio(q), 9.5 / 1.5, 1e-15);
  });

  it('equals the Gini of the data with each member at its quintile’s mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e5, noNaN: true }), { minLength: 5, maxLength: 100 }),
        (raw) => {
          const n = raw.length - (raw.length % 5);
          const x = Float64Array.from(raw.slice(0, n)).sort();
          const m = n / 5;
          const means = Float64Array.from({ length: 5 }, (_, k) => {
            let s = 0;
            for (let i = k * m; i < (k + 1) * m; i++) s += x[i]!;
            return s / m;
          });
          const flattened = Float64Array.from(x, (_, i) => means[Math.floor(i / m)]!);
          expectClose(
            groupedGini({ shares: new Float64Array(5).fill(0.2), means }),
            gini(flattened),
            1e-12,
          );
        },
      ),
    );
  });

  it('takes unequal groups', () => {
    // Shares 0.5, 0.5 with means 1 and 3: Lorenz (0.5, 0.25), G = 1 − [0.5 · 0.25 + 0.5 · 1.25] = 0.25,
    // the Gini of (1, 3).
    expectClose(groupedGini({ shares: col(1, 1), means: col(1, 3) }), 0.25, 1e-15);
    expectClose(groupedGini({ shares: col(0.25, 0.75), means: col(2, 2) }), 0, 1e-15);
  });

  it('rejects bad groups naming the group', () => {
    expect(() => groupedGini({ shares: col(0.5, 0), means: col(1, 2) })).toThrow(
      /group 2: the population share is 0/,
    );
    expect(() => groupedGini({ shares: col(0.5, 0.5), means: col(1, -2) })).toThrow(
      /group 2: the mean income is -2/,
    );
    expect(() => groupedGini({ shares: col(1), means: col(1) })).toThrow(/at least two groups/);
    expect(() => topBottomRatio({ shares: col(1, 1), means: col(1) })).toThrow(
      /2 population shares for 1 group means/,
    );
  });
});
