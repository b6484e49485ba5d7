// The what-if panel's edits: raw values typed by the user, turned into the request's changes.

import type { Lift, LiftTarget, ProfileIndicator } from '@gapscope/api/index.ts';

/** Raw values by indicator id, as typed (null: left empty). */
export type Edits = Readonly<Record<string, number | null>>;

/** The starting values: each indicator's raw value in the period. */
export function initialEdits(indicators: readonly ProfileIndicator[]): Edits {
  return Object.fromEntries(indicators.map((i) => [i.id, i.raw]));
}

/**
 * The changes to send: every indicator whose typed value differs from its raw value (relative
 * tolerance 1e-12), in the framework's order. An emptied field is no change.
 */
export function changesOf(
  indicators: readonly ProfileIndicator[],
  edits: Edits,
): { series: string; value: number }[] {
  const out: { series: string; value: number }[] = [];
  for (const i of indicators) {
    const v = edits[i.id];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (i.raw !== null && Math.abs(v - i.raw) <= 1e-12 * Math.max(1, Math.abs(i.raw))) continue;
    out.push({ series: i.id, value: v });
  }
  return out;
}

/** Why a lift cannot be had, as a catalog key (or the server's own words). */
export type LiftReason = 'top' | 'atBest' | 'unreachable' | { text: string };

/** The catalog reason of an unreachable lift target. */
export function liftReason(target: LiftTarget): LiftReason | null {
  if (target.reachable) return null;
  const r = target.reason;
  if (r.startsWith('already ranked first') || r.startsWith('already in the top tier')) return 'top';
  if (r.startsWith('already at or beyond')) return 'atBest';
  if (r.startsWith('not reachable')) return 'unreachable';
  return { text: r };
}

/** The lifts worth showing first: reachable ones by the smallest relative change, then the rest. */
export function sortLifts(lifts: readonly Lift[]): Lift[] {
  const cost = (l: Lift): number =>
    l.rank.reachable && l.from !== null
      ? Math.abs(l.rank.change) / Math.max(Math.abs(l.from), 1e-12)
      : Infinity;
  return [...lifts].sort((a, b) => cost(a) - cost(b));
}
