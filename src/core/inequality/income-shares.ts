// The middle- and low-income shares of households ("扩中提低": a bigger middle, a smaller bottom).

import { GapscopeError } from '../errors.ts';
import { checkWeights } from './checks.ts';

/** The bounds of the middle-income group, on the annual income of a household of `householdSize`. */
export interface IncomeBounds {
  /** Lower bound, inclusive, CNY a year (default 100,000). */
  lower: number;
  /** Upper bound, exclusive, CNY a year (default 500,000). */
  upper: number;
  /** Per-capita income is multiplied by this to compare with the bounds (default 3). */
  householdSize: number;
}

/** The bounds of METHODS.md: 100,000 to 500,000 CNY a year for a household of three. */
export const DEFAULT_INCOME_BOUNDS: IncomeBounds = {
  lower: 100_000,
  upper: 500_000,
  householdSize: 3,
};

/** Weighted shares of households below, inside and above the middle-income bounds; they sum to 1. */
export interface IncomeGroupShares {
  low: number;
  middle: number;
  high: number;
}

/**
 * Shares of households (weights > 0, or omitted for 1) whose per-capita disposable income x times
 * the household size lies below `lower` (low), in [lower, upper) (middle) or at or above `upper`
 * (METHODS.md § Inequality and convergence, middle-income share). Values must be finite; a
 * negative income counts as low.
 */
export function incomeGroupShares(
  x: Float64Array,
  w?: Float64Array | null,
  bounds: Partial<IncomeBounds> = {},
): IncomeGroupShares {
  const { lower, upper, householdSize } = { ...DEFAULT_INCOME_BOUNDS, ...bounds };
  if (!(lower < upper) || !(householdSize > 0)) {
    throw new GapscopeError(
      'inequality.bounds',
      `middle-income bounds need lower < upper and a household size > 0; got [${lower}, ${upper}) for ${householdSize}`,
    );
  }
  if (w) checkWeights(w, x.length);
  if (x.length === 0)
    throw new GapscopeError('inequality.empty', 'income shares need at least one value');
  let low = 0;
  let middle = 0;
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isFinite(v)) {
      throw new GapscopeError(
        'inequality.value',
        `record ${i + 1}: the value is ${v}; income shares need finite values`,
      );
    }
    const p = w ? w[i]! : 1;
    const household = v * householdSize;
    total += p;
    if (household < lower) low += p;
    else if (household < upper) middle += p;
  }
  return { low: low / total, middle: middle / total, high: (total - low - middle) / total };
}
