// A unit's profile in one period: its score, rank, tier and change; its domains against the means
// of all evaluated units and of its city; every indicator with its target and trend; its weak
// points, its peers and its history. The dashboard's unit page and the county report are both this.

import type { LocalisedName } from '../framework/schema.ts';
import {
  evaluationJson,
  finite,
  type IndicatorJson,
  type UnitJson,
} from '../outputs/evaluation-json.ts';
import type { Evaluation, PeriodResult } from '../pipeline/evaluate.ts';
import { meanSd } from '../stats/moments.ts';
import { peers, type Peer } from './peers.ts';
import { unitIndex } from './select.ts';
import { targetProgress, type TargetProgress } from './targets.ts';
import { weakPoints, type WeakPoint } from './weak-points.ts';

/** One indicator of the unit: its values as `evaluationJson` has them, and its target. */
export interface ProfileIndicator extends IndicatorJson {
  id: string;
  name: LocalisedName;
  /** Unit of measure. */
  unit: string;
  direction: 1 | -1;
  /** Units ranked on the indicator in the period. */
  of: number;
  /** Distance to target, with the trend; null when the indicator has no target. */
  progress: TargetProgress | null;
}

/** One domain (a child of the index) of the unit, with the means it is compared with. */
export interface ProfileDomain {
  id: string;
  name: LocalisedName;
  score: number | null;
  rank: number | null;
  /** The mean score of every evaluated unit that has one (the province's units). */
  province: number | null;
  /** The mean score of the evaluated units of the unit's city that have one. */
  city: number | null;
}

/** The unit in one evaluated period. */
export interface ProfilePeriod {
  period: string;
  score: number | null;
  rank: number | null;
  /** The mean index score of all evaluated units, and of the unit's city. */
  province: number | null;
  city: number | null;
  /** Domain id → score. */
  domains: Record<string, number | null>;
  /** Indicator id → value on its own scale (denominated, imputed where the pipeline imputes). */
  indicators: Record<string, number | null>;
}

/** A unit's profile (METHODS.md § Diagnostics and levers: unit profile). */
export interface UnitProfile {
  period: string;
  compare: string | null;
  unit: string;
  name: string;
  /** The unit's city (its code) and its name, or null. */
  city: string | null;
  cityName: string | null;
  score: number | null;
  rank: number | null;
  /** Units ranked on the index in the period. */
  of: number;
  tier: number | null;
  /** The number of tiers (the largest tier given). */
  tiers: number;
  change: UnitJson['change'];
  coupling: UnitJson['coupling'];
  domains: ProfileDomain[];
  indicators: ProfileIndicator[];
  weakPoints: WeakPoint[];
  /** Up to 8 units of its tier, and the 5 nearest on the normalised indicators. */
  peers: { tier: Peer[]; nearest: Peer[] };
  /** Every evaluated period, oldest first. */
  history: ProfilePeriod[];
}

/** What a profile needs besides the evaluation. */
export interface ProfileOptions {
  /** The period (default: the latest evaluated). */
  period?: string;
  /** Unit code → name in the caller's language (default: the code). */
  names?: ReadonlyMap<string, string>;
  /** Unit code → the code of its city (the data's `attrs.city`), or null. */
  cities: ReadonlyMap<string, string | null>;
}

/** The mean of a column over the units where mask is 1 (all when none), or null when none has a value. */
const meanOver = (col: Float64Array, mask?: Uint8Array): number | null =>
  finite(meanSd(col, mask).mean);

/**
 * The profile of `unit` in a period of an evaluation (METHODS.md § Diagnostics and levers: unit
 * profile). Domain and index means are unweighted, over the evaluated units that have a score: all
 * of them (the province, as every unit evaluated is one of its county-level units) and those of the
 * unit's city. A unit not evaluated is a `diagnostics.unknown-unit` error; an unknown period an
 * `evaluate.no-period` one.
 */
export function unitProfile(ev: Evaluation, unit: string, opts: ProfileOptions): UnitProfile {
  const u = unitIndex(ev, unit);
  const names = opts.names;
  const j = evaluationJson(ev, { period: opts.period });
  const p = ev.periods.find((x) => x.period === j.period)!;
  const self = j.units.find((x) => x.unit === unit)!;
  const tree = ev.tree;
  const root = tree.root;
  const domainNodes = [...tree.children[root]!];
  const city = opts.cities.get(unit) ?? null;
  const sameCity = Uint8Array.from(ev.units, (x) =>
    (opts.cities.get(x) ?? null) === city ? 1 : 0,
  );

  const progress = targetProgress(ev, { period: j.period, units: [unit] })[0]!.indicators;
  const indicators = tree.indicators.map((ind, k): ProfileIndicator => ({
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    direction: ind.direction,
    ...self.indicators[ind.id]!,
    of: p.rank(k).filter((r) => r > 0).length,
    progress: progress.find((x) => x.indicator === ind.id) ?? null,
  }));
  const history = (q: PeriodResult): ProfilePeriod => ({
    period: q.period,
    score: finite(q.scores[root]![u]),
    rank: q.rank(root)[u]! || null,
    province: meanOver(q.scores[root]!),
    city: meanOver(q.scores[root]!, sameCity),
    domains: Object.fromEntries(domainNodes.map((k) => [tree.ids[k]!, finite(q.scores[k]![u])])),
    indicators: Object.fromEntries(
      tree.indicators.map((ind, k) => [ind.id, finite(q.stages.imputed[k]![u])]),
    ),
  });
  return {
    period: j.period,
    compare: j.compare,
    unit,
    name: names?.get(unit) ?? unit,
    city,
    cityName: city ? (names?.get(city) ?? city) : null,
    score: self.score,
    rank: self.rank,
    of: p.rank(root).filter((r) => r > 0).length,
    tier: self.tier,
    tiers: p.tiers.reduce((m, t) => Math.max(m, t), 0),
    change: self.change,
    coupling: self.coupling,
    domains: domainNodes.map((k) => ({
      id: tree.ids[k]!,
      name:
        k < tree.nIndicators
          ? tree.indicators[k]!.name
          : tree.aggregates[k - tree.nIndicators]!.name,
      score: finite(p.scores[k]![u]),
      rank: p.rank(k)[u]! || null,
      province: meanOver(p.scores[k]!),
      city: meanOver(p.scores[k]!, sameCity),
    })),
    indicators,
    weakPoints: weakPoints(ev, { period: j.period, units: [unit] })[0]!.weakPoints,
    peers: {
      tier: peers(ev, unit, { by: 'tier' }, { period: j.period }).slice(0, 8),
      nearest: peers(ev, unit, { by: 'nearest', k: 5 }, { period: j.period }),
    },
    history: ev.periods.map(history),
  };
}
