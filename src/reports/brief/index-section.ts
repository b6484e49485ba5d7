// The brief's index section: how the scores are spread, the domains, the leaders and laggards, and
// the units whose rank moved most against the same period a year earlier.

import { evaluationJson, type UnitJson } from '../../core/outputs/evaluation-json.ts';
import type { Evaluation } from '../../core/pipeline/evaluate.ts';
import { quantileSorted } from '../../core/stats/quantile.ts';
import { nameIn } from '../format.ts';
import type { Lang } from '../i18n/index.ts';
import { unitCities, unitNames } from '../names.ts';
import type { ReportSource } from '../source.ts';
import type { IndexSection, UnitLine } from './model.ts';

/** How many units each of the leaders, laggards, risers and fallers tables lists. */
export const TOP = 5;

/** The mean of the finite values, or null. */
function meanOf(values: Iterable<number>): number | null {
  let s = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isFinite(v)) {
      s += v;
      n++;
    }
  }
  return n ? s / n : null;
}

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
  const units = j.units.map(line);
  const scored = units.filter((u) => u.score !== null);
  const sorted = Float64Array.from(scored.map((u) => u.score!)).sort();
  const q = (p: number): number => quantileSorted(sorted, p);

  const tree = ev.tree;
  const now = ev.periods.find((p) => p.period === j.period)!;
  const before = j.compare ? ev.periods.find((p) => p.period === j.compare) : undefined;
  const domains = [...tree.children[tree.root]!].map((k) => {
    const node = tree.aggregates[k - tree.nIndicators]!;
    return {
      id: node.id,
      name: nameIn(node.name, lang, node.id),
      mean: meanOf(now.scores[k]!),
      earlier: before ? meanOf(before.scores[k]!) : null,
    };
  });

  const moved = scored.filter((u) => u.rankChange !== null);
  const byMove = (a: UnitLine, b: UnitLine): number =>
    b.rankChange! - a.rankChange! ||
    (b.scoreChange ?? 0) - (a.scoreChange ?? 0) ||
    a.unit.localeCompare(b.unit);
  const risers = moved.filter((u) => u.rankChange! > 0).sort(byMove);
  const fallers = moved.filter((u) => u.rankChange! < 0).sort((a, b) => byMove(b, a));
  return {
    period: j.period,
    compare: j.compare,
    n: scored.length,
    stats: { min: q(0), p25: q(0.25), median: q(0.5), p75: q(0.75), max: q(1) },
    scores: scored.map((u) => u.score!),
    domains,
    moves: j.compare
      ? {
          up: moved.filter((u) => u.rankChange! > 0).length,
          down: moved.filter((u) => u.rankChange! < 0).length,
          same: moved.filter((u) => u.rankChange === 0).length,
        }
      : null,
    leaders: scored.slice(0, TOP),
    laggards: scored.slice(-TOP),
    risers: risers.slice(0, TOP),
    fallers: fallers.slice(0, TOP),
    units,
  };
}
