// Step 1, denominate: x = numerator / denominator × scale for indicators that name a denominator.

import type { Dataset } from '../data/dataset.ts';
import { GapscopeError } from '../errors.ts';
import type { FrameworkTree } from '../framework/tree.ts';
import type { Frame } from './frame.ts';

/** Extracts the evaluated units' column of a series in a period (shared when no subset is taken). */
export function seriesColumn(
  data: Dataset,
  p: number,
  series: string,
  unitIdx: Int32Array | null,
): Float64Array | null {
  const s = data.series.indexOf(series);
  if (s < 0) return null;
  const col = data.values[p]![s]!;
  if (!unitIdx) return col;
  const out = new Float64Array(unitIdx.length);
  for (let u = 0; u < unitIdx.length; u++) out[u] = col[unitIdx[u]!]!;
  return out;
}

/** The raw indicator columns of every period; an indicator the data lacks is all missing. */
export function extractRaw(
  data: Dataset,
  tree: FrameworkTree,
  unitIdx: Int32Array | null,
  n: number,
): Frame[] {
  return data.periods.map((period, p) => ({
    period,
    cols: tree.indicators.map(
      (ind) => seriesColumn(data, p, ind.id, unitIdx) ?? new Float64Array(n).fill(NaN),
    ),
  }));
}

/**
 * Divides each indicator that names a denominator by that series (METHODS.md § Denominate). A missing
 * denominator gives a missing value; a zero one is an error naming the unit, indicator and period.
 */
export function denominate(
  raw: Frame[],
  data: Dataset,
  tree: FrameworkTree,
  unitIdx: Int32Array | null,
  units: string[],
): Frame[] {
  return raw.map((frame, p) => {
    const cols = frame.cols.slice();
    tree.indicators.forEach((ind, j) => {
      if (!ind.denominator) return;
      const den = seriesColumn(data, p, ind.denominator.series, unitIdx);
      if (!den) {
        throw new GapscopeError(
          'denominate.missing-series',
          `indicator ${ind.id} is divided by series ${ind.denominator.series}, which the data does not have`,
        );
      }
      const num = frame.cols[j]!;
      const scale = ind.denominator.scale;
      const out = new Float64Array(num.length);
      for (let u = 0; u < num.length; u++) {
        const d = den[u]!;
        if (d === 0 && num[u] === num[u]) {
          throw new GapscopeError(
            'denominate.zero',
            `unit ${units[u]}, indicator ${ind.id}, period ${frame.period}: denominator ${ind.denominator.series} is 0`,
          );
        }
        out[u] = (num[u]! / d) * scale;
      }
      cols[j] = out;
    });
    return { period: frame.period, cols };
  });
}
