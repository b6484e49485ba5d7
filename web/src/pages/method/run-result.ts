// What the Method page reads of an evaluation run (POST /api/evaluations/run), and how its
// ranking compares with the ranking under the default settings.

import type { EvaluationResult } from '@gapscope/api/index.ts';

/** A unit of a run's result. */
export type RunUnit = EvaluationResult['units'][number];

/** POST /api/evaluations/run's answer (core/outputs/evaluation-json.ts). */
export type RunResult = EvaluationResult;

/** How the ranking moved against a baseline: rank then − rank now per unit (positive = up). */
export interface RankShift {
  byUnit: Map<string, number>;
  /** Units ranked in both whose rank differs. */
  moved: number;
  /** Units ranked in both. */
  compared: number;
  /** The largest move up and down (null when nobody moved that way). */
  up: { unit: string; by: number } | null;
  down: { unit: string; by: number } | null;
}

/** Compares the ranks of `now` with those of `base` (the default settings). */
export function rankShift(now: readonly RunUnit[], base: readonly RunUnit[]): RankShift {
  const before = new Map(base.filter((u) => u.rank !== null).map((u) => [u.unit, u.rank!]));
  const byUnit = new Map<string, number>();
  let moved = 0;
  let up: RankShift['up'] = null;
  let down: RankShift['down'] = null;
  for (const u of now) {
    const b = before.get(u.unit);
    if (u.rank === null || b === undefined) continue;
    const by = b - u.rank;
    byUnit.set(u.unit, by);
    if (by !== 0) moved++;
    if (by > 0 && (!up || by > up.by)) up = { unit: u.unit, by };
    if (by < 0 && (!down || by < down.by)) down = { unit: u.unit, by };
  }
  return { byUnit, moved, compared: byUnit.size, up, down };
}

/** The first and last `n` ranked units (units are sorted by rank, unranked last). */
export function topBottom(
  units: readonly RunUnit[],
  n: number,
): { top: RunUnit[]; bottom: RunUnit[] } {
  const ranked = units.filter((u) => u.rank !== null);
  return {
    top: ranked.slice(0, n),
    bottom: ranked.length > n ? ranked.slice(Math.max(n, ranked.length - n)) : [],
  };
}
