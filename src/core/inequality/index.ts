// The inequality and convergence measures of METHODS.md § Inequality and convergence, one per file.

export { checkValues, checkWeights, type ValueRule } from './checks.ts';
export { betaConvergence, sigmaConvergence, type BetaConvergence } from './convergence.ts';
export { coefficientOfVariation, williamson } from './cv.ts';
export { gini, giniOfSorted } from './gini.ts';
export { groupedGini, topBottomRatio, type IncomeGroups } from './grouped.ts';
export { groupingFromLabels, groupTotals, type Grouping, type GroupTotals } from './grouping.ts';
export {
  DEFAULT_INCOME_BOUNDS,
  incomeGroupShares,
  type IncomeBounds,
  type IncomeGroupShares,
} from './income-shares.ts';
export { lorenzAt, lorenzCurve, lorenzOfSorted, type LorenzCurve } from './lorenz.ts';
export { maxMinRatio } from './max-min.ts';
export { inequalityProfile, type InequalityProfile } from './profile.ts';
export { groupLevels, type GroupLevel } from './relative-level.ts';
export { palma, s80s20, shareRatio } from './share-ratios.ts';
export { sortWithWeights, type SortedPairs } from './sort.ts';
export { theilBoth, theilL, theilT, type Decomposition } from './theil.ts';
export { urbanRuralGap, type UrbanRuralGap } from './urban-rural.ts';
