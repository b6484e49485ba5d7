// The scale that makes forecast errors of different units comparable (Hyndman and Koehler 2006).

/** The fewest observed values up to an origin (or a unit's last year) for a forecast from it. */
export const MIN_POINTS = 4;

/**
 * The mean over successive observed values of x[0..end] of |x_k − x_k′| / (k − k′) (the in-sample
 * naive error per year, MASE's denominator); NaN with fewer than two observed values, 0 for a
 * series that has not changed (METHODS.md § Progress towards targets and forecasts).
 */
export function errorScale(x: ArrayLike<number>, end: number): number {
  let prev = -1;
  let sum = 0;
  let n = 0;
  for (let k = 0; k <= end; k++) {
    if (x[k] !== x[k]) continue;
    if (prev >= 0) {
      sum += Math.abs(x[k]! - x[prev]!) / (k - prev);
      n++;
    }
    prev = k;
  }
  return n ? sum / n : NaN;
}

/** The number of observed values in x[0..end]. */
export function observedCount(x: ArrayLike<number>, end: number): number {
  let n = 0;
  for (let k = 0; k <= end; k++) if (x[k] === x[k]) n++;
  return n;
}
