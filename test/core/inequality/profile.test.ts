import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, williamson } from '../../../src/core/inequality/cv.ts';
import { gini } from '../../../src/core/inequality/gini.ts';
import { groupingFromLabels } from '../../../src/core/inequality/grouping.ts';
import { lorenzCurve } from '../../../src/core/inequality/lorenz.ts';
import { maxMinRatio } from '../../../src/core/inequality/max-min.ts';
import { inequalityProfile } from '../../../src/core/inequality/profile.ts';
import { palma, s80s20 } from '../../../src/core/inequality/share-ratios.ts';
import { theilL, theilT } from '../../../src/core/inequality/theil.ts';
import { ilocosIncome } from '../../helpers/reference-data.ts';

describe('inequalityProfile', () => {
  const x = Float64Array.from([...ilocosIncome('Pangasinan'), ...ilocosIncome('La Union')]);
  const w = Float64Array.from(x, (_, i) => 1 + (i % 4));
  const groups = groupingFromLabels(Array.from(x, (_, i) => (i < 383 ? 'Pangasinan' : 'La Union')));

  it('gives the same numbers as the single measures', () => {
    const p = inequalityProfile(x, w, groups);
    expect(p.n).toBe(x.length);
    expect(p.gini).toBeCloseTo(gini(x, w), 14);
    expect(p.theilT).toEqual(theilT(x, w, groups));
    expect(p.theilL).toEqual(theilL(x, w, groups));
    expect(p.cv).toBe(coefficientOfVariation(x));
    expect(p.cvWeighted).toBe(williamson(x, w));
    expect(p.maxMin).toBe(maxMinRatio(x));
    expect(p.s80s20).toBe(s80s20(lorenzCurve(x, w)));
    expect(p.palma).toBe(palma(lorenzCurve(x, w)));
    expect(p.groups!.map((g) => [g.group, g.n])).toEqual([
      ['Pangasinan', 383],
      ['La Union', 116],
    ]);
  });

  it('leaves between and within null without groups', () => {
    const p = inequalityProfile(x);
    expect(p.theilT.between).toBeNull();
    expect(p.theilL.within).toBeNull();
    expect(p.groups).toBeNull();
    expect(p.gini).toBe(gini(x));
  });
});
