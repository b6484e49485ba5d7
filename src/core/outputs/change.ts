// Change and rank change of every node between two periods of one evaluation.

import { GapscopeError } from '../errors.ts';
import type { Evaluation } from '../pipeline/evaluate.ts';

/** Per unit, for one node: score now − score then, and rank then − rank now (positive = moved up). */
export interface Change {
  period: string;
  base: string;
  node: number;
  score: Float64Array;
  rank: Float64Array;
}

/** Change of node k (default the index) in `period` against `base`; NaN where a unit has no score in either. */
export function changeBetween(
  ev: Evaluation,
  period: string,
  base: string,
  k = ev.tree.root,
): Change {
  const now = ev.periods.find((p) => p.period === period);
  const then = ev.periods.find((p) => p.period === base);
  if (!now || !then) {
    throw new GapscopeError(
      'change.no-period',
      `cannot compare ${period} with ${base}: the evaluation has ${ev.periods.map((p) => p.period).join(', ')}`,
    );
  }
  const score = now.scores[k]!.map((v, u) => v - then.scores[k]![u]!);
  const before = then.rank(k);
  const rank = Float64Array.from(now.rank(k), (r, u) =>
    r > 0 && before[u]! > 0 ? before[u]! - r : NaN,
  );
  return { period, base, node: k, score, rank };
}
