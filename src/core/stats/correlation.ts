// Pearson correlation over the units where both columns have a value.

/** Pearson r of a and b over pairwise-complete units; 0 where either is constant (METHODS.md § critic). */
export function pearson(a: Float64Array, b: Float64Array): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === x && y === y) {
      n++;
      sa += x;
      sb += y;
    }
  }
  if (n < 2) return 0;
  const ma = sa / n;
  const mb = sb / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === x && y === y) {
      sab += (x - ma) * (y - mb);
      saa += (x - ma) * (x - ma);
      sbb += (y - mb) * (y - mb);
    }
  }
  if (saa === 0 || sbb === 0) return 0;
  return sab / Math.sqrt(saa * sbb);
}
