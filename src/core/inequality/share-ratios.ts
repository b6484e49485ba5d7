// Ratios of income shares read off the Lorenz curve: S80/S20 and the Palma ratio.

import { lorenzAt, type LorenzCurve } from './lorenz.ts';

/**
 * The income share of the richest `top` over that of the poorest `bottom` (population shares):
 * (1 − L(1 − top)) / L(bottom) (METHODS.md § Inequality and convergence). Infinity when the
 * poorest hold nothing.
 */
export function shareRatio(curve: LorenzCurve, top: number, bottom: number): number {
  return (1 - lorenzAt(curve, 1 - top)) / lorenzAt(curve, bottom);
}

/** S80/S20 = (1 − L(0.8)) / L(0.2): the top fifth's income over the bottom fifth's (METHODS.md § Inequality and convergence). */
export function s80s20(curve: LorenzCurve): number {
  return shareRatio(curve, 0.2, 0.2);
}

/** Palma ratio = (1 − L(0.9)) / L(0.4): the top tenth's income over the bottom 40 %'s (METHODS.md § Inequality and convergence; Palma 2011). */
export function palma(curve: LorenzCurve): number {
  return shareRatio(curve, 0.1, 0.4);
}
