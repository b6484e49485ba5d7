// Coefficient-of-variation weights: indicators that vary more relative to their mean weigh more.

import { GapscopeError } from '../errors.ts';
import { meanSd, minMax } from '../stats/moments.ts';

/**
 * Coefficient-of-variation weights of the raw indicator columns x[j] (NaN = missing), v_j =
 * s_j / |mean_j| with the sample standard deviation (n − 1), non-negative and summing to 1
 * (METHODS.md § Weighting, cv).
 *
 * An indicator with fewer than two values, or all equal (all zeros included), has v_j = 0. A mean
 * of 0 with spread (|mean| ≤ 1e-12 × the mean absolute value, so rounding cannot fake a huge v)
 * is an error naming the indicator (`ids[j]`, else its 1-based position). If every v_j is 0, the
 * weights are equal.
 */
export function cvWeights(x: Float64Array[], ids?: string[]): Float64Array {
  const m = x.length;
  const v = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    const col = x[j]!;
    const { min, max } = minMax(col);
    if (!(min < max)) continue;
    const { n, mean, sd } = meanSd(col);
    let abs = 0;
    for (let i = 0; i < col.length; i++) if (col[i] === col[i]) abs += Math.abs(col[i]!);
    if (Math.abs(mean) <= 1e-12 * (abs / n)) {
      throw new GapscopeError(
        'weights.cv-zero-mean',
        `cv weights divide by the mean, but indicator ${ids?.[j] ?? j + 1} has mean 0; use another weighting method`,
      );
    }
    v[j] = sd / Math.abs(mean);
    total += v[j]!;
  }
  if (total === 0) return v.fill(1 / m);
  for (let j = 0; j < m; j++) v[j] = v[j]! / total;
  return v;
}
