// The monthly brief's figures from a report source: the index of the brief's period, the three
// gaps, and where they come from.

import { nowIso } from '../../core/clock.ts';
import type { Evaluation } from '../../core/pipeline/evaluate.ts';
import type { BriefWork } from '../../core/tasks/report-work.ts';
import { workSection } from '../work/brief-section.ts';
import { nameIn } from '../format.ts';
import type { Lang } from '../i18n/index.ts';
import { briefPeriod, parseMonth, yearToDatePeriod } from '../period.ts';
import { evaluateSource, type ReportSource } from '../source.ts';
import { gapsSection } from './gaps-section.ts';
import { indexSection } from './index-section.ts';
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
}

/** The brief's figures (METHODS.md § The three-gap summary for the gaps). */
export async function briefData(source: ReportSource, req: BriefRequest): Promise<BriefData> {
  const month = parseMonth(req.month);
  const period = briefPeriod(month, source.data.periods, req.period);
  const ev = req.evaluation ? await req.evaluation(period) : evaluateSource(source, period);
  const fw = source.framework;
  const work = req.work ? await req.work(month.code) : null;
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
  };
}
