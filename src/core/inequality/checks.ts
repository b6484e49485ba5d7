// The input rules of the inequality measures: finite values of the right sign, positive weights.

import { GapscopeError } from '../errors.ts';

/** What a measure needs of its values: ≥ 0 (shares of a total) or > 0 (logs and ratios). */
export type ValueRule = 'non-negative' | 'positive';

/**
 * Throws unless every value is finite and obeys the rule, naming the first bad record (1-based)
 * and the measure that needs it (METHODS.md § Inequality and convergence).
 */
export function checkValues(x: Float64Array, rule: ValueRule, measure: string): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if ((rule === 'positive' ? v > 0 : v >= 0) && v < Infinity) continue;
    const what = v !== v ? 'is missing' : `is ${v}`;
    const need = rule === 'positive' ? '> 0' : '≥ 0';
    throw new GapscopeError(
      'inequality.value',
      `record ${i + 1}: the value ${what}; ${measure} needs finite values ${need}`,
    );
  }
  if (x.length === 0)
    throw new GapscopeError('inequality.empty', `${measure} needs at least one value`);
}

/**
 * Throws unless the weights match the values in number and are all finite and > 0 (METHODS.md §
 * Inequality and convergence: a weight is a population, so zero or negative is meaningless).
 */
export function checkWeights(w: Float64Array, n: number): void {
  if (w.length !== n) {
    throw new GapscopeError(
      'inequality.weights',
      `${w.length} weights for ${n} values: each value needs one weight`,
    );
  }
  for (let i = 0; i < n; i++) {
    const p = w[i]!;
    if (p > 0 && p < Infinity) continue;
    throw new GapscopeError(
      'inequality.weight',
      `record ${i + 1}: the weight ${p !== p ? 'is missing' : `is ${p}`}; weights must be finite and > 0`,
    );
  }
}
