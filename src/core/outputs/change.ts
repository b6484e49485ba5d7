// Change and rank change of every node between two periods of one evaluation.

import { GapscopeError } from '../errors.ts';
import type { Evaluation } from '../pipeline/evaluate.ts';

/** Per node and unit: score now − score then, and rank then − rank now (positive = moved up). */
export interface Change {
  period: string;
  base: string;
  score: Float64Array[];
  rank: Float64Array[];
}

/** Change of `period` against `base`; NaN where a unit has no score or rank in either period. */
export function changeBetween(ev: Evaluation, period: string, base: string): Change {
  const now = ev.periods.find((p) => p.period === period);
  const then = ev.periods.find((p) => p.period === base);
  if (!now || !then) {
    throw new GapscopeError('change.no-period', `cannot compare ${period} with ${base}: the evaluation has ${ev.periods.map((p) => p.period).join(', ')}`);
  }
  const score = now.scores.map((col, k) => col.map((v, u) => v - then.scores[k]![u]!));
  const rank = now.ranks.map((col, k) =>
    Float64Array.from(col, (r, u) => (r > 0 && then.ranks[k]![u]! > 0 ? then.ranks[k]![u]! - r : NaN)),
  );
  return { period, base, score, rank };
}
