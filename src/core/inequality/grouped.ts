// Inequality from grouped data: population shares and mean incomes of groups such as quintiles.

import { GapscopeError } from '../errors.ts';

/** Groups of a distribution: each one's population share and mean income. */
export interface IncomeGroups {
  shares: Float64Array;
  means: Float64Array;
}

/**
 * Gini from group data: with the groups in ascending order of mean, Lorenz points (F_k, L_k)
 * through the cumulative population and income shares, G = 1 − Σ_k (F_k − F_{k−1})(L_k + L_{k−1})
 * (METHODS.md § Inequality and convergence, Gini from group data). The shares may be fractions or
 * percentages: they are divided by their sum. This is the Gini of the data with every member of
 * a group at the group's mean, so a lower bound of the Gini of the underlying records.
 */
export function groupedGini(groups: IncomeGroups): number {
  const { shares, means } = ordered(groups);
  let F = 0;
  let total = 0;
  for (let k = 0; k < shares.length; k++) {
    F += shares[k]!;
    total += shares[k]! * means[k]!;
  }
  let L0 = 0;
  let acc = 0;
  let cum = 0;
  for (let k = 0; k < shares.length; k++) {
    cum += shares[k]! * means[k]!;
    const L1 = cum / total;
    acc += (shares[k]! / F) * (L1 + L0);
    L0 = L1;
  }
  return 1 - acc;
}

/**
 * The mean income of the top group over that of the bottom group (e.g. the fifth quintile's over
 * the first's), by mean (METHODS.md § Inequality and convergence, Gini from group data).
 */
export function topBottomRatio(groups: IncomeGroups): number {
  const { means } = ordered(groups);
  return means[means.length - 1]! / means[0]!;
}

/** Checks the groups and returns them in ascending order of mean (a handful, so a plain sort). */
function ordered(groups: IncomeGroups): IncomeGroups {
  const { shares, means } = groups;
  if (shares.length !== means.length) {
    throw new GapscopeError(
      'inequality.groups',
      `${shares.length} population shares for ${means.length} group means: each group needs both`,
    );
  }
  if (shares.length < 2) {
    throw new GapscopeError('inequality.groups', 'grouped data need at least two groups');
  }
  for (let k = 0; k < shares.length; k++) {
    if (!(shares[k]! > 0 && shares[k]! < Infinity)) {
      throw new GapscopeError(
        'inequality.groups',
        `group ${k + 1}: the population share is ${shares[k]}; a share must be > 0`,
      );
    }
    if (!(means[k]! > 0 && means[k]! < Infinity)) {
      throw new GapscopeError(
        'inequality.groups',
        `group ${k + 1}: the mean income is ${means[k]}; the Lorenz curve and the top/bottom ratio need means > 0`,
      );
    }
  }
  const order = Array.from(means.keys()).sort((a, b) => means[a]! - means[b]! || a - b);
  return {
    shares: Float64Array.from(order, (k) => shares[k]!),
    means: Float64Array.from(order, (k) => means[k]!),
  };
}
