// Each group's size, mean and level relative to the whole: the descriptive side of a decomposition.

import { checkValues, checkWeights } from './checks.ts';
import { checkGrouping, groupTotals, type Grouping } from './grouping.ts';

/** One group's figures: records, weighted mean, population and income shares, level (whole = 100). */
export interface GroupLevel {
  group: string;
  n: number;
  mean: number;
  populationShare: number;
  incomeShare: number;
  relativeLevel: number;
}

/**
 * Per group: n, mean μ_g, population share π_g = P_g/P, income share s_g = S_g/S and relative level
 * μ_g/μ × 100 (METHODS.md § Inequality and convergence, group relative level). Values ≥ 0 with a
 * positive total, weights > 0 or omitted for 1.
 */
export function groupLevels(
  x: Float64Array,
  w: Float64Array | null | undefined,
  groups: Grouping,
): GroupLevel[] {
  checkValues(x, 'non-negative', 'a group’s relative level');
  if (w) checkWeights(w, x.length);
  checkGrouping(groups, x.length);
  const t = groupTotals(x, w ?? null, groups);
  let P = 0;
  let S = 0;
  for (let g = 0; g < groups.labels.length; g++) {
    P += t.population[g]!;
    S += t.income[g]!;
  }
  const mean = S / P;
  return groups.labels.map((group, g) => {
    const mg = t.income[g]! / t.population[g]!;
    return {
      group,
      n: t.n[g]!,
      mean: mg,
      populationShare: t.population[g]! / P,
      incomeShare: S > 0 ? t.income[g]! / S : NaN,
      relativeLevel: mean > 0 ? (mg / mean) * 100 : NaN,
    };
  });
}
