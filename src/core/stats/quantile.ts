// Quantiles and medians of finite values.

/** The finite values where mask is 1, sorted ascending (typed-array sort: numeric, no comparator). */
export function sortedFinite(x: Float64Array, mask?: Uint8Array): Float64Array {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i] && (!mask || mask[i])) n++;
  const out = new Float64Array(n);
  n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === x[i] && (!mask || mask[i])) out[n++] = x[i]!;
  return out.sort();
}

/** Quantile of sorted values, linear between order statistics (R's type 7). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Median of an array of numbers (NaN when empty). */
export function median(values: number[]): number {
  if (!values.length) return NaN;
  return quantileSorted(Float64Array.from(values).sort(), 0.5);
}
