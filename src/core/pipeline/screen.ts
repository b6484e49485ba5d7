// Step 3, screen: units with too small a share of indicators with a value take no further part.

import { formatNumber } from '../text/format.ts';
import type { Frame } from './frame.ts';

/** A share 0–1 in points with one decimal, as the reason states it: 0.456 → "45.6". */
const percent = (share: number): string => formatNumber(share * 100, 'en', { digits: 1 });

/** A unit left out of one period's evaluation, and why. */
export interface ScreenedOut {
  period: string;
  unit: string;
  /** Share of indicators with a value, 0–1. */
  share: number;
  reason: string;
}

/**
 * Marks each unit active when its share of indicators with a value is at least `threshold`
 * (METHODS.md § Screen); counted on `basis` frames (imputed data by default, COINr's rule), over
 * the indicators that apply to the unit (`notApplicable`, by indicator).
 */
export function screen(
  basis: Frame[],
  threshold: number,
  units: string[],
  notApplicable: readonly (Uint8Array | null)[] = [],
): { active: Uint8Array[]; removed: ScreenedOut[] } {
  const removed: ScreenedOut[] = [];
  const n = units.length;
  const applicable = new Int32Array(n);
  const m0 = basis[0]?.cols.length ?? 0;
  for (let u = 0; u < n; u++) {
    let a = m0;
    for (let j = 0; j < m0; j++) if (notApplicable[j]?.[u] === 1) a--;
    applicable[u] = a;
  }
  const active = basis.map((frame) => {
    const count = new Int32Array(n);
    for (const col of frame.cols) for (let u = 0; u < n; u++) if (col[u] === col[u]) count[u]!++;
    const mask = new Uint8Array(n);
    for (let u = 0; u < n; u++) {
      const m = applicable[u]!;
      const share = m ? count[u]! / m : 0;
      if (share >= threshold) mask[u] = 1;
      else {
        removed.push({
          period: frame.period,
          unit: units[u]!,
          share,
          reason: `${count[u]} of ${m} indicators have a value (${percent(share)} % < ${percent(threshold)} %)`,
        });
      }
    }
    return mask;
  });
  return { active, removed };
}
