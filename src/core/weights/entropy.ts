// Entropy weights: indicators whose normalised values are spread unevenly across units weigh more.

import { GapscopeError } from '../errors.ts';

/**
 * Entropy weights of the indicators y[j] (min–max normalised to [0, 1], direction applied, NaN =
 * missing), non-negative and summing to 1 (METHODS.md § Weighting, entropy).
 *
 * Each indicator is measured over its own n_j units with a value, so e_j = −(1/ln n_j) Σ p ln p.
 * An indicator with n_j ≤ 1 or no spread (Σ y = 0 included) carries no information: e_j = 1 and
 * weight 0. If every e_j = 1 (no indicator discriminates), the weights are equal rather than 0/0.
 * 1 − e_j is computed as Σ p ln(n_j p) / ln n_j, the same quantity without the cancellation of
 * 1 − e when values are nearly equal. The scale of y does not matter (p is a share), so 0–100
 * values give the same weights; a negative value is an error. `ids` only names indicators in it.
 */
export function entropyWeights(y: Float64Array[], ids?: string[]): Float64Array {
  const m = y.length;
  const d = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    const col = y[j]!;
    let n = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < col.length; i++) {
      const v = col[i]!;
      if (v !== v) continue;
      if (v < 0) {
        throw new GapscopeError(
          'weights.entropy-negative',
          `entropy weights need values ≥ 0; indicator ${ids?.[j] ?? j + 1} has ${v} at unit ${i + 1} (normalise with minmax first)`,
        );
      }
      n++;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (n <= 1 || min === max) continue;
    const mean = sum / n;
    let divergence = 0;
    for (let i = 0; i < col.length; i++) {
      const v = col[i]!;
      // p ln(n p) with n p = v / mean; 0 · ln 0 = 0 (and NaN fails the test).
      if (v > 0) divergence += (v / sum) * Math.log1p((v - mean) / mean);
    }
    d[j] = Math.max(0, divergence / Math.log(n));
    total += d[j]!;
  }
  if (total === 0) return d.fill(1 / m);
  for (let j = 0; j < m; j++) d[j] = d[j]! / total;
  return d;
}
