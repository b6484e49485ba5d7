// CRITIC weights: contrast (standard deviation) times conflict (1 − correlation) with the others.

import { pearson } from '../stats/correlation.ts';
import { meanSd, minMax } from '../stats/moments.ts';

/**
 * CRITIC weights of the indicators y[j] (min–max normalised, direction applied, NaN = missing),
 * non-negative and summing to 1 (METHODS.md § Weighting, critic).
 *
 * s_j is the sample standard deviation (n − 1) over the units with a value, 0 when fewer than two
 * or all equal (tested exactly, so rounding in the mean cannot leave a tiny s); r_jk is
 * pairwise-complete Pearson, 0 where either column is constant; the sum in
 * C_j = s_j Σ_k (1 − r_jk) runs over every indicator, j itself adding 1 − r_jj = 0. If every C_j
 * is 0 (all indicators constant), the weights are equal.
 */
export function criticWeights(y: Float64Array[]): Float64Array {
  const m = y.length;
  const sd = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const { min, max } = minMax(y[j]!);
    sd[j] = min < max ? meanSd(y[j]!).sd : 0;
  }
  const conflict = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    for (let k = j + 1; k < m; k++) {
      const d = 1 - (sd[j]! > 0 && sd[k]! > 0 ? pearson(y[j]!, y[k]!) : 0);
      conflict[j] = conflict[j]! + d;
      conflict[k] = conflict[k]! + d;
    }
  }
  const c = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    // r can exceed 1 by rounding; C is never negative.
    c[j] = Math.max(0, sd[j]! * conflict[j]!);
    total += c[j]!;
  }
  if (total === 0) return c.fill(1 / m);
  for (let j = 0; j < m; j++) c[j] = c[j]! / total;
  return c;
}
