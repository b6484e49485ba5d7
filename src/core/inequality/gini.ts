// The Gini coefficient, weighted or not: half the mean absolute difference over the mean.

import { checkValues, checkWeights } from './checks.ts';
import { sortWithWeights } from './sort.ts';

/**
 * Gini coefficient G = Σ_i Σ_k p_i p_k |x_i − x_k| / (2 P² μ), in [0, 1), 0 = equal (METHODS.md §
 * Inequality and convergence; no small-sample correction, as PySAL and R `ineq` by default).
 * Values must be ≥ 0 with a positive total; weights (populations) > 0, all 1 when omitted. Sorts
 * without a comparator: the values natively, or with their weights by radix sort.
 */
export function gini(x: Float64Array, w?: Float64Array | null): number {
  checkValues(x, 'non-negative', 'the Gini coefficient');
  if (w) {
    checkWeights(w, x.length);
    const s = sortWithWeights(x, w);
    return giniOfSorted(s.x, s.w);
  }
  const xs = Float64Array.from(x).sort();
  return giniOfSorted(xs, null);
}

/**
 * The Gini coefficient of values already in ascending order (weights alongside, or null for all
 * 1): Σ_i p_i x_i (2 P_<i + p_i − P) / (P S), with P_<i the weight before i and S = Σ p x — the
 * double sum with each pair counted once (METHODS.md § Inequality and convergence). Ties may be in
 * any order. 0 when every value is 0.
 */
export function giniOfSorted(xs: Float64Array, ws: Float64Array | null): number {
  const n = xs.length;
  let P = 0;
  let S = 0;
  if (ws) {
    for (let i = 0; i < n; i++) {
      P += ws[i]!;
      S += ws[i]! * xs[i]!;
    }
  } else {
    P = n;
    for (let i = 0; i < n; i++) S += xs[i]!;
  }
  if (S === 0) return 0;
  let before = 0;
  let sum = 0;
  if (ws) {
    for (let i = 0; i < n; i++) {
      const p = ws[i]!;
      sum += p * xs[i]! * (2 * before + p - P);
      before += p;
    }
  } else {
    for (let i = 0; i < n; i++) sum += xs[i]! * (2 * i + 1 - P);
  }
  return Math.max(0, sum / (P * S));
}
