// Group mean and group median imputation (COINr's i_mean_grp / i_median_grp).

import { median } from '../stats/quantile.ts';
import { imputeColumns, type ImputeMethod } from './types.ts';

function byGroup(reduce: (values: number[]) => number): ImputeMethod {
  return (frames, ctx) => {
    const groups = ctx.groups;
    if (!groups) return { frames, flags: frames.map((f) => f.cols.map(() => null)) };
    return imputeColumns(frames, (p, j, out, flags) => {
      const col = frames[p]!.cols[j]!;
      const members = new Map<number, number[]>();
      for (let u = 0; u < col.length; u++) {
        const g = groups[u]!;
        if (g >= 0 && col[u] === col[u]) {
          const list = members.get(g);
          if (list) list.push(col[u]!);
          else members.set(g, [col[u]!]);
        }
      }
      const fill = new Map<number, number>();
      for (const [g, values] of members) fill.set(g, reduce(values));
      for (let u = 0; u < col.length; u++) {
        if (col[u] === col[u]) continue;
        const v = fill.get(groups[u]!);
        if (v !== undefined) {
          out[u] = v;
          flags[u] = 1;
        }
      }
    });
  };
}

/** Mean of the same indicator and period over the unit's group (METHODS.md § Impute). */
export const groupMean: ImputeMethod = byGroup((v) => {
  let s = 0;
  for (const x of v) s += x;
  return s / v.length;
});

/** Median of the same indicator and period over the unit's group. */
export const groupMedian: ImputeMethod = byGroup(median);
