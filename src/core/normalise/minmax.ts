// Min–max normalisation, per period or pooled over all periods.

import { minMax } from '../stats/moments.ts';
import { mapActive, type Normaliser } from './types.ts';

function scale(
  x: Float64Array,
  active: Uint8Array,
  d: number,
  min: number,
  max: number,
  lo: number,
  hi: number,
): Float64Array {
  const range = max - min;
  // Every unit gets hi when there is no spread (METHODS.md § Normalisation, minmax).
  if (range === 0) return mapActive(x, active, () => hi);
  // A plain loop rather than mapActive: this is the hot path of the default pipeline.
  const out = new Float64Array(x.length);
  const span = hi - lo;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    out[i] = active[i] && v === v ? lo + ((d > 0 ? v - min : max - v) / range) * span : NaN;
  }
  return out;
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
