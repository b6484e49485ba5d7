// The Lorenz curve: cumulative income share against cumulative population share, poorest first.

import { GapscopeError } from '../errors.ts';
import { checkValues, checkWeights } from './checks.ts';
import { sortWithWeights } from './sort.ts';

/** Points of a Lorenz curve from (0, 0) to (1, 1): `population[k]`, `income[k]`, both ascending. */
export interface LorenzCurve {
  population: Float64Array;
  income: Float64Array;
}

/**
 * The Lorenz curve of values ≥ 0 (weights > 0, or omitted for 1): after sorting by value, the
 * point after record k is (Σ_{i≤k} p_i / P, Σ_{i≤k} p_i x_i / S), with (0, 0) first — n + 1
 * points (METHODS.md § Inequality and convergence). The total S must be positive.
 */
export function lorenzCurve(x: Float64Array, w?: Float64Array | null): LorenzCurve {
  checkValues(x, 'non-negative', 'the Lorenz curve');
  if (w) {
    checkWeights(w, x.length);
    const s = sortWithWeights(x, w);
    return lorenzOfSorted(s.x, s.w);
  }
  return lorenzOfSorted(Float64Array.from(x).sort(), null);
}

/** The Lorenz curve of values already ascending, weights alongside or null for all 1 (METHODS.md § Inequality and convergence). */
export function lorenzOfSorted(xs: Float64Array, ws: Float64Array | null): LorenzCurve {
  const n = xs.length;
  const population = new Float64Array(n + 1);
  const income = new Float64Array(n + 1);
  let P = 0;
  let S = 0;
  for (let i = 0; i < n; i++) {
    const p = ws ? ws[i]! : 1;
    P += p;
    S += p * xs[i]!;
    population[i + 1] = P;
    income[i + 1] = S;
  }
  if (!(S > 0)) {
    throw new GapscopeError(
      'inequality.zero-total',
      'the Lorenz curve needs a positive total income',
    );
  }
  for (let k = 1; k <= n; k++) {
    population[k] = population[k]! / P;
    income[k] = income[k]! / S;
  }
  population[n] = 1;
  income[n] = 1;
  return { population, income };
}

/**
 * L(q): the income share of the poorest share q of the population, by linear interpolation
 * between the curve's points (METHODS.md § Inequality and convergence); q in [0, 1].
 */
export function lorenzAt(curve: LorenzCurve, q: number): number {
  if (!(q >= 0 && q <= 1)) {
    throw new GapscopeError('inequality.share', `a population share is between 0 and 1; got ${q}`);
  }
  const pop = curve.population;
  // The first point at or beyond q, by binary search.
  let lo = 0;
  let hi = pop.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pop[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0 || pop[lo] === q) return curve.income[lo]!;
  const p0 = pop[lo - 1]!;
  const p1 = pop[lo]!;
  const l0 = curve.income[lo - 1]!;
  const l1 = curve.income[lo]!;
  return l0 + ((q - p0) / (p1 - p0)) * (l1 - l0);
}
