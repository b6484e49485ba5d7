// Every inequality measure of one distribution at once, sharing one sort and one pass of logarithms.

import { checkValues, checkWeights } from './checks.ts';
import { coefficientOfVariation, williamson } from './cv.ts';
import { giniOfSorted } from './gini.ts';
import { checkGrouping, type Grouping } from './grouping.ts';
import { lorenzOfSorted, type LorenzCurve } from './lorenz.ts';
import { maxMinRatio } from './max-min.ts';
import { groupLevels, type GroupLevel } from './relative-level.ts';
import { palma, s80s20 } from './share-ratios.ts';
import { sortWithWeights } from './sort.ts';
import { theilBoth, type Decomposition } from './theil.ts';

/** The measures of one distribution; between/within are null without a grouping. */
export interface InequalityProfile {
  n: number;
  /** The weighted mean μ. */
  mean: number;
  gini: number;
  theilT: { total: number; between: number | null; within: number | null };
  theilL: { total: number; between: number | null; within: number | null };
  /** Sample standard deviation / mean, each record once. */
  cv: number;
  /** Williamson's: weighted population standard deviation / weighted mean. */
  cvWeighted: number;
  maxMin: number;
  s80s20: number;
  palma: number;
  groups: GroupLevel[] | null;
  lorenz: LorenzCurve;
}

/**
 * Gini, Theil T and L (decomposed when grouped), both coefficients of variation, max/min, S80/S20,
 * Palma, the Lorenz curve and each group's level, of values > 0 with weights > 0 (or none, for
 * all 1) (METHODS.md § Inequality and convergence). The same numbers as the single measures.
 */
export function inequalityProfile(
  x: Float64Array,
  w?: Float64Array | null,
  groups?: Grouping | null,
): InequalityProfile {
  checkValues(x, 'positive', 'Theil L and the max/min ratio');
  if (w) checkWeights(w, x.length);
  if (groups) checkGrouping(groups, x.length);
  const sorted = w ? sortWithWeights(x, w) : { x: Float64Array.from(x).sort(), w: null };
  const lorenz = lorenzOfSorted(sorted.x, sorted.w);
  const theil = theilBoth(x, w, groups ?? undefined);
  let P = 0;
  let S = 0;
  for (let i = 0; i < x.length; i++) {
    const p = w ? w[i]! : 1;
    P += p;
    S += p * x[i]!;
  }
  const split = (d: Decomposition): InequalityProfile['theilT'] =>
    groups ? d : { total: d.total, between: null, within: null };
  return {
    n: x.length,
    mean: S / P,
    gini: giniOfSorted(sorted.x, sorted.w),
    theilT: split(theil.T),
    theilL: split(theil.L),
    cv: coefficientOfVariation(x),
    cvWeighted: williamson(x, w),
    maxMin: maxMinRatio(x),
    s80s20: s80s20(lorenz),
    palma: palma(lorenz),
    groups: groups ? groupLevels(x, w, groups) : null,
    lorenz,
  };
}
