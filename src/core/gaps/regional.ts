// Region vs region: how spread out a per-head figure is across units, and how far a group trails.

import type { Geography } from '../geography/units.ts';
import type { LocalisedName } from '../framework/schema.ts';
import type { RegionalGapSpec } from '../framework/gaps.ts';
import { coefficientOfVariation, williamson } from '../inequality/cv.ts';
import { gini } from '../inequality/gini.ts';
import { groupingFromLabels } from '../inequality/grouping.ts';
import { maxMinRatio } from '../inequality/max-min.ts';
import { theilT } from '../inequality/theil.ts';
import { figure, type Figure } from './figure.ts';
import { groupMask, type Scope } from './scope.ts';
import { requirePositive, type ValueReader } from './values.ts';

/** One group against the other units: its size, mean, level (all units = 100) and the Theil split. */
export interface GroupGap {
  group: string;
  n: number;
  mean: Figure;
  relativeLevel: Figure;
  theilT: { between: Figure; within: Figure };
}

/** The spread of one per-head figure across the units of a level. */
export interface RegionalSpread {
  id: string;
  name: LocalisedName;
  weighted: boolean;
  /** Units with a value (and a weight, when weighted) in the period. */
  n: number;
  /** The (weighted) mean over those units: the province level they imply. */
  mean: Figure;
  cv: Figure;
  cvWeighted: Figure;
  gini: Figure;
  maxMin: Figure;
  /** Theil T split between and within cities (the units' parents). */
  theilT: { total: Figure; between: Figure; within: Figure };
  groups: GroupGap[];
}

interface GroupNumbers {
  n: number;
  mean: number;
  relativeLevel: number;
  between: number;
  within: number;
}

interface SpreadNumbers {
  n: number;
  mean: number;
  cv: number;
  cvWeighted: number;
  gini: number;
  maxMin: number;
  theil: { total: number; between: number; within: number };
  groups: GroupNumbers[];
}

/**
 * Whose group membership a change compares: the later period's applied to both periods ('fixed',
 * the default) or each period's own ('own').
 */
export const MEMBERSHIPS = ['fixed', 'own'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];

const NONE: SpreadNumbers = {
  n: 0,
  mean: NaN,
  cv: NaN,
  cvWeighted: NaN,
  gini: NaN,
  maxMin: NaN,
  theil: { total: NaN, between: NaN, within: NaN },
  groups: [],
};

/** Every measure of the spread in one period, over the units with a value (and weight). */
function spreadAt(
  spec: RegionalGapSpec,
  read: ValueReader,
  geo: Geography,
  scope: Scope,
  groups: readonly string[],
  /** The period whose group membership applies (default the scope's own). */
  membersAt: string = scope.period,
): SpreadNumbers {
  const all = read.values(spec.id, scope.period, scope.units);
  requirePositive(
    all,
    scope.units,
    spec.id,
    scope.period,
    'regional inequality takes logs and ratios',
  );
  const wall = read.weights(spec.weight, scope.period, scope.units);
  const keep: number[] = [];
  for (let k = 0; k < all.length; k++) if (all[k]! === all[k]! && wall[k]! > 0) keep.push(k);
  if (keep.length < 2) return { ...NONE, n: keep.length, groups: groups.map(() => noGroup()) };
  const x = Float64Array.from(keep, (k) => all[k]!);
  const w = Float64Array.from(keep, (k) => wall[k]!);
  let P = 0;
  let S = 0;
  for (let i = 0; i < x.length; i++) {
    P += w[i]!;
    S += w[i]! * x[i]!;
  }
  const mean = S / P;
  const cities = groupingFromLabels(keep.map((k) => scope.parents[k] || scope.units[k]!));
  return {
    n: x.length,
    mean,
    cv: coefficientOfVariation(x),
    cvWeighted: williamson(x, w),
    gini: gini(x, w),
    maxMin: maxMinRatio(x),
    theil: theilT(x, w, cities),
    groups: groups.map((group) => {
      const mask = groupMask(geo, scope, group, membersAt);
      const inside = keep.map((k) => mask[k] === 1);
      const m = inside.filter(Boolean).length;
      if (m === 0) return noGroup();
      let pg = 0;
      let sg = 0;
      inside.forEach((yes, i) => {
        if (!yes) return;
        pg += w[i]!;
        sg += w[i]! * x[i]!;
      });
      const split = theilT(x, w, groupingFromLabels(inside.map((yes) => (yes ? 'in' : 'out'))));
      return {
        n: m,
        mean: sg / pg,
        relativeLevel: (sg / pg / mean) * 100,
        between: split.between,
        within: split.within,
      };
    }),
  };
}

function noGroup(): GroupNumbers {
  return { n: 0, mean: NaN, relativeLevel: NaN, between: NaN, within: NaN };
}

/**
 * The regional spread of a per-head figure across the scope's units with the change against a
 * year earlier (METHODS.md § The three-gap summary): n, the weighted mean, CV (plain and
 * Williamson), Gini, max/min, Theil T between and within cities, and for each group its level
 * relative to all units and the Theil T split between it and the rest. Each period uses the
 * units and cities as they stood at its end; the groups' members are those of the later period in
 * both (`membership` 'fixed', so that a change is not a change of who is counted) or each period's
 * own ('own').
 */
export function regionalSpread(
  spec: RegionalGapSpec,
  name: LocalisedName,
  read: ValueReader,
  geo: Geography,
  now: Scope,
  before: Scope,
  groups: readonly string[],
  membership: Membership = 'fixed',
): RegionalSpread {
  const a = spreadAt(spec, read, geo, now, groups);
  const membersAt = membership === 'fixed' ? now.period : before.period;
  const b = read.hasPeriod(before.period)
    ? spreadAt(spec, read, geo, before, groups, membersAt)
    : NONE;
  return {
    id: spec.id,
    name,
    weighted: spec.weight !== undefined,
    n: a.n,
    mean: figure(a.mean, b.mean),
    cv: figure(a.cv, b.cv),
    cvWeighted: figure(a.cvWeighted, b.cvWeighted),
    gini: figure(a.gini, b.gini),
    maxMin: figure(a.maxMin, b.maxMin),
    theilT: {
      total: figure(a.theil.total, b.theil.total),
      between: figure(a.theil.between, b.theil.between),
      within: figure(a.theil.within, b.theil.within),
    },
    groups: groups.map((group, g) => {
      const x = a.groups[g]!;
      const y = b.groups[g] ?? noGroup();
      return {
        group,
        n: x.n,
        mean: figure(x.mean, y.mean),
        relativeLevel: figure(x.relativeLevel, y.relativeLevel),
        theilT: { between: figure(x.between, y.between), within: figure(x.within, y.within) },
      };
    }),
  };
}
