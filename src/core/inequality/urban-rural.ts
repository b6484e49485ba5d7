// The urban–rural gap of one unit: the ratio and the difference of the two per-capita incomes.

import { GapscopeError } from '../errors.ts';

/** Urban ÷ rural (倍差, a ratio ≥ 0) and urban − rural (绝对差, in the incomes' unit). */
export interface UrbanRuralGap {
  ratio: number;
  difference: number;
}

/**
 * The urban–rural ratio urban / rural and difference urban − rural (METHODS.md § Inequality and
 * convergence); the rural value must be > 0 and both finite. `where` names the unit in errors.
 */
export function urbanRuralGap(urban: number, rural: number, where = ''): UrbanRuralGap {
  if (!(rural > 0 && rural < Infinity) || !Number.isFinite(urban)) {
    throw new GapscopeError(
      'inequality.urban-rural',
      `${where ? `${where}: ` : ''}the urban–rural ratio needs a finite urban value and a rural value > 0; got ${urban} and ${rural}`,
    );
  }
  return { ratio: urban / rural, difference: urban - rural };
}
