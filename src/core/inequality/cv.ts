// The coefficient of variation across units: plain, and Williamson's population-weighted form.

import { GapscopeError } from '../errors.ts';
import { checkValues, checkWeights } from './checks.ts';

/**
 * Coefficient of variation = sample standard deviation (n − 1) / mean, every unit counting once;
 * dimensionless, 0 = equal (METHODS.md § Inequality and convergence). NaN for fewer than 2 values.
 */
export function coefficientOfVariation(x: Float64Array): number {
  checkValues(x, 'non-negative', 'the coefficient of variation');
  const n = x.length;
  if (n < 2) return NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i]!;
  const mean = sum / n;
  if (mean === 0) throw zeroMean('the coefficient of variation');
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[i]! - mean) * (x[i]! - mean);
  return Math.sqrt(ss / (n - 1)) / mean;
}

/**
 * Williamson's weighted coefficient of variation √(Σ (p_i/P)(x_i − μ)²) / μ with μ the weighted
 * mean (METHODS.md § Inequality and convergence; Williamson 1965); with all weights 1 it is the
 * population (n) standard deviation over the mean.
 */
export function williamson(x: Float64Array, w?: Float64Array | null): number {
  checkValues(x, 'non-negative', 'the weighted coefficient of variation');
  const n = x.length;
  if (w) checkWeights(w, n);
  let P = 0;
  let S = 0;
  for (let i = 0; i < n; i++) {
    const p = w ? w[i]! : 1;
    P += p;
    S += p * x[i]!;
  }
  const mean = S / P;
  if (mean === 0) throw zeroMean('the weighted coefficient of variation');
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean;
    ss += (w ? w[i]! : 1) * d * d;
  }
  return Math.sqrt(ss / P) / mean;
}

function zeroMean(measure: string): GapscopeError {
  return new GapscopeError(
    'inequality.zero-total',
    `${measure} needs a positive mean: every value is 0`,
  );
}
