// Jenks tiers: Fisher's exact optimal natural breaks of a sorted array.

import { GapscopeError } from '../errors.ts';

/** Above this many values the exact programme is refused; quantile tiers scale to any size. */
export const JENKS_MAX_VALUES = 20_000;

/**
 * The k − 1 inner breaks of Fisher's optimal partition of `sorted` (ascending, finite) into k
 * contiguous classes minimising the within-class sum of squared deviations: the largest value of
 * each class but the last, so class c holds the values in (break[c − 2], break[c − 1]]
 * (METHODS.md § Outputs, tiers).
 *
 * With k at least the number d of distinct values every distinct value is a class, giving d − 1
 * breaks (fewer than k − 1). When k < d an optimal partition never splits equal values. Among
 * equally good partitions (rare) the choice is deterministic but unspecified. The programme is
 * exact and runs in O(k·n·log n) by divide and conquer over the optimal split points, which are
 * monotone because the cost satisfies the quadrangle inequality (Grønlund et al. 2017, "Fast
 * exact k-means, k-medians and Bregman divergence clustering in 1D").
 */
export function jenksBreaks(sorted: Float64Array, k: number): number[] {
  const n = sorted.length;
  if (!Number.isInteger(k) || k < 1) {
    throw new GapscopeError(
      'tiers.jenks-classes',
      `jenks needs a whole number of classes ≥ 1, got ${k}`,
    );
  }
  if (n > JENKS_MAX_VALUES) {
    throw new GapscopeError(
      'tiers.jenks-too-many',
      `jenks tiers are limited to ${JENKS_MAX_VALUES} values (got ${n}); use quantile tiers instead`,
    );
  }
  let distinct = n > 0 ? 1 : 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(sorted[i]!) || (i > 0 && !(sorted[i]! >= sorted[i - 1]!))) {
      throw new GapscopeError(
        'tiers.jenks-unsorted',
        `jenks needs finite values sorted ascending; value ${i + 1} is ${sorted[i]}${i > 0 ? ` after ${sorted[i - 1]}` : ''}`,
      );
    }
    if (i > 0 && sorted[i] !== sorted[i - 1]) distinct++;
  }
  if (k >= distinct) {
    const breaks: number[] = [];
    for (let i = 1; i < n; i++) if (sorted[i] !== sorted[i - 1]) breaks.push(sorted[i - 1]!);
    return breaks;
  }
  return fisher(sorted, k);
}

/** The exact dynamic programme for 1 < k < number of distinct values. */
function fisher(x: Float64Array, k: number): number[] {
  const n = x.length;
  // Prefix sums of values shifted by the median to limit cancellation in S2 − S1²/n.
  const shift = x[n >> 1]!;
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = x[i]! - shift;
    s1[i + 1] = s1[i]! + v;
    s2[i + 1] = s2[i]! + v * v;
  }
  /** Sum of squared deviations of x[a..b] (inclusive). */
  const ssd = (a: number, b: number): number => {
    const cnt = b - a + 1;
    const s = s1[b + 1]! - s1[a]!;
    return Math.max(0, s2[b + 1]! - s2[a]! - (s * s) / cnt);
  };
  // prev[i] / cur[i]: least cost of x[0..i] in c + 1 classes; start[c][i]: where the last begins.
  let prev = new Float64Array(n);
  let cur = new Float64Array(n);
  const start: Int32Array[] = [];
  for (let i = 0; i < n; i++) prev[i] = ssd(0, i);
  start.push(new Int32Array(n));
  for (let c = 1; c < k; c++) {
    const row = new Int32Array(n);
    cur.fill(Infinity);
    // The last class starts at j ∈ [c, i]; its best j is non-decreasing in i.
    const solve = (iLo: number, iHi: number, jLo: number, jHi: number): void => {
      if (iLo > iHi) return;
      const i = (iLo + iHi) >> 1;
      let best = Infinity;
      let bestJ = Math.max(c, jLo);
      for (let j = Math.max(c, jLo); j <= Math.min(i, jHi); j++) {
        const cost = prev[j - 1]! + ssd(j, i);
        if (cost < best) {
          best = cost;
          bestJ = j;
        }
      }
      cur[i] = best;
      row[i] = bestJ;
      solve(iLo, i - 1, jLo, bestJ);
      solve(i + 1, iHi, bestJ, jHi);
    };
    solve(c, n - 1, c, n - 1);
    start.push(row);
    [prev, cur] = [cur, prev];
  }
  const breaks = new Array<number>(k - 1);
  let end = n - 1;
  for (let c = k - 1; c >= 1; c--) {
    const j = start[c]![end]!;
    breaks[c - 1] = x[j - 1]!;
    end = j - 1;
  }
  return breaks;
}
