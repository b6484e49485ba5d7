// The county report's figures: a unit's score, rank and tier, its domains against the province and
// its city, its history, weak points, every indicator against its target, and its peers.

import { nowIso } from '../../core/clock.ts';
import { couplingClass } from '../../core/aggregate/coupling.ts';
import { peers, type Peer } from '../../core/diagnostics/peers.ts';
import { targetProgress } from '../../core/diagnostics/targets.ts';
import { weakPoints } from '../../core/diagnostics/weak-points.ts';
import { GapscopeError } from '../../core/errors.ts';
import type { Kysely } from 'kysely';
import { evaluationJson } from '../../core/outputs/evaluation-json.ts';
import type { Evaluation, PeriodResult } from '../../core/pipeline/evaluate.ts';
import { summaryAt } from '../brief/gaps-section.ts';
import { nameIn } from '../format.ts';
import { reportWords, type Lang } from '../i18n/index.ts';
import { unitCities, unitNames } from '../names.ts';
import { evaluateSource, type ReportSource } from '../source.ts';
import type { Database } from '../../store/schema.ts';
import { unitWorkItems } from '../work/unit-items.ts';
import type { IndicatorLine, PeerLine, UnitReportData } from './model.ts';

/** What a county report is made for. */
export interface UnitReportRequest {
  unit: string;
  lang: Lang;
  /** The period (default: the newest of the evaluated kind, years when there are any). */
  period?: string;
  /** An evaluation of the source over the periods of `period`'s kind, when the caller has one. */
  evaluation?: (period: string | undefined) => Promise<Evaluation>;
  /** The store, for the unit's work items; without it the report has none. */
  db?: Kysely<Database>;
}

/** The mean of column `col` over the units at `at` (all when omitted), or null. */
function meanAt(col: Float64Array, at?: number[]): number | null {
  let s = 0;
  let n = 0;
  const visit = (v: number): void => {
    if (Number.isFinite(v)) {
      s += v;
      n++;
    }
  };
  if (at) for (const u of at) visit(col[u]!);
  else for (const v of col) visit(v);
  return n ? s / n : null;
}

const finiteOr = (v: number | undefined): number | null =>
  v !== undefined && Number.isFinite(v) ? v : null;

/** The county report's figures. */
export async function unitReportData(
  source: ReportSource,
  req: UnitReportRequest,
): Promise<UnitReportData> {
  const ev = req.evaluation ? await req.evaluation(req.period) : evaluateSource(source, req.period);
  const u = ev.units.indexOf(req.unit);
  if (u < 0)
    throw new GapscopeError(
      'report.unit',
      `unit ${req.unit} is not among the ${ev.units.length} evaluated units`,
    );
  const lang = req.lang;
  const words = reportWords(lang);
  const names = unitNames(source, lang);
  const cities = unitCities(source);
  const j = evaluationJson(ev, { period: req.period, names });
  const self = j.units.find((x) => x.unit === req.unit)!;
  const p = ev.periods.find((x) => x.period === j.period)!;
  const tree = ev.tree;
  const root = tree.root;
  const cityCode = cities.get(req.unit) ?? null;
  const sameCity = ev.units.flatMap((x, k) => (cities.get(x) === cityCode ? [k] : []));
  const domainNodes = [...tree.children[root]!];

  const progress = targetProgress(ev, { period: j.period, units: [req.unit] })[0]!.indicators;
  const indicators: IndicatorLine[] = tree.indicators.map((ind, k) => {
    const own = self.indicators[ind.id]!;
    const t = progress.find((x) => x.indicator === ind.id);
    return {
      id: ind.id,
      name: nameIn(ind.name, lang, ind.id),
      measure: ind.unit,
      direction: ind.direction,
      value: own.value,
      imputed: own.imputed,
      normalised: own.normalised,
      rank: own.rank,
      of: p.rank(k).filter((r) => r > 0).length,
      target: t ? { year: t.targetYear, value: t.target } : null,
      trend: t?.trend ? words.unit.trendWord[t.trend] : null,
    };
  });
  const weak = weakPoints(ev, { period: j.period, units: [req.unit] })[0]!.weakPoints;
  const peerLine = (x: Peer): PeerLine => {
    const c = cities.get(x.unit) ?? null;
    return {
      unit: x.unit,
      name: names.get(x.unit) ?? x.unit,
      city: c ? (names.get(c) ?? c) : '',
      score: x.score,
      rank: x.rank,
      tier: x.tier,
      distance: x.distance,
    };
  };
  const urbanRural = summaryAt(source, j.period)?.urbanRural[0];
  const ur = urbanRural?.units.find((x) => x.unit === req.unit);
  const history = (q: PeriodResult) => ({
    period: q.period,
    score: finiteOr(q.scores[root]![u]),
    rank: q.rank(root)[u]! || null,
    province: meanAt(q.scores[root]!),
    city: meanAt(q.scores[root]!, sameCity),
  });
  const D = self.coupling.D;
  return {
    lang,
    demo: source.demo,
    provenance: {
      framework: {
        id: source.framework.id,
        version: source.framework.version,
        name: nameIn(source.framework.name, lang, source.framework.id),
      },
      asOf: ev.meta.asOf,
      hash: ev.meta.hash,
      software: `${ev.meta.software.name} ${ev.meta.software.version}`,
    },
    generatedAt: nowIso(),
    unit: req.unit,
    name: names.get(req.unit) ?? req.unit,
    city: cityCode ? (names.get(cityCode) ?? cityCode) : '',
    period: j.period,
    compare: j.compare,
    n: j.units.filter((x) => x.rank !== null).length,
    score: self.score,
    rank: self.rank,
    tier: self.tier,
    tiers: p.tiers.reduce((m, t) => Math.max(m, t), 0),
    scoreChange: self.change?.score ?? null,
    rankChange: self.change?.rank ?? null,
    coupling: {
      D,
      label: D === null ? null : lang === 'en' ? couplingClass(D).en : couplingClass(D).zh,
    },
    urbanRural:
      urbanRural && ur && ur.ratio.value !== null
        ? { name: nameIn(urbanRural.name, lang, urbanRural.id), ratio: ur.ratio }
        : null,
    domains: domainNodes.map((k) => {
      const node = tree.aggregates[k - tree.nIndicators]!;
      return {
        id: node.id,
        name: nameIn(node.name, lang, node.id),
        score: finiteOr(p.scores[k]![u]),
        rank: p.rank(k)[u]! || null,
        province: meanAt(p.scores[k]!),
        city: meanAt(p.scores[k]!, sameCity),
      };
    }),
    history: ev.periods.map(history),
    weakPoints: weak.map((w) => ({
      ...indicators.find((x) => x.id === w.indicator)!,
      obstacle: w.obstacle,
      reasons: w.reasons.map((r) => words.unit.reason[r]),
    })),
    indicators,
    peers: {
      tier: peers(ev, req.unit, { by: 'tier' }, { period: j.period }).slice(0, 8).map(peerLine),
      nearest: peers(ev, req.unit, { by: 'nearest', k: 5 }, { period: j.period }).map(peerLine),
    },
    work: req.db ? await unitWorkItems(req.db, req.unit, lang) : null,
  };
}
