// How an indicator of a unit stands: a traffic light, a trend, and the distance to its target.

import type { HistoryPoint, ProfileIndicator } from '@gapscope/api/index.ts';

export type Light = 'green' | 'amber' | 'red';

/** Within this share of the target, a missed target counts as nearly met (amber). */
export const NEAR_TARGET = 0.05;

/**
 * The traffic light of an indicator. With a target: green when met; amber when missed but
 * within 5 % of it, or on track or improving; red otherwise. Without a target: the tertile of
 * its rank among the `of` ranked units (top third green, bottom third red). Null when neither is
 * known.
 */
export function trafficLight(ind: ProfileIndicator, of: number): Light | null {
  const p = ind.progress;
  if (p && p.achieved !== null && p.value !== null) {
    if (p.achieved) return 'green';
    const near = p.gap !== null && Math.abs(p.gap) <= NEAR_TARGET * Math.abs(p.target);
    return near || p.trend === 'on-track' || p.trend === 'improving' ? 'amber' : 'red';
  }
  if (ind.rank === null || of < 1) return null;
  if (ind.rank <= of / 3) return 'green';
  if (ind.rank <= (2 * of) / 3) return 'amber';
  return 'red';
}

/** A trend: the target rule's arrow, or the change on the previous period (signed by direction). */
export type TrendMark =
  'on-track' | 'improving' | 'stagnating' | 'worsening' | 'up' | 'down' | 'flat';

/**
 * The trend of an indicator: the target rule's (METHODS.md § Diagnostics and levers) when it has
 * one; else whether the value moved the good way since the period before (`up`), the bad way
 * (`down`) or not at all (`flat`); null without two values.
 */
export function trendMark(
  ind: ProfileIndicator,
  history: readonly HistoryPoint[],
  period: string,
): TrendMark | null {
  if (ind.progress?.trend) return ind.progress.trend;
  const k = history.findIndex((h) => h.period === period);
  if (k < 1) return null;
  const now = history[k]!.indicators[ind.id];
  const before = history[k - 1]!.indicators[ind.id];
  if (now === null || now === undefined || before === null || before === undefined) return null;
  const d = (now - before) * ind.direction;
  const scale = Math.max(Math.abs(now), Math.abs(before), 1e-12);
  if (Math.abs(d) <= 1e-9 * scale) return 'flat';
  return d > 0 ? 'up' : 'down';
}

/**
 * How far the indicator still is from its target, on its own scale and always ≥ 0 (0 when met);
 * null without a target or a value.
 */
export function distanceToTarget(ind: ProfileIndicator): number | null {
  const p = ind.progress;
  if (!p || p.gap === null || p.value === null) return null;
  return Math.max(0, p.gap * p.direction);
}
