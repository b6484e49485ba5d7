// Percentile ranks: lo + (r − 1)/(n − 1)·(hi − lo), equal values taking the lowest rank.

import { sortedFinite } from '../stats/quantile.ts';
import { mapActive, type Normaliser } from './types.ts';

/** Number of sorted values strictly below v (binary search). */
export function countBelow(sorted: Float64Array, v: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid]! < v) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Ascending percentile rank of d·x among the active units (COINr's n_prank × 100). */
export const rank: Normaliser = (x, active, d, ctx) => {
  const dx = mapActive(x, active, (v) => d * v);
  const sorted = sortedFinite(dx);
  const n = sorted.length;
  const [lo, hi] = ctx.params;
  return mapActive(dx, active, (v) =>
    n > 1 ? lo + (countBelow(sorted, v) / (n - 1)) * (hi - lo) : hi,
  );
};
