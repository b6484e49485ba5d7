// A city's or the province's value of an indicator from its county-level units' values, by the
// indicator's `rollup` (METHODS.md § Progress towards targets and forecasts, the series).

import type { Rollup } from '../framework/schema.ts';

/**
 * The rollup of units' values x with weights w (NaN = missing): `mean` — the mean of the values;
 * `weighted-mean` and `ratio-of-sums` — Σ w x / Σ w over units with a value and a weight > 0 (for
 * `ratio-of-sums` w is the denominator, so this is scale · Σ numerator / Σ denominator); `sum` —
 * Σ x when every unit has a value. NaN when no unit counts.
 * @example rollupValue(Float64Array.of(2, 4), Float64Array.of(1, 3), 'weighted-mean') // 3.5
 */
export function rollupValue(x: Float64Array, w: Float64Array, method: Rollup['method']): number {
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v !== v) {
      if (method === 'sum') return NaN;
      continue;
    }
    const wi = method === 'mean' || method === 'sum' ? 1 : w[i]!;
    if (!(wi > 0) || wi === Infinity) continue;
    sum += wi * v;
    weight += wi;
  }
  if (weight === 0) return NaN;
  return method === 'sum' ? sum : sum / weight;
}
