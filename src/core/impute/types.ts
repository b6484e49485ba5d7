// The shape every imputation method shares.

import type { Frame } from '../pipeline/frame.ts';

/** What an imputation method may use besides the values. */
export interface ImputeContext {
  /** Group index of each unit (−1 = no group), for group-mean and group-median. */
  groups: Int32Array | null;
  /** Decimal-year time of each period, for interpolation. */
  times: number[];
}

/** New frames (unchanged columns shared) and, per period and indicator, flags of imputed cells. */
export interface Imputed {
  frames: Frame[];
  flags: (Uint8Array | null)[][];
}

export type ImputeMethod = (frames: Frame[], ctx: ImputeContext) => Imputed;

/** Runs `fill` on each column that has a missing value; `fill` writes into a copy and flags. */
export function imputeColumns(
  frames: Frame[],
  fill: (p: number, j: number, out: Float64Array, flags: Uint8Array) => void,
): Imputed {
  const flags = frames.map((f) => f.cols.map(() => null as Uint8Array | null));
  const out = frames.map((frame, p) => ({
    period: frame.period,
    cols: frame.cols.map((col, j) => {
      let missing = false;
      for (let u = 0; u < col.length; u++)
        if (col[u] !== col[u]) {
          missing = true;
          break;
        }
      if (!missing) return col;
      const copy = col.slice();
      const f = new Uint8Array(col.length);
      fill(p, j, copy, f);
      let any = false;
      for (let u = 0; u < f.length; u++)
        if (f[u]) {
          any = true;
          break;
        }
      if (!any) return col;
      flags[p]![j] = f;
      return copy;
    }),
  }));
  return { frames: out, flags };
}
