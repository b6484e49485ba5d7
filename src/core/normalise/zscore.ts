// z-scores rescaled to a chosen mean and standard deviation.

import { meanSd } from '../stats/moments.ts';
import { mapActive, type Normaliser } from './types.ts';

/** m + s′·d·(x − mean)/s with the sample sd; z = 0 when s = 0. Default (m, s′) = (50, 10). */
export const zscore: Normaliser = (x, active, d, ctx) => {
  const { mean, sd } = meanSd(x, active);
  const [m, s] = ctx.params;
  if (!(sd > 0)) return mapActive(x, active, () => m);
  return mapActive(x, active, (v) => m + (s * d * (v - mean)) / sd);
};
