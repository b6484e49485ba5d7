// PCA weights: each indicator's share of the variance carried by the retained principal components.

import { GapscopeError } from '../errors.ts';
import { pearson } from '../stats/correlation.ts';
import { symmetricEigen } from '../stats/eigen.ts';

/** Eigenvalues within this of 1, or of each other, count as equal (rounding, not structure). */
const EIG_TOL = 1e-9;

/**
 * PCA weights of the raw indicator columns x[j] (NaN = missing): w_j ∝ Σ_k λ_k a_jk² over the
 * components with eigenvalue > 1 of the correlation matrix, summing to 1 (METHODS.md § Weighting,
 * pca).
 *
 * The correlation matrix uses the units that have every value (listwise); fewer than 3 such units
 * is an error. A constant column has correlation 0 with every other and 1 on the diagonal, so it
 * forms its own component with eigenvalue 1 and gets weight 0 unless no component is kept by the
 * > 1 rule. "Greater than 1" means > 1 + 1e-9, so a structural eigenvalue of exactly 1 is not
 * kept by rounding. When none exceeds 1, the first component is kept together with every
 * component tied with it (within 1e-9): a tied eigenspace has no unique "first" vector, and the
 * sum over the whole eigenspace does not depend on the basis (all-constant data → equal weights).
 * `ids` names the indicator with the fewest values in the error.
 */
export function pcaWeights(x: Float64Array[], ids?: string[]): Float64Array {
  const m = x.length;
  if (m === 0) return new Float64Array(0);
  const n = x[0]!.length;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) {
    let all = true;
    for (let j = 0; j < m && all; j++) all = x[j]![i] === x[j]![i];
    if (all) rows.push(i);
  }
  if (rows.length < 3) {
    throw new GapscopeError(
      'weights.pca-too-few',
      `PCA weights need at least 3 units with a value for every indicator; ${rows.length} have them${sparsest(x, ids)}`,
    );
  }
  const cols = x.map((col) => Float64Array.from(rows, (i) => col[i]!));
  // Constancy is tested exactly: rounding in a mean would otherwise give r ≈ ±1e-16, not 0.
  const varies = cols.map((col) => col.some((v) => v !== col[0]));
  const r: number[][] = cols.map((_, j) => cols.map((__, k) => (j === k ? 1 : 0)));
  for (let j = 0; j < m; j++) {
    for (let k = j + 1; k < m; k++) {
      r[j]![k] = r[k]![j] = varies[j] && varies[k] ? pearson(cols[j]!, cols[k]!) : 0;
    }
  }
  const { values, vectors } = symmetricEigen(r);
  let kept = 0;
  while (kept < m && values[kept]! > 1 + EIG_TOL) kept++;
  if (kept === 0) while (kept < m && values[kept]! >= values[0]! - EIG_TOL) kept++;
  const w = new Float64Array(m);
  let total = 0;
  for (let k = 0; k < kept; k++) {
    for (let j = 0; j < m; j++) {
      const t = values[k]! * vectors[k]![j]! * vectors[k]![j]!;
      w[j] = w[j]! + t;
      total += t;
    }
  }
  for (let j = 0; j < m; j++) w[j] = w[j]! / total;
  return w;
}

/** ", indicator X has values for only k units" for the indicator with the fewest values. */
function sparsest(x: Float64Array[], ids?: string[]): string {
  let best = -1;
  let bestN = Infinity;
  for (let j = 0; j < x.length; j++) {
    let c = 0;
    for (const v of x[j]!) if (v === v) c++;
    if (c < bestN) {
      bestN = c;
      best = j;
    }
  }
  return `; indicator ${ids?.[best] ?? best + 1} has values for only ${bestN} of ${x[0]!.length} units`;
}
