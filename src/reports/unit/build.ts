// The county report's figures: a unit's score, rank and tier, its domains against the province and
// its city, its history, weak points, every indicator against its target, and its peers.

import { nowIso } from '../../core/clock.ts';
import { couplingClass } from '../../core/aggregate/coupling.ts';
import type { Peer } from '../../core/diagnostics/peers.ts';
import { unitProfile } from '../../core/diagnostics/profile.ts';
import { GapscopeError } from '../../core/errors.ts';
import type { Evaluation } from '../../core/pipeline/evaluate.ts';
import type { UnitWork } from '../../core/tasks/report-work.ts';
import { summaryAt } from '../brief/gaps-section.ts';
import { nameIn } from '../format.ts';
import { reportText, type Lang } from '../i18n/index.ts';
import { unitCities, unitNames } from '../names.ts';
import { evaluateSource, type ReportSource } from '../source.ts';
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
  /**
   * The work items concerning a unit (the store's `unitWork`); without it, or when it is null
   * (the store has no work items), the report has none.
   */
  work?: (unit: string) => Promise<UnitWork | null>;
}

/** The county report's figures: the unit's profile (core/diagnostics/profile.ts) in one language. */
export async function unitReportData(
  source: ReportSource,
  req: UnitReportRequest,
): Promise<UnitReportData> {
  const ev = req.evaluation ? await req.evaluation(req.period) : evaluateSource(source, req.period);
  if (!ev.units.includes(req.unit))
    throw new GapscopeError(
      'report.unit',
      `unit ${req.unit} is not among the ${ev.units.length} evaluated units`,
    );
  const lang = req.lang;
  const words = reportText(lang);
  const names = unitNames(source, lang);
  const cities = unitCities(source);
  const profile = unitProfile(ev, req.unit, { period: req.period, names, cities });

  const indicators: IndicatorLine[] = profile.indicators.map((ind) => {
    const t = ind.progress;
    return {
      id: ind.id,
      name: nameIn(ind.name, lang, ind.id),
      measure: ind.unit,
      direction: ind.direction,
      value: ind.value,
      imputed: ind.imputed,
      normalised: ind.normalised,
      rank: ind.rank,
      of: ind.of,
      target: t ? { year: t.targetYear, value: t.target } : null,
      trend: t?.trend ? words(`unit.trend.word.${t.trend}`) : null,
    };
  });
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
  const urbanRural = summaryAt(source, profile.period)?.urbanRural[0];
  const ur = urbanRural?.units.find((x) => x.unit === req.unit);
  const D = profile.coupling.D;
  const work = req.work ? await req.work(req.unit) : null;
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
    name: profile.name,
    city: profile.cityName ?? '',
    period: profile.period,
    compare: profile.compare,
    n: profile.of,
    score: profile.score,
    rank: profile.rank,
    tier: profile.tier,
    tiers: profile.tiers,
    scoreChange: profile.change?.score ?? null,
    rankChange: profile.change?.rank ?? null,
    coupling: {
      D,
      label: D === null ? null : lang === 'en' ? couplingClass(D).en : couplingClass(D).zh,
    },
    urbanRural:
      urbanRural && ur && ur.ratio.value !== null
        ? { name: nameIn(urbanRural.name, lang, urbanRural.id), ratio: ur.ratio }
        : null,
    domains: profile.domains.map((d) => ({ ...d, name: nameIn(d.name, lang, d.id) })),
    history: profile.history.map(({ period, score, rank, province, city }) => ({
      period,
      score,
      rank,
      province,
      city,
    })),
    weakPoints: profile.weakPoints.map((w) => ({
      ...indicators.find((x) => x.id === w.indicator)!,
      obstacle: w.obstacle,
      reasons: w.reasons.map((r) => words(`unit.reason.${r}`)),
    })),
    indicators,
    peers: {
      tier: profile.peers.tier.map(peerLine),
      nearest: profile.peers.nearest.map(peerLine),
    },
    work: work ? unitWorkItems(work, lang) : null,
  };
}
