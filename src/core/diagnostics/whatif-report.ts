// A what-if as one plain object: the changes, the unit before and after, who else moved, and the
// smallest improvement of each indicator that lifts the unit one rank or one tier.

import { GapscopeError } from '../errors.ts';
import { evaluate, type EvaluationInput } from '../pipeline/evaluate.ts';
import {
  lifts,
  whatIf,
  withValues,
  type Lift,
  type LiftTarget,
  type Standing,
  type ValueChange,
} from './whatif.ts';

/** A lift goal as reported: the standing it reaches spelled out, or why it cannot be reached. */
export type LiftTargetReport =
  | {
      reachable: true;
      value: number;
      change: number;
      indicatorValue: number;
      score: number | null;
      rank: number | null;
      tier: number | null;
    }
  | { reachable: false; reason: string };

/** One indicator's lifts as reported. */
export interface LiftReport extends Omit<Lift, 'rank' | 'tier'> {
  rank: LiftTargetReport;
  tier: LiftTargetReport;
}

/** One lift target as reported. */
function target(t: LiftTarget): LiftTargetReport {
  return t.reachable
    ? {
        reachable: true,
        value: t.value,
        change: t.change,
        indicatorValue: t.indicatorValue,
        score: t.after.score,
        rank: t.after.rank,
        tier: t.after.tier,
      }
    : { reachable: false, reason: t.reason };
}

const diff = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

/** The report of a what-if (see the module comment). */
export interface WhatIfReport {
  period: string;
  unit: string;
  changes: { unit: string; series: string; from: number | null; to: number }[];
  before: Standing;
  after: Standing;
  /** Positive = better: a higher score, a smaller rank or tier number. */
  change: { score: number | null; rank: number | null; tier: number | null };
  moved: { unit: string; before: Standing; after: Standing }[];
  lifts: LiftReport[] | null;
}

/**
 * Applies the changes to the input's data, re-evaluates everything else held, and (unless
 * `lifts: false`) searches each indicator's smallest lift from the unit as it stands after them.
 */
export function whatIfReport(
  input: EvaluationInput,
  unit: string,
  changes: ValueChange[],
  opts: { period?: string; lifts?: boolean; indicators?: string[] } = {},
): WhatIfReport {
  const before = evaluate({ ...input, provenance: false });
  const w = whatIf(input, changes, { period: opts.period, before });
  const self = w.units.find((x) => x.unit === unit);
  if (!self)
    throw new GapscopeError(
      'whatif.unit',
      `unit ${unit} is not among the ${w.units.length} evaluated units`,
      { path: 'unit' },
    );
  const l =
    opts.lifts === false
      ? null
      : lifts(
          changes.length ? { ...input, data: withValues(input.data, w.period, changes) } : input,
          unit,
          {
            period: w.period,
            indicators: opts.indicators,
            before: changes.length ? w.after : before,
          },
        );
  return {
    period: w.period,
    unit,
    changes: w.changes.map((c) => ({ unit: c.unit, series: c.series, from: c.from, to: c.value })),
    before: self.before,
    after: self.after,
    change: {
      score: diff(self.after.score, self.before.score),
      rank: diff(self.before.rank, self.after.rank),
      tier: diff(self.before.tier, self.after.tier),
    },
    moved: w.units.filter((x) => x.unit !== unit && x.before.rank !== x.after.rank),
    lifts: l
      ? l.lifts.map((x) => ({
          indicator: x.indicator,
          direction: x.direction,
          from: x.from,
          bound: x.bound,
          boundFrom: x.boundFrom,
          rank: target(x.rank),
          tier: target(x.tier),
        }))
      : null,
  };
}
