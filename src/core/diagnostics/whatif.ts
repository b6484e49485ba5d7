// What-if: change raw values of one or more units and see the new scores, ranks and tiers, all
// else held; and for each indicator, the smallest improvement that lifts a unit one rank or one
// tier, found by search on the real pipeline (METHODS.md § Diagnostics and levers).

import type { Dataset } from '../data/dataset.ts';
import { GapscopeError } from '../errors.ts';
import { evaluate, type Evaluation, type EvaluationInput } from '../pipeline/evaluate.ts';
import { periodResult, unitIndex } from './select.ts';

/** A new raw value: the stored value of a series (for a denominated indicator, its numerator). */
export interface ValueChange {
  unit: string;
  series: string;
  value: number;
}

/** A unit's index score, rank (1 best) and tier (1 best) in one period; null when it has none. */
export interface Standing {
  score: number | null;
  rank: number | null;
  tier: number | null;
}

export interface WhatIfResult {
  period: string;
  /** The changes made, with the value each replaced (null: it was missing). */
  changes: (ValueChange & { from: number | null })[];
  /** Every evaluated unit before and after, in evaluation order. */
  units: { unit: string; before: Standing; after: Standing }[];
  before: Evaluation;
  after: Evaluation;
}

/** A unit's standing in one period of an evaluation. */
export function standing(ev: Evaluation, period: string, u: number): Standing {
  const p = periodResult(ev, period);
  const s = p.scores[ev.tree.root]![u]!;
  return {
    score: s === s ? s : null,
    rank: p.rank(ev.tree.root)[u]! || null,
    tier: p.tiers[u]! || null,
  };
}

/** The dataset with some cells of one period replaced; columns not touched are shared. */
export function withValues(data: Dataset, period: string, changes: ValueChange[]): Dataset {
  const p = data.periods.indexOf(period);
  if (p < 0) {
    throw new GapscopeError(
      'whatif.no-period',
      `the data has no period ${period} (it has ${data.periods.join(', ') || 'none'})`,
    );
  }
  const cols = data.values[p]!.slice();
  const copied = new Set<number>();
  for (const c of changes) {
    const u = data.units.indexOf(c.unit);
    if (u < 0) throw new GapscopeError('whatif.unknown-unit', `unit ${c.unit} is not in the data`);
    const s = data.series.indexOf(c.series);
    if (s < 0) {
      throw new GapscopeError(
        'whatif.unknown-series',
        `the data has no series ${c.series} (it has ${data.series.join(', ')})`,
      );
    }
    if (!Number.isFinite(c.value)) {
      throw new GapscopeError('whatif.value', `${c.unit} ${c.series}: ${c.value} is not a number`);
    }
    if (!copied.has(s)) {
      cols[s] = cols[s]!.slice();
      copied.add(s);
    }
    cols[s]![u] = c.value;
  }
  return { ...data, values: data.values.map((v, k) => (k === p ? cols : v)) };
}

/** The period a what-if works on: the one asked for, else the input's, else the latest evaluated. */
function periodOf(before: Evaluation, input: EvaluationInput, period?: string): string {
  return periodResult(before, period ?? input.period).period;
}

/**
 * Evaluates the input with some raw values replaced in one period (default: the input's period,
 * else the latest evaluated) and compares every unit's standing before and after. Everything else
 * — the other values, the framework, the method choices — is held, and the whole pipeline runs
 * again, so relative methods (min–max, ranks, objective weights) move the other units too.
 */
export function whatIf(
  input: EvaluationInput,
  changes: ValueChange[],
  opts: { period?: string; before?: Evaluation } = {},
): WhatIfResult {
  const before = opts.before ?? evaluate({ ...input, provenance: false });
  const period = periodOf(before, input, opts.period);
  const data = withValues(input.data, period, changes);
  const after = evaluate({ ...input, data, only: period, provenance: false });
  const p = input.data.periods.indexOf(period);
  return {
    period,
    changes: changes.map((c) => {
      const v =
        input.data.values[p]![input.data.series.indexOf(c.series)]![
          input.data.units.indexOf(c.unit)
        ]!;
      return { ...c, from: v === v ? v : null };
    }),
    units: before.units.map((unit, u) => ({
      unit,
      before: standing(before, period, u),
      after: standing(after, period, u),
    })),
    before,
    after,
  };
}

/** The smallest improvement found for one goal, or why there is none. */
export type LiftTarget =
  | {
      reachable: true;
      /** The raw value to set, its change from the current one, and the indicator's value then. */
      value: number;
      change: number;
      indicatorValue: number;
      after: Standing;
    }
  | { reachable: false; reason: string };

/** For one indicator: the search range and the smallest lifts by one rank and by one tier. */
export interface Lift {
  indicator: string;
  direction: 1 | -1;
  /** Current raw value (or, when missing, the imputed one) and the far end of the search. */
  from: number | null;
  bound: number | null;
  boundFrom: 'plausible' | 'observed' | null;
  rank: LiftTarget;
  tier: LiftTarget;
}

export interface LiftsResult {
  period: string;
  unit: string;
  standing: Standing;
  lifts: Lift[];
}

/**
 * For each indicator (default all), the smallest change of the unit's raw value in the good
 * direction that lifts its index rank by at least one (rank < current) and, separately, its tier
 * by at least one (tier < current), everything else held. The search runs the real pipeline: from
 * the current value v0 towards the bound b — the good end of the indicator's plausible range, or
 * failing that the best value observed among the evaluated units that period (for a denominated
 * indicator, the raw value giving the best observed ratio) — it evaluates `grid` equally spaced
 * values (default 8) up to b, takes the first that reaches the goal, and bisects between it and
 * the value before to `tolerance`·|b − v0| (default 1e-6). The result is the smallest improvement
 * at that resolution where the outcome is monotone between grid points, as it is under
 * arithmetic aggregation of fixed goalposts; "not reachable" when b does not reach the goal.
 */
export function lifts(
  input: EvaluationInput,
  unit: string,
  opts: {
    period?: string;
    indicators?: string[];
    grid?: number;
    tolerance?: number;
    before?: Evaluation;
  } = {},
): LiftsResult {
  const before = opts.before ?? evaluate({ ...input, provenance: false });
  const period = periodOf(before, input, opts.period);
  const p = periodResult(before, period);
  const u = unitIndex(before, unit);
  const now = standing(before, period, u);
  const tree = before.tree;
  const data = input.data;
  const dp = data.periods.indexOf(period);
  const du = data.units.indexOf(unit);
  const grid = opts.grid ?? 8;
  const tol = opts.tolerance ?? 1e-6;
  const ids = opts.indicators ?? tree.indicators.map((i) => i.id);

  const lift = (id: string): Lift => {
    const j = tree.index.get(id);
    if (j === undefined || j >= tree.nIndicators) {
      throw new GapscopeError(
        'whatif.unknown-indicator',
        `"${id}" is not an indicator of the framework`,
      );
    }
    const ind = tree.indicators[j]!;
    const d = ind.direction;
    const none = (reason: string): LiftTarget => ({ reachable: false, reason });
    const skip = (reason: string, from: number | null = null): Lift => ({
      indicator: id,
      direction: d,
      from,
      bound: null,
      boundFrom: null,
      rank: none(reason),
      tier: none(reason),
    });
    if (now.score === null) return skip('the unit has no index score');
    const s = data.series.indexOf(id);
    if (s < 0) return skip(`the data have no series ${id}`);
    // Raw value ↔ indicator value: x = raw / den × scale for a denominated indicator.
    let per = 1;
    if (ind.denominator) {
      const ds = data.series.indexOf(ind.denominator.series);
      const den = ds < 0 ? NaN : data.values[dp]![ds]![du]!;
      if (!(den === den) || den === 0) return skip(`no denominator ${ind.denominator.series}`);
      per = ind.denominator.scale / den;
    }
    let from = data.values[dp]![s]![du]!;
    if (!(from === from)) from = p.stages.imputed[j]![u]! / per;
    if (!(from === from)) return skip('no value to start from');
    let bound: number;
    let boundFrom: 'plausible' | 'observed';
    if (ind.plausible) {
      bound = d > 0 ? ind.plausible[1] : ind.plausible[0];
      boundFrom = 'plausible';
    } else {
      let best = NaN;
      const col = p.stages.denominated[j]!;
      for (let v = 0; v < col.length; v++) {
        const x = col[v]!;
        if (p.active[v] && x === x && !(d * (x - best) <= 0)) best = x;
      }
      bound = best / per;
      boundFrom = 'observed';
    }
    if (!(d * (bound - from) > 0)) {
      return {
        ...skip('already at or beyond the best value of the search range', from),
        bound,
        boundFrom,
      };
    }
    const at = (v: number): Standing => {
      const ev = evaluate({
        ...input,
        data: withValues(data, period, [{ unit, series: id, value: v }]),
        only: period,
        provenance: false,
      });
      return standing(ev, period, u);
    };
    const goals = {
      rank: (st: Standing) => st.rank !== null && st.rank < now.rank!,
      tier: (st: Standing) => st.tier !== null && st.tier < now.tier!,
    };
    const result: Record<'rank' | 'tier', LiftTarget> = {
      rank:
        now.rank === 1
          ? none('already ranked first')
          : none('not reachable within the search range'),
      tier:
        now.tier === 1
          ? none('already in the top tier')
          : none('not reachable within the search range'),
    };
    const open = (['rank', 'tier'] as const).filter(
      (g) => !(g === 'rank' ? now.rank === 1 : now.tier === 1),
    );
    // Scan the grid once for both goals, then bisect each between its bracketing grid points.
    const brackets = new Map<'rank' | 'tier', { lo: number; hi: number; st: Standing }>();
    let prev = from;
    for (let k = 1; k <= grid && brackets.size < open.length; k++) {
      const v = k === grid ? bound : from + ((bound - from) * k) / grid;
      const st = at(v);
      for (const g of open)
        if (!brackets.has(g) && goals[g](st)) brackets.set(g, { lo: prev, hi: v, st });
      prev = v;
    }
    const width = tol * Math.abs(bound - from);
    for (const [g, b] of brackets) {
      let { lo, hi, st } = b;
      while (Math.abs(hi - lo) > width) {
        const mid = lo + (hi - lo) / 2;
        const sm = at(mid);
        if (goals[g](sm)) {
          hi = mid;
          st = sm;
        } else lo = mid;
      }
      result[g] = {
        reachable: true,
        value: hi,
        change: hi - from,
        indicatorValue: hi * per,
        after: st,
      };
    }
    return {
      indicator: id,
      direction: d,
      from,
      bound,
      boundFrom,
      rank: result.rank,
      tier: result.tier,
    };
  };

  return { period, unit, standing: now, lifts: ids.map(lift) };
}
