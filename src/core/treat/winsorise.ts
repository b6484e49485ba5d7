// Winsorisation by the skew/kurtosis rule with a log fallback, COINr-compatible (METHODS.md § Treat outliers).

import { minMax, skewKurt } from '../stats/moments.ts';
import { CELL_FLAG, type TreatMethod, type TreatOptions, type Treatment } from './types.ts';

/** True when an indicator needs no treatment: |skew| < limit or kurtosis < limit (or too few values). */
export function passes(skew: number, kurt: number, opts: TreatOptions): boolean {
  if (!(skew === skew) || !(kurt === kurt)) return true;
  return Math.abs(skew) < opts.skew || kurt < opts.kurtosis;
}

/**
 * Replaces every value equal to the current extreme on the side of the skew by the next distinct
 * value inward, pass after pass, recomputing the skew each time, until the indicator passes or at
 * least `maxCells` distinct cells have changed; if it still fails, log-transforms the entering
 * values instead: ln(x − min + 0.01·(max − min)).
 */
export const winsorise: TreatMethod = (x, active, opts) => {
  const before = skewKurt(x, active);
  const report: Treatment = {
    method: 'none',
    n: before.n,
    skewBefore: before.skew,
    kurtBefore: before.kurt,
    skewAfter: before.skew,
    kurtAfter: before.kurt,
    passedBefore: passes(before.skew, before.kurt, opts),
    passedAfter: true,
    changed: 0,
    flags: null,
  };
  if (report.passedBefore) return { values: x, report };

  const y = x.slice();
  const flags = new Uint8Array(x.length);
  let changed = 0;
  let st = before;
  while (!passes(st.skew, st.kurt, opts) && changed < opts.maxCells) {
    const high = st.skew >= 0;
    const { min, max } = minMax(y, active);
    const extreme = high ? max : min;
    // The next distinct value inward from the extreme.
    let next = high ? -Infinity : Infinity;
    for (let i = 0; i < y.length; i++) {
      const v = y[i]!;
      if (!(v === v) || !active[i] || v === extreme) continue;
      if (high ? v > next : v < next) next = v;
    }
    if (!Number.isFinite(next)) break;
    for (let i = 0; i < y.length; i++) {
      if (active[i] && y[i] === extreme) {
        y[i] = next;
        if (!flags[i]) changed++;
        flags[i] = high ? CELL_FLAG.winhi : CELL_FLAG.winlo;
      }
    }
    st = skewKurt(y, active);
  }

  if (passes(st.skew, st.kurt, opts)) {
    return {
      values: y,
      report: {
        ...report,
        method: 'winsorise',
        skewAfter: st.skew,
        kurtAfter: st.kurt,
        passedAfter: true,
        changed,
        flags,
      },
    };
  }
  // Fallback: discard the winsorised values and log-transform those that entered this step.
  const { min, max } = minMax(x, active);
  const shift = 0.01 * (max - min) - min;
  const logged = x.slice();
  const logFlags = new Uint8Array(x.length);
  let nLog = 0;
  for (let i = 0; i < x.length; i++) {
    if (active[i] && x[i] === x[i]) {
      logged[i] = Math.log(x[i]! + shift);
      logFlags[i] = CELL_FLAG.log;
      nLog++;
    }
  }
  const after = skewKurt(logged, active);
  return {
    values: logged,
    report: {
      ...report,
      method: 'log',
      skewAfter: after.skew,
      kurtAfter: after.kurt,
      passedAfter: passes(after.skew, after.kurt, opts),
      changed: nLog,
      flags: logFlags,
    },
  };
};
