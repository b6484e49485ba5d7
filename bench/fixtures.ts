// Synthetic inputs of any size for benchmarks, generated with a fixed seed.

import type { Dataset } from '../src/core/data/dataset.ts';
import type { Framework } from '../src/core/framework/schema.ts';
import { buildTree } from '../src/core/framework/tree.ts';
import { mulberry32, normal } from '../src/core/random.ts';

/**
 * A dataset for every series the framework reads (indicators and denominators): log-normal values,
 * about 2 % missing, `units` × `periods` years from 2016. Built straight into columns.
 */
export function syntheticData(
  framework: Framework,
  units: number,
  periods: number,
  seed = 1,
): Dataset {
  const rng = mulberry32(seed);
  const tree = buildTree(framework);
  const series = [...tree.indicators.map((i) => i.id), ...framework.series.map((s) => s.id)];
  const denominators = new Set(framework.series.map((s) => s.id));
  const codes = Array.from({ length: units }, (_, i) => `U${i + 1}`);
  const values = Array.from({ length: periods }, () =>
    series.map((id) => {
      const col = new Float64Array(units);
      for (let u = 0; u < units; u++) {
        col[u] = denominators.has(id)
          ? 50 + 100 * rng()
          : rng() < 0.02
            ? NaN
            : 100 * Math.exp(0.4 * normal(rng));
      }
      return col;
    }),
  );
  const city = codes.map((_, u) => `C${u % 11}`);
  return {
    units: codes,
    series,
    periods: Array.from({ length: periods }, (_, p) => String(2016 + p)),
    values,
    attrs: { city },
  };
}
