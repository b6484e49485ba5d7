// Tiers of the index score: 1 is the best tier.

import { GapscopeError } from '../errors.ts';
import type { PipelineConfig } from '../pipeline/config.ts';
import { sortedFinite } from '../stats/quantile.ts';
import { jenksBreaks } from './jenks.ts';

/**
 * Tier of each unit (0 = no score). `quantile`: k groups of equal count by rank, ties together;
 * `jenks`: Fisher's natural breaks of the scores; `thresholds`: tier 1 at or above the highest cut.
 */
export function assignTiers(
  scores: Float64Array,
  ranks: Int32Array,
  cfg: PipelineConfig['tiers'],
): Int32Array {
  const out = new Int32Array(scores.length);
  if (cfg.method === 'quantile') {
    let n = 0;
    for (const r of ranks) if (r > 0) n++;
    for (let i = 0; i < ranks.length; i++) {
      if (ranks[i]! > 0) out[i] = Math.floor(((ranks[i]! - 1) * cfg.k) / n) + 1;
    }
    return out;
  }
  if (cfg.method === 'thresholds') {
    if (!cfg.thresholds.length) {
      throw new GapscopeError(
        'tiers.no-thresholds',
        'threshold tiers need at least one cut point (tiers.thresholds)',
      );
    }
    for (let i = 0; i < scores.length; i++) {
      const v = scores[i]!;
      if (!(v === v)) continue;
      let t = 1;
      for (const c of cfg.thresholds) if (v < c) t++;
      out[i] = t;
    }
    return out;
  }
  const sorted = sortedFinite(scores);
  const breaks = jenksBreaks(sorted, cfg.k);
  const classes = breaks.length + 1;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    if (!(v === v)) continue;
    let c = 0;
    while (c < breaks.length && v > breaks[c]!) c++;
    out[i] = classes - c;
  }
  return out;
}
