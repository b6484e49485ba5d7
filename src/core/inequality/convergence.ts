// σ-convergence (is the spread of log levels shrinking?) and β-convergence (do laggards grow faster?).

import { GapscopeError } from '../errors.ts';

/** The β-convergence regression g = a + b ln x_0 and what follows from b. */
export interface BetaConvergence {
  /** Slope: negative when units that start lower grow faster. */
  b: number;
  /** Intercept. */
  a: number;
  /** Standard error of b (OLS, n − 2 degrees of freedom). */
  se: number;
  /** b / se. */
  t: number;
  r2: number;
  /** λ = −ln(1 + bT)/T, per year; null when 1 + bT ≤ 0. */
  speed: number | null;
  /** ln 2 / λ in years; null unless λ > 0 (no half-life without convergence). */
  halfLife: number | null;
  /** Units in the regression. */
  n: number;
}

/**
 * σ_t: the population standard deviation (divided by n) of ln x over the units with a value
 * (NaN = missing, left out), for one period (METHODS.md § Inequality and convergence). Values
 * > 0; `units` names them in errors. NaN when no unit has a value.
 */
export function sigmaConvergence(x: Float64Array, units?: readonly string[]): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v !== v) continue;
    positive(v, i, units, 'σ-convergence takes logarithms');
    n++;
    sum += Math.log(v);
  }
  if (n === 0) return NaN;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v !== v) continue;
    const d = Math.log(v) - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / n);
}

/**
 * β-convergence: the OLS regression over units with both values of g_i = ln(x_i,T / x_i,0)/T on
 * ln x_i,0, T = `years` > 0 (METHODS.md § Inequality and convergence; Barro & Sala-i-Martin
 * 1992). Reports b with its standard error, t and R², the speed λ = −ln(1 + bT)/T and the
 * half-life ln 2/λ. Values > 0; at least 3 units, whose starting levels differ.
 */
export function betaConvergence(
  x0: Float64Array,
  x1: Float64Array,
  years: number,
  units?: readonly string[],
): BetaConvergence {
  if (x0.length !== x1.length) {
    throw new GapscopeError(
      'convergence.length',
      `${x0.length} starting values for ${x1.length} final values: each unit needs both`,
    );
  }
  if (!(years > 0 && years < Infinity)) {
    throw new GapscopeError(
      'convergence.years',
      `β-convergence needs a positive span of years between the two periods; got ${years}`,
    );
  }
  const xs: number[] = [];
  const gs: number[] = [];
  for (let i = 0; i < x0.length; i++) {
    const a = x0[i]!;
    const b = x1[i]!;
    if (a !== a || b !== b) continue;
    positive(a, i, units, 'β-convergence takes logarithms');
    positive(b, i, units, 'β-convergence takes logarithms');
    xs.push(Math.log(a));
    gs.push(Math.log(b / a) / years);
  }
  const n = xs.length;
  if (n < 3) {
    throw new GapscopeError(
      'convergence.too-few',
      `β-convergence needs at least 3 units with values in both periods for a regression with a standard error; got ${n}`,
    );
  }
  let mx = 0;
  let mg = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    mg += gs[i]!;
  }
  mx /= n;
  mg /= n;
  let sxx = 0;
  let sxg = 0;
  let sgg = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dg = gs[i]! - mg;
    sxx += dx * dx;
    sxg += dx * dg;
    sgg += dg * dg;
  }
  if (sxx === 0) {
    throw new GapscopeError(
      'convergence.no-spread',
      'β-convergence needs units that start at different levels; every starting value is the same',
    );
  }
  const b = sxg / sxx;
  const a = mg - b * mx;
  let ssr = 0;
  for (let i = 0; i < n; i++) {
    const e = gs[i]! - mg - b * (xs[i]! - mx);
    ssr += e * e;
  }
  const se = Math.sqrt(ssr / (n - 2) / sxx);
  const r2 = sgg > 0 ? 1 - ssr / sgg : NaN;
  const base = 1 + b * years;
  const speed = base > 0 ? -Math.log(base) / years : null;
  const halfLife = speed !== null && speed > 0 ? Math.LN2 / speed : null;
  return { b, a, se, t: b / se, r2, speed, halfLife, n };
}

function positive(v: number, i: number, units: readonly string[] | undefined, why: string): void {
  if (v > 0 && v < Infinity) return;
  throw new GapscopeError(
    'convergence.value',
    `unit ${units?.[i] ?? i + 1}: the value is ${v}; ${why}, so every value must be > 0`,
  );
}
