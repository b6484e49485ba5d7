// The max/min ratio: how many times the highest value is the lowest.

import { checkValues } from './checks.ts';

/** max_i x_i / min_i x_i, ≥ 1, over values > 0 (METHODS.md § Inequality and convergence). */
export function maxMinRatio(x: Float64Array): number {
  checkValues(x, 'positive', 'the max/min ratio');
  let max = -Infinity;
  let min = Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  return max / min;
}
