// The brief's index section: how the scores are spread, the domains, the leaders and laggards, and
// the units whose rank moved most against the same period a year earlier.

import { evaluationJson, finite, type UnitJson } from '../../core/outputs/evaluation-json.ts';
import { indexOverview } from '../../core/outputs/overview.ts';
import type { Evaluation } from '../../core/pipeline/evaluate.ts';
import { meanSd } from '../../core/stats/moments.ts';
import { nameIn } from '../format.ts';
import type { Lang } from '../i18n/index.ts';
import { unitCities, unitNames } from '../names.ts';
import type { ReportSource } from '../source.ts';
import type { IndexSection, UnitLine } from './model.ts';

/** How many units each of the leaders, laggards, risers and fallers tables lists. */
export const TOP = 5;

/** The index section of period `period` of an evaluation. */
export function indexSection(
  source: ReportSource,
  ev: Evaluation,
  period: string,
  lang: Lang,
): IndexSection {
  const names = unitNames(source, lang);
  const cities = unitCities(source);
  const j = evaluationJson(ev, { period, names });
  const line = (u: UnitJson): UnitLine => {
    const city = cities.get(u.unit) ?? null;
    return {
      unit: u.unit,
      name: u.name ?? u.unit,
      city: city ? (names.get(city) ?? city) : '',
      score: u.score,
      rank: u.rank,
      tier: u.tier,
      scoreChange: u.change?.score ?? null,
      rankChange: u.change?.rank ?? null,
      domains: u.domains,
    };
  };
  const lines = new Map(j.units.map((u) => [u, line(u)]));
  const lineOf = (u: UnitJson): UnitLine => lines.get(u)!;
  const o = indexOverview(j.units, { size: TOP });
  const { n: _, ...stats } = o.distribution;

  const tree = ev.tree;
  const now = ev.periods.find((p) => p.period === j.period)!;
  const before = j.compare ? ev.periods.find((p) => p.period === j.compare) : undefined;
  // A domain's mean is over every evaluated unit that has a score (METHODS.md § Outputs).
  const domains = [...tree.children[tree.root]!].map((k) => {
    const node = tree.aggregates[k - tree.nIndicators]!;
    return {
      id: node.id,
      name: nameIn(node.name, lang, node.id),
      mean: finite(meanSd(now.scores[k]!).mean),
      earlier: before ? finite(meanSd(before.scores[k]!).mean) : null,
    };
  });

  return {
    period: j.period,
    compare: j.compare,
    n: o.n,
    stats,
    scores: j.units.flatMap((u) => (u.score === null ? [] : [u.score])),
    domains,
    moves: j.compare ? o.moves : null,
    leaders: o.top.map(lineOf),
    laggards: o.bottom.map(lineOf),
    risers: o.risers.map(lineOf),
    fallers: o.fallers.map(lineOf),
    units: j.units.map(lineOf),
  };
}
