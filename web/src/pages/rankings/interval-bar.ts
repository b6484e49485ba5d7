// Where the marks of a rank interval go in a small bar: rank 1 at the left, the last rank at the
// right; the 5–95 % range as a band, the median as a tick, the nominal rank as a dot.

import type { Interval } from '@gapscope/api/index.ts';

export interface IntervalMarks {
  /** Left and right ends of the band (px). */
  from: number;
  to: number;
  median: number | null;
  nominal: number | null;
}

/**
 * The marks of an interval on a bar `width` px wide for ranks 1…`of` (inset by `pad` px at both
 * ends so the marks at rank 1 and rank `of` stay whole); null when the interval is unknown.
 */
export function intervalMarks(
  interval: Interval | null | undefined,
  of: number,
  width: number,
  pad = 3,
): IntervalMarks | null {
  if (!interval || interval.p5 === null || interval.p95 === null || of < 1) return null;
  const x = (rank: number): number =>
    pad + (of > 1 ? ((Math.min(of, Math.max(1, rank)) - 1) / (of - 1)) * (width - 2 * pad) : 0);
  const lo = Math.min(interval.p5, interval.p95);
  const hi = Math.max(interval.p5, interval.p95);
  return {
    from: x(lo),
    to: x(hi),
    median: interval.median === null ? null : x(interval.median),
    nominal: interval.nominal === null ? null : x(interval.nominal),
  };
}
