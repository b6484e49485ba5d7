// Percentile clipping: values beyond the given lower and upper percentiles are set to them.

import { quantileSorted, sortedFinite } from '../stats/quantile.ts';
import { skewKurt } from '../stats/moments.ts';
import { passes } from './winsorise.ts';
import { CELL_FLAG, type TreatMethod } from './types.ts';

/** Clips to the [lower, upper] percentiles (R's type 7 quantiles) over the active units. */
export const clip: TreatMethod = (x, active, opts) => {
  const before = skewKurt(x, active);
  const sorted = sortedFinite(x, active);
  const lo = quantileSorted(sorted, opts.clip[0]);
  const hi = quantileSorted(sorted, opts.clip[1]);
  const y = x.slice();
  const flags = new Uint8Array(x.length);
  let changed = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!active[i] || !(v === v)) continue;
    if (v < lo || v > hi) {
      y[i] = v < lo ? lo : hi;
      flags[i] = CELL_FLAG.clipped;
      changed++;
    }
  }
  const after = changed ? skewKurt(y, active) : before;
  return {
    values: changed ? y : x,
    report: {
      method: changed ? 'clip' : 'none',
      n: before.n,
      skewBefore: before.skew,
      kurtBefore: before.kurt,
      skewAfter: after.skew,
      kurtAfter: after.kurt,
      passedBefore: passes(before.skew, before.kurt, opts),
      passedAfter: passes(after.skew, after.kurt, opts),
      changed,
      flags: changed ? flags : null,
    },
  };
};
