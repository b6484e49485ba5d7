// The overview of one period of an evaluation: how the index scores are spread, the leaders and
// laggards, and the units whose rank rose or fell most. The dashboard's first screen and the
// monthly brief's index section are both this.

import { fiveNumbers, type FiveNumbers } from '../stats/five-numbers.ts';
import type { UnitJson } from './evaluation-json.ts';

/** What the overview reads of a unit: its score, rank and change (as `evaluationJson` gives them). */
export type OverviewUnit = Pick<UnitJson, 'unit' | 'score' | 'rank' | 'change'>;

/** The overview of a period; the lists hold the caller's own unit objects. */
export interface Overview<U extends OverviewUnit> {
  /** Units with an index score. */
  n: number;
  /** Of the index scores; quartiles R type 7. */
  distribution: FiveNumbers;
  /** The first and the last `size` units with a score, in rank order. */
  top: U[];
  bottom: U[];
  /** Units whose rank rose (change > 0), biggest rise first; at most `size`. */
  risers: U[];
  /** Units whose rank fell (change < 0), biggest fall first; at most `size`. */
  fallers: U[];
  /** How many scored units with a rank change rose, fell or kept their rank. */
  moves: { up: number; down: number; same: number };
}

/** How many units each list holds by default. */
export const OVERVIEW_SIZE = 5;

const rankChange = (u: OverviewUnit): number | null => u.change?.rank ?? null;

/** Biggest rise first; ties by the bigger score change, then by unit code. */
function byRise(a: OverviewUnit, b: OverviewUnit): number {
  return (
    rankChange(b)! - rankChange(a)! ||
    (b.change?.score ?? 0) - (a.change?.score ?? 0) ||
    (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)
  );
}

/**
 * The overview of units given in rank order (as `evaluationJson` sorts them). Units without a
 * score are left out of everything. Rank change is rank then − rank now (METHODS.md § Outputs), so
 * a riser has a change > 0 and a faller < 0: a unit that kept its rank is neither, and the lists
 * may be shorter than `size`. Fallers are in the exact reverse of the risers' order (biggest fall,
 * then the bigger score drop, then the later unit code).
 */
export function indexOverview<U extends OverviewUnit>(
  units: readonly U[],
  opts: { size?: number } = {},
): Overview<U> {
  const size = opts.size ?? OVERVIEW_SIZE;
  const scored = units.filter((u) => u.score !== null);
  const moved = scored.filter((u) => rankChange(u) !== null);
  const up = moved.filter((u) => rankChange(u)! > 0).sort(byRise);
  const down = moved.filter((u) => rankChange(u)! < 0).sort((a, b) => byRise(b, a));
  return {
    n: scored.length,
    distribution: fiveNumbers(scored.map((u) => u.score)),
    top: scored.slice(0, size),
    bottom: size > 0 ? scored.slice(-size) : [],
    risers: up.slice(0, size),
    fallers: down.slice(0, size),
    moves: { up: up.length, down: down.length, same: moved.length - up.length - down.length },
  };
}
