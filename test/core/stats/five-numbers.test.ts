import { describe, expect, it } from 'vitest';
import { fiveNumbers } from '../../../src/core/stats/five-numbers.ts';

describe('fiveNumbers', () => {
  it('summarises the finite values, quartiles between order statistics (R type 7)', () => {
    // Sorted 1 2 4 8 16 (n = 5, h = 4p): p25 at h = 1 → 2; median 4; p75 at h = 3 → 8.
    expect(fiveNumbers([16, null, 4, 1, NaN, 8, 2])).toEqual({
      n: 5,
      min: 1,
      p25: 2,
      median: 4,
      p75: 8,
      max: 16,
    });
    // 1 2 4 8 (n = 4, h = 3p): p25 at 0.75 → 1 + 0.75·1; median at 1.5 → 2 + 0.5·2; p75 at 2.25 → 4 + 0.25·4.
    const s = fiveNumbers([8, 4, 2, 1]);
    expect([s.p25, s.median, s.p75]).toEqual([1.75, 3, 5]);
  });

  it('is NaN throughout when there is nothing', () => {
    const s = fiveNumbers([null, NaN]);
    expect(s.n).toBe(0);
    for (const v of [s.min, s.p25, s.median, s.p75, s.max]) expect(Number.isNaN(v)).toBe(true);
  });
});
