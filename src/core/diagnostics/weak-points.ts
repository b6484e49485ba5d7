// Weak points (短板): the indicators that hold a unit back — in its bottom quartile among units,
// behind target, or among its largest obstacle degrees (METHODS.md § Diagnostics and levers).

import { parsePeriod } from '../data/period.ts';
import { obstacles } from '../outputs/contribution.ts';
import { unitIndicatorWeights } from '../outputs/unit-weights.ts';
import type { Evaluation } from '../pipeline/evaluate.ts';
import { quantileSorted, sortedFinite } from '../stats/quantile.ts';
import { periodResult, unitIndex } from './select.ts';
import { targetFor } from './targets.ts';

/** Why an indicator is a weak point. */
export type WeakReason = 'bottom-quartile' | 'behind-target' | 'top-obstacle';

export interface WeakPoint {
  indicator: string;
  reasons: WeakReason[];
  /** Obstacle degree: the indicator's share of what keeps the unit from 100 (sums to 1). */
  obstacle: number | null;
  /** Normalised value, and rank among the units on this indicator (1 best) out of `of`. */
  normalised: number | null;
  rank: number | null;
  of: number;
  /** Value on the indicator's scale (denominated, imputed where the pipeline imputes). */
  value: number | null;
  imputed: boolean;
  target: { year: number; value: number } | null;
}

/**
 * Each unit's weak points in a period (default: the latest), ranked by obstacle degree (largest
 * first; ties in framework order). An indicator is a weak point when
 * - `bottom-quartile`: its normalised value is at or below the first quartile (R type 7) of that
 *   indicator's normalised values over the units that have one, and below the best of them;
 * - `behind-target`: its value is on the wrong side of the target for the period's year (or the
 *   next later year that has one);
 * - `top-obstacle`: its obstacle degree is positive and among the unit's `top` largest
 *   (default 3; ties in framework order).
 * A unit without an index score has none.
 */
export function weakPoints(
  ev: Evaluation,
  opts: { period?: string; units?: string[]; top?: number } = {},
): { unit: string; weakPoints: WeakPoint[] }[] {
  const p = periodResult(ev, opts.period);
  const tree = ev.tree;
  const nInd = tree.nIndicators;
  const year = parsePeriod(p.period).year;
  const top = opts.top ?? 3;
  const y = p.scores.slice(0, nInd);
  const O = obstacles(unitIndicatorWeights(tree, p.weights.local, p.scores), y);
  const quartile = y.map((col) => {
    const s = sortedFinite(col, p.active);
    return { q1: quantileSorted(s, 0.25), max: s.length ? s[s.length - 1]! : NaN, n: s.length };
  });
  const targets = tree.indicators.map((ind) => targetFor(ind, year));
  const root = p.scores[tree.root]!;
  return (opts.units ?? ev.units).map((unit) => {
    const u = unitIndex(ev, unit);
    if (!(root[u]! === root[u]!)) return { unit, weakPoints: [] };
    const order = tree.indicators
      .map((_, j) => j)
      .filter((j) => O[j]![u]! > 0)
      .sort((a, b) => O[b]![u]! - O[a]![u]! || a - b);
    const topSet = new Set(order.slice(0, top));
    const out: WeakPoint[] = [];
    tree.indicators.forEach((ind, j) => {
      const reasons: WeakReason[] = [];
      const v = y[j]![u]!;
      const q = quartile[j]!;
      if (v === v && v <= q.q1 && v < q.max) reasons.push('bottom-quartile');
      const x = p.stages.imputed[j]![u]!;
      const t = targets[j]!;
      if (t && x === x && ind.direction * (t.value - x) > 0) reasons.push('behind-target');
      if (topSet.has(j)) reasons.push('top-obstacle');
      if (!reasons.length) return;
      const o = O[j]![u]!;
      out.push({
        indicator: ind.id,
        reasons,
        obstacle: o === o ? o : null,
        normalised: v === v ? v : null,
        rank: p.rank(j)[u]! || null,
        of: q.n,
        value: x === x ? x : null,
        imputed: !!p.imputedFlags[j]?.[u],
        target: t,
      });
    });
    out.sort(
      (a, b) =>
        (b.obstacle ?? -1) - (a.obstacle ?? -1) ||
        tree.index.get(a.indicator)! - tree.index.get(b.indicator)!,
    );
    return { unit, weakPoints: out };
  });
}
