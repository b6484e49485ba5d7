// The baselines a damped-trend forecast is compared with: a random walk with drift and a linear
// trend (METHODS.md § Progress towards targets and forecasts).

/**
 * Random walk with drift from x[0..end] (one value a year, NaN where missing) to index `at`:
 * x_l + (at − l)·(x_l − x_f)/(l − f), f and l the first and last observed indices. NaN with fewer
 * than two observed values.
 */
export function driftForecast(x: ArrayLike<number>, end: number, at: number): number {
  let f = -1;
  let l = -1;
  for (let k = 0; k <= end; k++) {
    if (x[k] !== x[k]) continue;
    if (f < 0) f = k;
    l = k;
  }
  if (f < 0 || l === f) return NaN;
  return x[l]! + ((at - l) * (x[l]! - x[f]!)) / (l - f);
}

/**
 * Linear trend: the least-squares line through the observed (k, x[k]), k ≤ end, at index `at`.
 * NaN with fewer than two observed values.
 */
export function linearTrendForecast(x: ArrayLike<number>, end: number, at: number): number {
  let n = 0;
  let sk = 0;
  let sx = 0;
  for (let k = 0; k <= end; k++) {
    if (x[k] !== x[k]) continue;
    n++;
    sk += k;
    sx += x[k]!;
  }
  if (n < 2) return NaN;
  const mk = sk / n;
  const mx = sx / n;
  let skk = 0;
  let skx = 0;
  for (let k = 0; k <= end; k++) {
    if (x[k] !== x[k]) continue;
    skk += (k - mk) ** 2;
    skx += (k - mk) * (x[k]! - mx);
  }
  return mx + (skx / skk) * (at - mk);
}
