// Min–max normalisation, per period or pooled over all periods.

import { minMax } from '../stats/moments.ts';
import { mapActive, type Normaliser } from './types.ts';

function scale(x: Float64Array, active: Uint8Array, d: number, min: number, max: number, lo: number, hi: number): Float64Array {
  const range = max - min;
  // Every unit gets hi when there is no spread (METHODS.md § Normalisation, minmax).
  if (range === 0) return mapActive(x, active, () => hi);
  return d > 0
    ? mapActive(x, active, (v) => lo + ((v - min) / range) * (hi - lo))
    : mapActive(x, active, (v) => lo + ((max - v) / range) * (hi - lo));
}

/** (x − min)/(max − min) onto [lo, hi], reversed for direction −1, min and max over this period's active units. */
export const minmax: Normaliser = (x, active, d, ctx) => {
  const { min, max } = minMax(x, active);
  return scale(x, active, d, min, max, ctx.params[0], ctx.params[1]);
};

/** As minmax with min and max over every period, so scores compare across years. */
export const minmaxPooled: Normaliser = (x, active, d, ctx) => {
  const { min, max } = ctx.pooled ?? minMax(x, active);
  return scale(x, active, d, min, max, ctx.params[0], ctx.params[1]);
};
