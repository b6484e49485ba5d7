// Linear interpolation in time between the nearest earlier and later observed values.

import { imputeColumns, type ImputeMethod } from './types.ts';

/** Fills a gap linearly in time between its neighbours; gaps at either end stay missing. */
export const interpolate: ImputeMethod = (frames, ctx) =>
  imputeColumns(frames, (p, j, out, flags) => {
    const col = frames[p]!.cols[j]!;
    for (let u = 0; u < col.length; u++) {
      if (col[u] === col[u]) continue;
      let a = p - 1;
      while (a >= 0 && !(frames[a]!.cols[j]![u]! === frames[a]!.cols[j]![u]!)) a--;
      let b = p + 1;
      while (b < frames.length && !(frames[b]!.cols[j]![u]! === frames[b]!.cols[j]![u]!)) b++;
      if (a < 0 || b >= frames.length) continue;
      const ya = frames[a]!.cols[j]![u]!;
      const yb = frames[b]!.cols[j]![u]!;
      const ta = ctx.times[a]!;
      const tb = ctx.times[b]!;
      out[u] = ya + ((yb - ya) * (ctx.times[p]! - ta)) / (tb - ta);
      flags[u] = 1;
    }
  });
