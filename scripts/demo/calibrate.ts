// Province aggregates of county values, and the shift that makes them land on a target.

/** Σ w·v / Σ w over the values, or the plain mean when there are no weights. */
export function aggregate(values: readonly number[], weights: readonly number[] | null): number {
  let s = 0;
  let w = 0;
  values.forEach((v, i) => {
    const wi = weights ? weights[i]! : 1;
    s += wi * v;
    w += wi;
  });
  return s / w;
}

/**
 * The shift s for which aggregate(map(z_i + s)) equals the target, by bisection; `map` must be
 * increasing. Used for logit-scale shares, where no closed form exists.
 */
export function solveShift(
  z: readonly number[],
  map: (x: number) => number,
  weights: readonly number[] | null,
  target: number,
): number {
  let lo = -20;
  let hi = 20;
  for (let k = 0; k < 100; k++) {
    const mid = (lo + hi) / 2;
    const a = aggregate(
      z.map((x) => map(x + mid)),
      weights,
    );
    if (a < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The factor by which the free values must be multiplied so that the weighted mean of all
 * values (free and fixed) equals the target.
 */
export function solveFactor(
  free: readonly number[],
  freeWeights: readonly number[],
  fixed: readonly number[],
  fixedWeights: readonly number[],
  target: number,
): number {
  const sum = (v: readonly number[], w: readonly number[]): number =>
    v.reduce((s, x, i) => s + x * w[i]!, 0);
  const total = [...freeWeights, ...fixedWeights].reduce((s, x) => s + x, 0);
  return (target * total - sum(fixed, fixedWeights)) / sum(free, freeWeights);
}
