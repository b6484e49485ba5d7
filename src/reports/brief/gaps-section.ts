// The brief's three gaps: the urban–rural ratio (province, trend, widest and most narrowed units,
// the newest year-to-date figure), the regional spread and the income distribution.

import { parsePeriod, periodKind } from '../../core/data/period.ts';
import type { Figure } from '../../core/gaps/figure.ts';
import { gapSummary, type GapSummary } from '../../core/gaps/summary.ts';
import type { UrbanRuralSummary } from '../../core/gaps/urban-rural.ts';
import { nameIn } from '../format.ts';
import { reportText, type Lang } from '../i18n/index.ts';
import { unitNames } from '../names.ts';
import type { ReportSource } from '../source.ts';
import type { FigureRow, GapsSection, UnitGap, UrbanRuralSection } from './model.ts';
import { TOP } from './index-section.ts';

/** The gap summary of a period, or null when the framework has no gaps or the period no units. */
export function summaryAt(source: ReportSource, period: string): GapSummary | null {
  if (!source.framework.gaps || !source.data.periods.includes(period)) return null;
  try {
    return gapSummary({
      framework: source.framework,
      data: source.data,
      geography: source.geography,
      period,
    });
  } catch {
    // A period where no unit of the gap level has data has no summary: a gap in the trend line.
    return null;
  }
}

/** The province ratio of each urban–rural pair over the periods of `period`'s kind up to it. */
function ratioTrend(
  source: ReportSource,
  period: string,
): { periods: string[]; values: Map<string, (number | null)[]> } {
  const p = parsePeriod(period);
  const periods = source.data.periods.filter((c) => {
    const q = parsePeriod(c);
    return periodKind(q) === periodKind(p) && q.time <= p.time;
  });
  const values = new Map<string, (number | null)[]>();
  for (const c of periods) {
    const s = summaryAt(source, c);
    for (const u of source.framework.gaps?.urbanRural ?? []) {
      const v = s?.urbanRural.find((x) => x.id === u.id)?.province.ratio.value ?? null;
      values.set(u.id, [...(values.get(u.id) ?? []), v]);
    }
  }
  return { periods, values };
}

function urbanRuralSection(
  u: UrbanRuralSummary,
  names: Map<string, string>,
  trend: { periods: string[]; values: (number | null)[] },
  ytd: { period: string; summary: GapSummary } | null,
  lang: Lang,
): UrbanRuralSection {
  const units: UnitGap[] = u.units.map((x) => ({
    unit: x.unit,
    name: names.get(x.unit) ?? x.unit,
    ratio: x.ratio,
    difference: x.difference,
    urban: x.urban,
    rural: x.rural,
  }));
  const has = (f: Figure): boolean => f.value !== null;
  const ytdRatio = ytd?.summary.urbanRural.find((x) => x.id === u.id)?.province.ratio ?? null;
  return {
    id: u.id,
    name: nameIn(u.name, lang, u.id),
    province: {
      ratio: u.province.ratio,
      difference: u.province.difference,
      urban: u.province.urban,
      rural: u.province.rural,
      source: u.province.source,
    },
    ytd:
      ytd && ytdRatio && ytdRatio.value !== null ? { period: ytd.period, ratio: ytdRatio } : null,
    trend,
    widest: units
      .filter((x) => has(x.ratio))
      .sort((a, b) => b.ratio.value! - a.ratio.value! || a.unit.localeCompare(b.unit))
      .slice(0, TOP),
    narrowed: units
      .filter((x) => x.ratio.change !== null && x.ratio.change < 0)
      .sort((a, b) => a.ratio.change! - b.ratio.change! || a.unit.localeCompare(b.unit))
      .slice(0, TOP),
    units,
  };
}

/** The three gaps of `period`, with the newest year-to-date ratio of `ytdPeriod` when given. */
export function gapsSection(
  source: ReportSource,
  period: string,
  ytdPeriod: string | null,
  lang: Lang,
): GapsSection | null {
  const s = summaryAt(source, period);
  if (!s) return null;
  const w = reportText(lang, 'brief.gaps');
  const names = unitNames(source, lang);
  const ytdSummary = ytdPeriod ? summaryAt(source, ytdPeriod) : null;
  const ytd = ytdPeriod && ytdSummary ? { period: ytdPeriod, summary: ytdSummary } : null;
  const trend = ratioTrend(source, period);
  const groupName = new Map(s.groups.map((g) => [g.id, nameIn(g.name, lang, g.id)]));
  const row = (label: string, figure: Figure, digits: number): FigureRow => ({
    label,
    figure,
    digits,
  });
  const income = s.income;
  const incomeRows: FigureRow[] = [];
  if (income?.middleShare) incomeRows.push(row(w('middleShare'), income.middleShare, 1));
  if (income?.lowShare) incomeRows.push(row(w('lowShare'), income.lowShare, 1));
  if (income?.quantiles) {
    incomeRows.push(row(w('quantileGini'), income.quantiles.gini, 4));
    incomeRows.push(row(w('topBottom'), income.quantiles.topBottomRatio, 2));
  }
  return {
    period: s.period,
    compare: s.compare,
    urbanRural: s.urbanRural.map((u) =>
      urbanRuralSection(
        u,
        names,
        { periods: trend.periods, values: trend.values.get(u.id) ?? [] },
        ytd,
        lang,
      ),
    ),
    regional: s.regional.map((r) => ({
      id: r.id,
      name: nameIn(r.name, lang, r.id),
      n: r.n,
      weighted: r.weighted,
      rows: [
        row(r.weighted ? w('cv.weighted') : w('cv'), r.weighted ? r.cvWeighted : r.cv, 4),
        row(w('gini'), r.gini, 4),
        row(w('maxMin'), r.maxMin, 3),
        row(w('theil'), r.theilT.total, 5),
        row(w('between'), r.theilT.between, 5),
        row(w('within'), r.theilT.within, 5),
        ...r.groups.map((g) =>
          row(
            w(s.membership === 'fixed' ? 'groupLevel' : 'groupLevel.own', {
              group: groupName.get(g.group) ?? g.group,
            }),
            g.relativeLevel,
            1,
          ),
        ),
      ],
    })),
    income: incomeRows.length ? incomeRows : null,
  };
}
