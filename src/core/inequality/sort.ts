// Sorting values ≥ 0 together with their weights, without a comparator: an MSD radix sort.

/** Values in ascending order and the weight that goes with each. */
export interface SortedPairs {
  x: Float64Array;
  w: Float64Array;
}

// Below this many records a bucket is finished by insertion sort.
const SMALL = 32;
// Bits of the first split (up to 2^FIRST buckets, over the high words' range).
const FIRST = 12;

/**
 * Sorts non-negative values ascending, each carrying its weight (METHODS.md § Inequality and
 * convergence, the sort under the Gini coefficient and the Lorenz curve); the inputs are not
 * changed. For x ≥ 0 the IEEE-754 bits read as an unsigned 64-bit integer order like the values,
 * so an MSD radix sort on those bits orders them exactly: one pass over memory splits the records
 * into up to 4,096 buckets over the range of their high 32 bits, then each bucket, small enough to
 * stay in cache, is split again on its next bits (up to 11 at a time) until it is small enough
 * for insertion sort. Linear time; 10 million pairs take under half a second.
 */
export function sortWithWeights(x: Float64Array, w: Float64Array): SortedPairs {
  const n = x.length;
  const xs = new Float64Array(n);
  const ws = new Float64Array(n);
  if (n === 0) return { x: xs, w: ws };
  const bits = new Uint32Array(x.buffer, x.byteOffset, 2 * n);
  const sbits = new Uint32Array(xs.buffer);
  // The high words (sign, exponent, top of the mantissa) order like the values; −0 counts as 0.
  let minHi = 0xffffffff;
  let maxHi = 0;
  for (let i = 0; i < n; i++) {
    const h = x[i]! === 0 ? 0 : bits[2 * i + 1]!;
    if (h < minHi) minHi = h;
    if (h > maxHi) maxHi = h;
  }
  if (minHi === maxHi) {
    // One high word for all: order by the low words alone.
    for (let i = 0; i < n; i++) xs[i] = x[i]! === 0 ? 0 : x[i]!;
    ws.set(w);
    const scratch = { x: new Float64Array(n), w: new Float64Array(n) };
    sortRange(xs, ws, sbits, 0, n, 31, scratch);
    return { x: xs, w: ws };
  }
  // The first split: the range of high words in up to 2^FIRST buckets aligned to 2^shift, so the
  // records of a bucket share every high bit from `shift` up. Fewer for small inputs.
  const width = Math.min(FIRST, Math.max(1, Math.ceil(Math.log2(n / SMALL + 1))));
  let shift = Math.max(0, 32 - Math.clz32(maxHi - minHi) - width);
  let base = Math.floor(minHi / 2 ** shift) * 2 ** shift;
  if ((maxHi - base) / 2 ** shift >= 2 ** width) {
    shift++;
    base = Math.floor(minHi / 2 ** shift) * 2 ** shift;
  }
  const buckets = Math.floor((maxHi - base) / 2 ** shift) + 1;
  const count = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const h = x[i]! === 0 ? 0 : bits[2 * i + 1]!;
    count[((h - base) >>> shift) + 1]!++;
  }
  for (let d = 1; d <= buckets; d++) count[d] = count[d]! + count[d - 1]!;
  const start = count.slice();
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    const h = v === 0 ? 0 : bits[2 * i + 1]!;
    const t = count[(h - base) >>> shift]!++;
    xs[t] = v === 0 ? 0 : v;
    ws[t] = w[i]!;
  }
  let largest = 0;
  for (let d = 0; d < buckets; d++) largest = Math.max(largest, start[d + 1]! - start[d]!);
  const scratch = { x: new Float64Array(largest), w: new Float64Array(largest) };
  for (let d = 0; d < buckets; d++) {
    if (start[d + 1]! - start[d]! > 1)
      sortRange(xs, ws, sbits, start[d]!, start[d + 1]!, 31 + shift, scratch);
  }
  return { x: xs, w: ws };
}

/** The `width` bits of record i's value that end at bit `shift` (bit 0 = least significant). */
function digit(bits: Uint32Array, i: number, v: number, shift: number, width: number): number {
  if (v === 0) return 0;
  const mask = (1 << width) - 1;
  if (shift >= 32) return (bits[2 * i + 1]! >>> (shift - 32)) & mask;
  if (shift + width <= 32) return (bits[2 * i]! >>> shift) & mask;
  return ((bits[2 * i + 1]! << (32 - shift)) | (bits[2 * i]! >>> shift)) & mask;
}

/** Sorts records [lo, hi) whose bits above `top` are equal; `scratch` holds at least hi − lo. */
function sortRange(
  xs: Float64Array,
  ws: Float64Array,
  bits: Uint32Array,
  lo: number,
  hi: number,
  top: number,
  scratch: { x: Float64Array; w: Float64Array },
): void {
  if (hi - lo <= SMALL || top < 0) {
    insertionSort(xs, ws, lo, hi);
    return;
  }
  // About 8 records a bucket, at most 2^11 buckets: wide digits leave fewer levels to recurse.
  const width = Math.min(11, top + 1, Math.max(4, Math.ceil(Math.log2((hi - lo) / 8))));
  const shift = top + 1 - width;
  const count = new Uint32Array((1 << width) + 1);
  for (let i = lo; i < hi; i++) count[digit(bits, i, xs[i]!, shift, width) + 1]!++;
  // All in one bucket: nothing to move at this digit.
  if (count[digit(bits, lo, xs[lo]!, shift, width) + 1] === hi - lo) {
    sortRange(xs, ws, bits, lo, hi, shift - 1, scratch);
    return;
  }
  for (let d = 1; d <= 1 << width; d++) count[d] = count[d]! + count[d - 1]!;
  const sx = scratch.x;
  const sw = scratch.w;
  for (let i = lo; i < hi; i++) {
    const t = count[digit(bits, i, xs[i]!, shift, width)]!++;
    sx[t] = xs[i]!;
    sw[t] = ws[i]!;
  }
  // count[d] is now the end of bucket d (relative to lo); copy back and recurse per bucket.
  xs.set(sx.subarray(0, hi - lo), lo);
  ws.set(sw.subarray(0, hi - lo), lo);
  let begin = 0;
  for (let d = 0; d < 1 << width; d++) {
    const end = count[d]!;
    if (end - begin > 1) sortRange(xs, ws, bits, lo + begin, lo + end, shift - 1, scratch);
    begin = end;
  }
}

function insertionSort(xs: Float64Array, ws: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const v = xs[i]!;
    const p = ws[i]!;
    let j = i - 1;
    while (j >= lo && xs[j]! > v) {
      xs[j + 1] = xs[j]!;
      ws[j + 1] = ws[j]!;
      j--;
    }
    xs[j + 1] = v;
    ws[j + 1] = p;
  }
}
