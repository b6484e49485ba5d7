// Ranks with ties and tiers (METHODS.md § Outputs).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/core/pipeline/config.ts';
import { rankScores } from '../../../src/core/outputs/rank.ts';
import { assignTiers } from '../../../src/core/outputs/tiers.ts';

describe('ranks', () => {
  it('1 is best; exact ties share the lowest rank number (1, 2, 2, 4); missing gets 0', () => {
    expect([...rankScores(Float64Array.of(90, 80, 80, 70, NaN))]).toEqual([1, 2, 2, 4, 0]);
  });

  it('scores within 1e-9 are a tie; 1e-8 apart are not', () => {
    expect([...rankScores(Float64Array.of(50, 50 + 5e-10, 49))]).toEqual([1, 1, 3]);
    expect([...rankScores(Float64Array.of(50, 50 + 1e-8, 49))]).toEqual([2, 1, 3]);
  });
});

describe('ranks by radix sort', () => {
  it('agree with counting by brute force, negatives, −0, ties and missing values included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.constantFrom(0, -0, 1, 1 + 5e-10, NaN, -3.5),
          ),
          { maxLength: 60 },
        ),
        (values) => {
          const x = Float64Array.from(values);
          const r = rankScores(x);
          x.forEach((v, i) => {
            if (Number.isNaN(v)) return expect(r[i]).toBe(0);
            let above = 0;
            for (const w of x) if (w > v + 1e-9) above++;
            expect(r[i]).toBe(above + 1);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tiers', () => {
  const scores = Float64Array.of(95, 90, 85, 80, 60, 55, 50, 20, 15, 10);
  const ranks = rankScores(scores);

  it('quantile: k groups of equal count, tier 1 best', () => {
    const t = assignTiers(
      scores,
      ranks,
      defaultConfig({ tiers: { method: 'quantile', k: 5 } }).tiers,
    );
    expect([...t]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('thresholds: tier 1 at or above the highest cut', () => {
    const t = assignTiers(
      scores,
      ranks,
      defaultConfig({ tiers: { method: 'thresholds', thresholds: [80, 50] } }).tiers,
    );
    expect([...t]).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
  });

  it('jenks: natural breaks, best class tier 1', () => {
    // three clear clusters: 80–95, 50–60, 10–20
    const t = assignTiers(scores, ranks, defaultConfig({ tiers: { method: 'jenks', k: 3 } }).tiers);
    expect([...t]).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
  });
});
