// Outlier treatments by name (METHODS.md § Treat outliers).

import type { TreatMethod as TreatName } from '../pipeline/config.ts';
import { skewKurt } from '../stats/moments.ts';
import { clip } from './clip.ts';
import type { TreatMethod } from './types.ts';
import { passes, winsorise } from './winsorise.ts';

const none: TreatMethod = (x, active, opts) => {
  const st = skewKurt(x, active);
  const ok = passes(st.skew, st.kurt, opts);
  return {
    values: x,
    report: {
      method: 'none',
      n: st.n,
      skewBefore: st.skew,
      kurtBefore: st.kurt,
      skewAfter: st.skew,
      kurtAfter: st.kurt,
      passedBefore: ok,
      passedAfter: ok,
      changed: 0,
      flags: null,
    },
  };
};

export const treatments: Record<TreatName, TreatMethod> = { none, winsorise, clip };
export type { Treatment, TreatOptions } from './types.ts';
export { CELL_FLAG_NAME } from './types.ts';
