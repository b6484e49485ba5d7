// Which of a unit's indicators the forecast card opens on: the one most at risk of missing its
// target.

import type { TargetRow } from '@gapscope/api/index.ts';

/**
 * The indicator with the lowest probability of meeting its target (the first in the rows' order
 * among equals); without any probability, the first with a forecast, else the first; null for no
 * rows.
 */
export function mostAtRisk(rows: readonly TargetRow[]): string | null {
  let best: TargetRow | null = null;
  for (const r of rows) {
    const p = r.target ? r.forecast?.probability : null;
    if (p === null || p === undefined) continue;
    if (!best || p < best.forecast!.probability!) best = r;
  }
  return (best ?? rows.find((r) => r.forecast) ?? rows[0])?.indicator ?? null;
}
