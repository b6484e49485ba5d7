// How the map colours units: quantile bins of a measure pooled over every period shown (so a
// colour means the same in every year of the slider), or traffic lights against a target.

import { quantileSorted } from '@gapscope/core/stats/quantile.ts';

/** Quantile class breaks: `breaks[k]` is the upper end of class k (the last class is open). */
export interface QuantileBins {
  breaks: number[];
  classes: number;
}

/**
 * The breaks between `classes` equal-count classes of all present values (R type 7 quantiles at
 * k/classes), ties merged so no class is empty by construction. Empty breaks without values.
 */
export function quantileBins(values: Iterable<number | null>, classes = 5): QuantileBins {
  const xs: number[] = [];
  for (const v of values) if (v !== null && Number.isFinite(v)) xs.push(v);
  const sorted = Float64Array.from(xs).sort();
  if (sorted.length === 0) return { breaks: [], classes: 0 };
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const b = quantileSorted(sorted, k / classes);
    if (b < sorted[sorted.length - 1]! && (breaks.length === 0 || b > breaks.at(-1)!))
      breaks.push(b);
  }
  return { breaks, classes: breaks.length + 1 };
}

/** The class (0 = lowest) of a value under the breaks: the first class whose upper end is ≥ it. */
export function binOf(bins: QuantileBins, v: number): number {
  let k = 0;
  while (k < bins.breaks.length && v > bins.breaks[k]!) k++;
  return k;
}

/** A traffic light: met, near (behind by at most `tolerance` of |target|), behind, none. */
export type Traffic = 'met' | 'near' | 'behind' | 'none';

/**
 * A value against its target, d the direction (1: higher is better, −1: lower is better): met when
 * d·(value − target) ≥ 0; near when behind by at most `tolerance` (default 5 %) of |target|;
 * behind otherwise; none without a value or a target (METHODS.md § Diagnostics and levers).
 */
export function trafficOf(
  value: number | null,
  target: number | null,
  direction: 1 | -1,
  tolerance = 0.05,
): Traffic {
  if (value === null || target === null || !Number.isFinite(value) || !Number.isFinite(target))
    return 'none';
  const behind = direction * (target - value);
  if (behind <= 0) return 'met';
  return behind <= tolerance * Math.abs(target) ? 'near' : 'behind';
}
