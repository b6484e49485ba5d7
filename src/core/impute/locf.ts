// Last observation carried forward.

import { imputeColumns, type ImputeMethod } from './types.ts';

/** Fills a missing value with the unit's last earlier observed value of the indicator. */
export const locf: ImputeMethod = (frames) =>
  imputeColumns(frames, (p, j, out, flags) => {
    const col = frames[p]!.cols[j]!;
    for (let u = 0; u < col.length; u++) {
      if (col[u] === col[u]) continue;
      for (let a = p - 1; a >= 0; a--) {
        const v = frames[a]!.cols[j]![u]!;
        if (v === v) {
          out[u] = v;
          flags[u] = 1;
          break;
        }
      }
    }
  });
