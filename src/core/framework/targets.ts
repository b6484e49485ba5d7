// An indicator's target for a year.

import type { IndicatorNode } from './schema.ts';

/**
 * The target of a year, or failing that of the next later year that has one — the rule of
 * `target` normalisation (METHODS.md § Normalise); null when there is none.
 */
export function targetFor(
  ind: IndicatorNode,
  year: number,
): { year: number; value: number } | null {
  if (!ind.targets) return null;
  const years = Object.keys(ind.targets)
    .map(Number)
    .sort((a, b) => a - b);
  const y = years.find((t) => t >= year);
  return y === undefined ? null : { year: y, value: ind.targets[String(y)]! };
}
