// Seeded pseudo-random numbers, so that demo data and Monte Carlo runs can be repeated exactly.

/**
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit generator returning uniform numbers in
 * [0, 1). Fast and good enough for simulation; not for cryptography.
 * @example const rng = mulberry32(42); rng(); // 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (mean 0, sd 1) by the Box–Muller transform; uses two uniforms. */
export function normal(rng: () => number): number {
  // 1 − u is in (0, 1], so the logarithm is finite.
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A 32-bit seed derived from a base seed and a name (FNV-1a), for independent named streams. */
export function seedFor(seed: number, name: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let k = 0; k < name.length; k++) {
    h ^= name.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
