// The expected progress of a work item on a date: the share (%) it should have reached by then on
// its milestone path, or on the straight line from start to due when it has no milestones
// (METHODS.md § Task-force work system: status rules).

import { daysBetween } from './dates.ts';
import type { Milestone } from './types.ts';

/**
 * The expected share (0–100 %) of `item` at the end of `date`. The path runs from 0 % on the start
 * date to 100 % on the due date; with n milestones it passes through 100 × k / (n + 1) % on the
 * k-th milestone's due date (milestones in date order), linear between these points.
 */
export function expectedShare(
  item: { start: string; due: string; milestones: readonly Pick<Milestone, 'due'>[] },
  date: string,
): number {
  if (date >= item.due) return 100;
  if (date <= item.start) return 0;
  const dues = item.milestones.map((m) => m.due).sort();
  const n = dues.length;
  const points = [
    { date: item.start, share: 0 },
    ...dues.map((d, k) => ({ date: d, share: (100 * (k + 1)) / (n + 1) })),
    { date: item.due, share: 100 },
  ];
  let prev = points[0]!;
  for (const p of points.slice(1)) {
    if (date < p.date) {
      const span = daysBetween(prev.date, p.date);
      return prev.share + ((p.share - prev.share) * daysBetween(prev.date, date)) / span;
    }
    prev = p;
  }
  return 100;
}
