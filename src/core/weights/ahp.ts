// AHP weights: the principal eigenvector of a pairwise comparison matrix, and its consistency.

import { GapscopeError } from '../errors.ts';
import { formatNumber } from '../text/format.ts';

/** Saaty's random index for m = 1..15 (index m − 1), METHODS.md § Weighting, ahp. */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** The result of an AHP matrix: priority weights (sum 1), λ_max, CI and CR. */
export interface AhpResult {
  weights: Float64Array;
  lambdaMax: number;
  ci: number;
  cr: number;
}

/**
 * Priority weights (summing to 1) of the m ≤ 15 items compared in the pairwise matrix `matrix`
 * (a_ij = how much more important i is than j, a_ji = 1/a_ij), with λ_max, CI and CR; a CR of
 * 0.10 or more is an error naming the matrix `name` (METHODS.md § Weighting, ahp).
 *
 * The principal eigenvector comes from power iteration started at the row geometric means (exact
 * for a consistent matrix). CI is 0 for m ≤ 2, where every reciprocal matrix is consistent.
 */
export function ahp(matrix: number[][], name: string): AhpResult {
  const m = validate(matrix, name);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += Math.log(matrix[i]![j]!);
    w[i] = Math.exp(s / m);
  }
  scaleToOne(w);
  const aw = new Float64Array(m);
  for (let step = 0; step < 1000; step++) {
    multiply(matrix, w, aw);
    scaleToOne(aw);
    let change = 0;
    for (let i = 0; i < m; i++) change = Math.max(change, Math.abs(aw[i]! - w[i]!));
    w.set(aw);
    if (change < 1e-14) break;
  }
  multiply(matrix, w, aw);
  let lambdaMax = 0;
  for (let i = 0; i < m; i++) lambdaMax += aw[i]! / w[i]! / m;
  // λ_max ≥ m for a positive reciprocal matrix; rounding may put it a hair below.
  const ci = m <= 2 ? 0 : Math.max(0, (lambdaMax - m) / (m - 1));
  const ri = RANDOM_INDEX[m - 1]!;
  const cr = ri === 0 ? 0 : ci / ri;
  if (cr >= 0.1) {
    throw new GapscopeError(
      'weights.ahp-inconsistent',
      `AHP matrix "${name}" is inconsistent: CR = ${formatNumber(cr, 'en', { digits: 3 })} ≥ 0.10; revise the pairwise judgements`,
    );
  }
  return { weights: w, lambdaMax, ci, cr };
}

/** Checks shape, positivity, a_ii = 1 and reciprocity (1e-6 relative); returns m. */
function validate(a: number[][], name: string): number {
  const m = a.length;
  const fail = (msg: string): never => {
    throw new GapscopeError('weights.ahp-matrix', `AHP matrix "${name}": ${msg}`);
  };
  if (m === 0) fail('the matrix is empty');
  if (m > RANDOM_INDEX.length) {
    fail(`${m} items compared, at most ${RANDOM_INDEX.length} allowed; split them into groups`);
  }
  for (let i = 0; i < m; i++) {
    const row = a[i];
    if (!Array.isArray(row) || row.length !== m) {
      fail(`row ${i + 1} has ${row?.length ?? 0} entries, expected ${m} (a square matrix)`);
    }
    for (let j = 0; j < m; j++) {
      const v = row![j]!;
      if (!(v > 0) || !Number.isFinite(v)) {
        fail(`row ${i + 1}, column ${j + 1} is ${v}; entries must be positive numbers`);
      }
    }
    if (!near(row![i]!, 1))
      fail(`row ${i + 1}, column ${i + 1} is ${row![i]}; the diagonal must be 1`);
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) {
      if (!near(a[i]![j]!, 1 / a[j]![i]!)) {
        fail(
          `row ${i + 1}, column ${j + 1} is ${a[i]![j]} but must be 1/${a[j]![i]} = ${1 / a[j]![i]!} (the reciprocal of row ${j + 1}, column ${i + 1})`,
        );
      }
    }
  }
  return m;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

function multiply(a: number[][], w: Float64Array, out: Float64Array): void {
  for (let i = 0; i < w.length; i++) {
    let s = 0;
    for (let j = 0; j < w.length; j++) s += a[i]![j]! * w[j]!;
    out[i] = s;
  }
}

function scaleToOne(w: Float64Array): void {
  let s = 0;
  for (const v of w) s += v;
  for (let i = 0; i < w.length; i++) w[i] = w[i]! / s;
}
