// Fixed goalposts: a comparable scale set in advance by the framework.

import { GapscopeError } from '../errors.ts';
import { mapActive, type Normaliser } from './types.ts';

/** clamp((x − L)/(U − L), 0, 1) × 100, reversed for direction −1 (METHODS.md § Normalisation). */
export const goalposts: Normaliser = (x, active, d, ctx) => {
  if (!ctx.goalposts)
    throw new GapscopeError(
      'normalise.no-goalposts',
      'goalposts normalisation needs goalposts [L, U] on every indicator',
    );
  const [L, U] = ctx.goalposts;
  const clamp = (y: number): number => (y < 0 ? 0 : y > 1 ? 1 : y) * 100;
  return d > 0
    ? mapActive(x, active, (v) => clamp((v - L) / (U - L)))
    : mapActive(x, active, (v) => clamp((U - v) / (U - L)));
};
