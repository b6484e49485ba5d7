// Numeric assertions for tests: closeness with a relative or absolute tolerance.

import { expect } from 'vitest';

/**
 * Asserts |actual − expected| ≤ tol, relative (tol·|expected|) when |expected| > 1 and absolute
 * otherwise; NaN expects NaN.
 */
export function expectClose(actual: number, expected: number, tol = 1e-9, label?: string): void {
  const where = label ? `${label}: ` : '';
  if (Number.isNaN(expected)) {
    expect(actual, `${where}expected NaN`).toBeNaN();
    return;
  }
  const relative = Math.abs(expected) > 1;
  const bound = relative ? tol * Math.abs(expected) : tol;
  const diff = Math.abs(actual - expected);
  if (!(diff <= bound)) {
    expect.fail(
      `${where}expected ${actual} to be within ${tol} (${relative ? 'relative' : 'absolute'}) of ${expected}; difference ${diff}`,
    );
  }
}

/** expectClose element by element, after checking the lengths match. */
export function expectAllClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tol = 1e-9,
  label?: string,
): void {
  const where = label ? `${label} ` : '';
  expect(actual.length, `${where}length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expectClose(actual[i]!, expected[i]!, tol, `${where}[${i}]`);
  }
}
