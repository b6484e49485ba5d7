// Distance to target: the share of the target reached, capped at 100.

import { GapscopeError } from '../errors.ts';
import { mapActive, type Normaliser } from './types.ts';

/** min(x/t, 1) × 100 for direction +1, min(t/x, 1) × 100 for −1 (METHODS.md § Normalisation). */
export const target: Normaliser = (x, active, d, ctx) => {
  const t = ctx.target;
  if (t === undefined)
    throw new GapscopeError(
      'normalise.no-target',
      'target normalisation needs a target for the period',
    );
  return d > 0
    ? mapActive(x, active, (v) => Math.min(v / t, 1) * 100)
    : mapActive(x, active, (v) => Math.min(t / v, 1) * 100);
};
