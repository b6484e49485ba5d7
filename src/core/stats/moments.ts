// Sample moments over the finite values of a column (NaN = missing), optionally masked.

/** Count, mean and sample standard deviation (n − 1) of the values where mask is 1 (all if none). */
export function meanSd(
  x: Float64Array,
  mask?: Uint8Array,
): { n: number; mean: number; sd: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v === v && (!mask || mask[i])) {
      n++;
      sum += v;
    }
  }
  const mean = n ? sum / n : NaN;
  let ss = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v === v && (!mask || mask[i])) ss += (v - mean) * (v - mean);
  }
  return { n, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN };
}

/**
 * Bias-adjusted sample skewness and excess kurtosis (Excel's SKEW and KURT, e1071 type 2), as
 * METHODS.md § Treat outliers defines them. NaN when n < 4 or the values have no spread.
 */
export function skewKurt(
  x: Float64Array,
  mask?: Uint8Array,
): { n: number; skew: number; kurt: number } {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v === v && (!mask || mask[i])) {
      n++;
      sum += v;
    }
  }
  const mean = sum / n;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v === v && (!mask || mask[i])) {
      const d = v - mean;
      const d2 = d * d;
      s2 += d2;
      s3 += d2 * d;
      s4 += d2 * d2;
    }
  }
  if (n < 4 || s2 === 0) return { n, skew: NaN, kurt: NaN };
  const m2 = s2 / n;
  const m3 = s3 / n;
  const skew = ((Math.sqrt(n * (n - 1)) / (n - 2)) * m3) / Math.pow(m2, 1.5);
  const r = (n * s4) / (s2 * s2);
  const kurt = (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  return { n, skew, kurt };
}

/** Smallest and largest finite values where mask is 1; NaN when there are none. */
export function minMax(x: Float64Array, mask?: Uint8Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v === v && (!mask || mask[i])) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min === Infinity ? { min: NaN, max: NaN } : { min, max };
}
