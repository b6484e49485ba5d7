// Ranks with ties: 1 is best; scores within 1e-9 of a better one share its rank (1, 2, 2, 4).

/** Absolute tolerance under which two unrounded scores are a tie (METHODS.md § Outputs). */
export const TIE_TOLERANCE = 1e-9;

/**
 * Indices of the finite scores in descending order of score (ties by index), by an LSD radix sort
 * on the scores' bits: no comparator, linear time, so 500,000 units sort in a few milliseconds.
 */
export function orderDescending(scores: Float64Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] === scores[i]) n++;
  // Sortable keys: the IEEE bits with the sign flipped (positive) or all bits flipped (negative),
  // then inverted so that ascending key order is descending score order.
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Uint32Array(n);
  const bits = new Uint32Array(2);
  const f = new Float64Array(bits.buffer);
  let k = 0;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    if (v !== v) continue;
    f[0] = v === 0 ? 0 : v; // −0 sorts as 0
    const neg = bits[1]! >>> 31;
    hi[k] = ~(neg ? ~bits[1]! : bits[1]! ^ 0x80000000) >>> 0;
    lo[k] = ~(neg ? ~bits[0]! : bits[0]!) >>> 0;
    idx[k] = i;
    k++;
  }
  // Six stable passes of 11, 11 and 10 bits per 32-bit word, least significant first; keys travel
  // with their indices. A pass whose digit is the same for every key is skipped.
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  const count = new Uint32Array(2048);
  for (let p = 0; p < 6; p++) {
    const shift = [0, 11, 22][p % 3]!;
    const mask = p % 3 === 2 ? 0x3ff : 0x7ff;
    const key = p < 3 ? lo : hi;
    count.fill(0);
    for (let j = 0; j < n; j++) count[(key[j]! >>> shift) & mask]!++;
    if (n === 0 || count[(key[0]! >>> shift) & mask] === n) continue;
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const t = count[(key[j]! >>> shift) & mask]!++;
      hi2[t] = hi[j]!;
      lo2[t] = lo[j]!;
      idx2[t] = idx[j]!;
    }
    [hi, hi2, lo, lo2, idx, idx2] = [hi2, hi, lo2, lo, idx2, idx];
  }
  return idx;
}

/**
 * rank_i = 1 + the number of scores above s_i + 1e-9; 0 for a unit with no score. One radix sort
 * and one linear walk with two pointers.
 */
export function rankScores(scores: Float64Array): Int32Array {
  const order = orderDescending(scores);
  const out = new Int32Array(scores.length);
  let above = 0;
  for (let k = 0; k < order.length; k++) {
    const s = scores[order[k]!]!;
    while (above < k && scores[order[above]!]! > s + TIE_TOLERANCE) above++;
    out[order[k]!] = above + 1;
  }
  return out;
}
