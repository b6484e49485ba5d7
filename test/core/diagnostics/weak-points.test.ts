// Weak points on a hand-computed example: the bottom-quartile rule (R type 7, below the best),
// behind target, the largest obstacle degrees, the ranking, and a screened-out unit.

import { describe, expect, it } from 'vitest';
import { datasetFromObservations } from '../../../src/core/data/dataset.ts';
import { weakPoints } from '../../../src/core/diagnostics/weak-points.ts';
import { evaluate } from '../../../src/core/pipeline/evaluate.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { makeFramework } from '../../helpers/factories.ts';

// Two domains of two indicators, all weights equal (W = 1/4), targets 150 for 2030, direction +1.
const fw = makeFramework({ domains: 2, perDomain: 2 });
const rows: [string, number[]][] = [
  ['A', [0, 200, 100, 10]],
  ['B', [50, 150, 100, 20]],
  ['C', [100, 100, 100, 30]],
  ['D', [100, 0, 100, 40]],
  // Screened out (1 of 4 values): takes no part, or it would move every min–max.
  ['E', [1000, NaN, NaN, NaN]],
];
const data = datasetFromObservations(
  rows.flatMap(([unit, v]) =>
    v.flatMap((value, j) =>
      Number.isNaN(value) ? [] : [{ unit, series: `I${j + 1}`, period: '2024', value }],
    ),
  ),
);
const ev = evaluate({ framework: fw, data, config: { treat: { method: 'none' } } });

describe('weakPoints()', () => {
  const all = weakPoints(ev);
  const of = (u: string) => all.find((x) => x.unit === u)!.weakPoints;

  it('A: I1 and I4 in the bottom quartile, behind target and the largest obstacles; I3 behind only', () => {
    // I1 normalised 0, 50, 100, 100: Q1 = 0 + 0.75·50 = 37.5, so only A. I3 is constant (all 100):
    // nobody is below the best. I4: 0, 33.3, 66.7, 100: Q1 = 25, A.
    const w = of('A');
    expect(w.map((x) => [x.indicator, x.reasons])).toEqual([
      ['I1', ['bottom-quartile', 'behind-target', 'top-obstacle']],
      ['I4', ['bottom-quartile', 'behind-target', 'top-obstacle']],
      ['I3', ['behind-target']],
    ]);
    // Obstacles: I = 1 − y/100 = 1, 0, 0, 1 with W = 1/4 each → 0.5, 0, 0, 0.5.
    expectClose(w[0]!.obstacle!, 0.5, 1e-12);
    expectClose(w[2]!.obstacle!, 0, 1e-12);
    expect(w[0]).toMatchObject({ rank: 4, of: 4, value: 0, target: { year: 2030, value: 150 } });
  });

  it('D: I2 first (its only obstacle); meeting the target exactly is not behind it', () => {
    expect(of('D').map((x) => x.indicator)).toEqual(['I2', 'I1', 'I3', 'I4']);
    expect(of('D')[0]!.reasons).toEqual(['bottom-quartile', 'behind-target', 'top-obstacle']);
    // B's I2 is exactly 150: among its three positive obstacles, but not behind target.
    expect(of('B').find((x) => x.indicator === 'I2')!.reasons).toEqual(['top-obstacle']);
  });

  it('`top` limits the obstacle reason, ties in framework order; a screened unit has none', () => {
    const a = weakPoints(ev, { units: ['A'], top: 1 })[0]!.weakPoints;
    expect(a.filter((x) => x.reasons.includes('top-obstacle')).map((x) => x.indicator)).toEqual([
      'I1',
    ]);
    expect(of('E')).toEqual([]);
    expect(() => weakPoints(ev, { units: ['Z'] })).toThrow(/Z is not among/);
  });
});
