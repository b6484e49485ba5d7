// Damped-trend parameters pooled over the units of a panel: one α, β, φ for all, by a deterministic
// grid search (METHODS.md § Progress towards targets and forecasts, pooled parameters).

import type { DampedParams } from './damped.ts';
import { errorScale, MIN_POINTS, observedCount } from './scale.ts';

/**
 * The grid searched, in its order: α = 0.1, 0.2 … 1 (outermost), β = 0, 0.1 … 1, φ = 0.80, 0.82 …
 * 0.98 (innermost); 1,100 points. Values are k/10 and k/50, so exactly as written.
 */
export const DAMPED_GRID: readonly DampedParams[] = (() => {
  const out: DampedParams[] = [];
  for (let a = 1; a <= 10; a++)
    for (let b = 0; b <= 10; b++)
      for (let f = 40; f <= 49; f++) out.push({ alpha: a / 10, beta: b / 10, phi: f / 50 });
  return out;
})();

/**
 * For each origin (an index of the years), the grid point minimising the pooled squared scaled
 * one-step errors Σ_i Σ_{k ≤ o} (e_ik / s_io)², s_io the unit's scale up to o (units with s = 0 or
 * fewer than 4 values up to o left out). The first point of the grid wins a tie. Null for an
 * origin where no unit counts. One pass per grid point and unit serves every origin, since a
 * one-step error does not depend on later years; the pass is `dampedRun`'s recursion written out
 * over flat typed arrays, to allocate nothing in the loop (test/core/forecast/fit.test.ts holds
 * them equal).
 */
export function fitPooled(
  series: readonly Float64Array[],
  origins: readonly number[],
  grid: readonly DampedParams[] = DAMPED_GRID,
): (DampedParams | null)[] {
  const m = origins.length;
  const order = origins.map((_, j) => j).sort((a, b) => origins[a]! - origins[b]!);
  const sorted = Int32Array.from(order, (j) => origins[j]!);
  const end = m ? sorted[m - 1]! : -1;
  const len = end + 1;
  // The units that count at some origin, flat: values, first two observed indices, weights.
  const kept: number[] = [];
  const weightRows: Float64Array[] = [];
  series.forEach((x, i) => {
    const w = Float64Array.from(sorted, (o) => {
      const s = errorScale(x, o);
      return s > 0 && observedCount(x, o) >= MIN_POINTS ? 1 / (s * s) : 0;
    });
    if (w.some((v) => v > 0)) {
      kept.push(i);
      weightRows.push(w);
    }
  });
  const n = kept.length;
  const xs = new Float64Array(n * len);
  const ws = new Float64Array(n * m);
  const start = new Int32Array(n * 2);
  kept.forEach((i, u) => {
    const x = series[i]!;
    xs.set(x.subarray(0, len), u * len);
    ws.set(weightRows[u]!, u * m);
    let first = -1;
    let second = -1;
    for (let k = 0; k < len && second < 0; k++)
      if (x[k] === x[k]) {
        if (first < 0) first = k;
        else second = k;
      }
    start[2 * u] = first;
    start[2 * u + 1] = second;
  });
  const best = new Float64Array(m).fill(Infinity);
  const pick: (DampedParams | null)[] = origins.map(() => null);
  const sse = new Float64Array(m);
  for (let g = 0; g < grid.length; g++) {
    const alpha = grid[g]!.alpha;
    const beta = grid[g]!.beta;
    const phi = grid[g]!.phi;
    sse.fill(0);
    for (let u = 0; u < n; u++) {
      const base = u * len;
      const first = start[2 * u]!;
      const second = start[2 * u + 1]!;
      let level = xs[base + second]!;
      let trend = (level - xs[base + first]!) / (second - first);
      let cum = 0;
      let j = 0;
      while (j < m && sorted[j]! <= second) j++;
      for (let k = second + 1; k < len; k++) {
        const f = level + phi * trend;
        const v = xs[base + k]!;
        if (v !== v) {
          level = f;
          trend *= phi;
        } else {
          const e = v - f;
          cum += e * e;
          const next = alpha * v + (1 - alpha) * f;
          trend = beta * (next - level) + (1 - beta) * phi * trend;
          level = next;
        }
        while (j < m && sorted[j] === k) {
          sse[j] = sse[j]! + ws[u * m + j]! * cum;
          j++;
        }
      }
    }
    for (let j = 0; j < m; j++) {
      if (sse[j]! < best[j]!) {
        best[j] = sse[j]!;
        pick[order[j]!] = grid[g]!;
      }
    }
  }
  // An origin where no unit counts has a sum of 0 at every point: no fit there.
  return order.reduce<(DampedParams | null)[]>(
    (out, j, r) => {
      out[j] = weightRows.some((w) => w[r]! > 0) ? pick[j]! : null;
      return out;
    },
    origins.map(() => null),
  );
}
