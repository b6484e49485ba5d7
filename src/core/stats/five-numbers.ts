// The five-number summary of a set of values: min, the quartiles and max.

import { quantileSorted } from './quantile.ts';

/** How many values there are, their minimum, quartiles (R type 7) and maximum; NaN when none. */
export interface FiveNumbers {
  n: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
}

/**
 * The five-number summary of the finite values (null and NaN left out), quartiles linear between
 * order statistics (R's type 7, METHODS.md § Outputs), so that every face of gapscope — the
 * overview's caption, its chart's dashed lines, the brief — prints the same numbers.
 */
export function fiveNumbers(values: Iterable<number | null>): FiveNumbers {
  const finite: number[] = [];
  for (const v of values) if (v !== null && Number.isFinite(v)) finite.push(v);
  const sorted = Float64Array.from(finite).sort();
  const n = sorted.length;
  return {
    n,
    min: n ? sorted[0]! : NaN,
    p25: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    max: n ? sorted[n - 1]! : NaN,
  };
}
