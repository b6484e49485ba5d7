// The monthly brief's figures from a report source: the index of the brief's period, the three
// gaps, the targets at risk, and where they come from.

import { nowIso } from '../../core/clock.ts';
import type { Evaluation } from '../../core/pipeline/evaluate.ts';
import { assessTargets } from '../../core/targets/assess.ts';
import type { TargetsResult } from '../../core/targets/result.ts';
import type { BriefWork } from '../../core/tasks/report-work.ts';
import { workSection } from '../work/brief-section.ts';
import { nameIn } from '../format.ts';
import type { Lang } from '../i18n/index.ts';
import { briefPeriod, parseMonth, yearToDatePeriod } from '../period.ts';
import { evaluateSource, type ReportSource } from '../source.ts';
import { gapsSection } from './gaps-section.ts';
import { indexSection } from './index-section.ts';
import { targetsSection, targetsYear } from './targets-section.ts';
import type { BriefData } from './model.ts';

/** What a brief is made for. */
export interface BriefRequest {
  /** YYYY-MM. */
  month: string;
  lang: Lang;
  /** The index and gap period (default: the newest year up to the month's year). */
  period?: string;
  /**
   * An evaluation of the source over the periods of the brief's period's kind, when the caller has
   * one (the server's cached one); evaluated here otherwise.
   */
  evaluation?: (period: string) => Promise<Evaluation>;
  /**
   * The month's work (YYYY-MM; the store's `briefWork`), for the work section; without it, or
   * when it is null (no work items), the brief has none.
   */
  work?: (month: string) => Promise<BriefWork | null>;
  /**
   * The progress assessment of a year (YYYY; `assessTargets` with its defaults, the server's
   * cached one), for the targets at risk; assessed here otherwise.
   */
  targets?: (year: string) => Promise<TargetsResult>;
}

/** The brief's figures (METHODS.md § The three-gap summary for the gaps). */
export async function briefData(source: ReportSource, req: BriefRequest): Promise<BriefData> {
  const month = parseMonth(req.month);
  const period = briefPeriod(month, source.data.periods, req.period);
  const ev = req.evaluation ? await req.evaluation(period) : evaluateSource(source, period);
  const fw = source.framework;
  const work = req.work ? await req.work(month.code) : null;
  const year = targetsYear(month, source.data.periods, period);
  const targets = year
    ? req.targets
      ? await req.targets(year)
      : assessTargets({
          framework: fw,
          data: source.data,
          geography: source.geography,
          period: year,
          // The brief lists no city; the other levels' rows are those of all three.
          levels: ['province', 'county'],
        })
    : null;
  return {
    lang: req.lang,
    month: month.code,
    demo: source.demo,
    provenance: {
      framework: { id: fw.id, version: fw.version, name: nameIn(fw.name, req.lang, fw.id) },
      asOf: ev.meta.asOf,
      hash: ev.meta.hash,
      software: `${ev.meta.software.name} ${ev.meta.software.version}`,
    },
    generatedAt: nowIso(),
    index: indexSection(source, ev, period, req.lang),
    gaps: gapsSection(source, period, yearToDatePeriod(month, source.data.periods), req.lang),
    work: work ? workSection(work, month.code, req.lang) : null,
    targets: targets ? targetsSection(source, targets, req.lang) : null,
  };
}
