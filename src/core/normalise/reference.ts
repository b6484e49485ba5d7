// Index to a reference unit (province = 100).

import { mapActive, type Normaliser } from './types.ts';

/** x/ref × 100 for direction +1, ref/x × 100 for −1; missing when there is no reference value. */
export const reference: Normaliser = (x, active, d, ctx) => {
  const r = ctx.reference ?? NaN;
  return d > 0
    ? mapActive(x, active, (v) => (v / r) * 100)
    : mapActive(x, active, (v) => (r / v) * 100);
};
