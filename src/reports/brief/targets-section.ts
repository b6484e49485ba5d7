// The brief's targets at risk: the province's and each county-level unit's indicators whose
// probability of meeting the target in its year is below 50 % (METHODS.md § Progress towards
// targets and forecasts), grouped by county, with the few the PDF prints and the full list.

import { parsePeriod, type Period } from '../../core/data/period.ts';
import { buildTree } from '../../core/framework/tree.ts';
import type { TargetRow, TargetsResult } from '../../core/targets/result.ts';
import { nameIn } from '../format.ts';
import { reportText, type Lang } from '../i18n/index.ts';
import { unitCities, unitNames } from '../names.ts';
import type { ReportSource } from '../source.ts';
import type { TargetGroup, TargetRiskRow, TargetsSection } from './model.ts';

/** Below this probability of meeting its target an indicator is at risk. */
export const AT_RISK = 0.5;

/** About the most rows the PDF's table prints; the annex has them all. */
export const PDF_ROWS = 40;

/**
 * The year a brief assesses, as a period code: the brief's period's when it is a year, else the
 * newest year of the data that had ended by the month's end (the month's own year only in
 * December, as `briefPeriod`); null when the data have no such year or no earlier one to measure
 * progress from.
 */
export function targetsYear(
  month: Period,
  periods: readonly string[],
  period: string,
): string | null {
  const years = periods
    .map(parsePeriod)
    .flatMap((p) => (p.frequency === 'year' ? [p.year] : []))
    .sort((a, b) => a - b);
  const p = parsePeriod(period);
  const ended = (y: number): boolean => y < month.year || (y === month.year && month.sub === 12);
  const year = p.frequency === 'year' ? p.year : years.filter(ended).at(-1);
  if (year === undefined || !years.includes(year) || years[0]! >= year) return null;
  return String(year);
}

/** A row's probability, when it has one below AT_RISK. */
function risk(r: TargetRow): number | null {
  const p = r.forecast?.probability ?? null;
  return p !== null && p < AT_RISK ? p : null;
}

/** The section from an assessment of the source's year: every row at risk, counted and grouped. */
export function targetsSection(
  source: ReportSource,
  result: TargetsResult,
  lang: Lang,
): TargetsSection {
  const names = unitNames(source, lang);
  const cities = unitCities(source);
  const parent = new Map(source.geography.units.map((u) => [u.code, u.parent]));
  const flags = reportText(lang, 'brief.targets.flag');
  const indicators = buildTree(source.framework).indicators;
  const order = new Map(indicators.map((ind, k) => [ind.id, k]));
  const byId = new Map(indicators.map((ind) => [ind.id, ind]));

  const line = (r: TargetRow, probability: number): TargetRiskRow => {
    const ind = byId.get(r.indicator);
    return {
      unit: r.unit,
      indicator: r.indicator,
      indicatorName: nameIn(ind?.name, lang, r.indicator),
      measure: ind?.unit ?? '',
      current: r.progress.current,
      currentYear: r.progress.currentYear,
      // A row with a probability has a target: forecastUnit gives none without one.
      target: r.target!,
      forecast: r.forecast!.mean,
      lo80: r.forecast!.path.at(-1)?.lo80 ?? null,
      hi80: r.forecast!.path.at(-1)?.hi80 ?? null,
      probability,
      flag: r.progress.flag,
      flagName: r.progress.flag ? flags(r.progress.flag) : '',
    };
  };
  const byIndicator = (a: TargetRiskRow, b: TargetRiskRow): number =>
    (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0);

  const province: TargetRiskRow[] = [];
  const counties = new Map<string, TargetRiskRow[]>();
  const assessedUnits = new Set<string>();
  let assessed = 0;
  for (const r of result.rows) {
    if (r.level === 'city') continue;
    const county = r.level === 'county';
    if (county && r.forecast?.probability != null) {
      assessed++;
      assessedUnits.add(r.unit);
    }
    const p = risk(r);
    if (p === null) continue;
    if (!county) province.push(line(r, p));
    else counties.set(r.unit, [...(counties.get(r.unit) ?? []), line(r, p)]);
  }
  const cityOf = (code: string): string => cities.get(code) ?? parent.get(code) ?? '';
  const groups: TargetGroup[] = [...counties]
    .map(([unit, rows]) => {
      const city = cityOf(unit);
      return {
        unit,
        name: names.get(unit) ?? unit,
        city,
        cityName: city ? (names.get(city) ?? city) : '',
        rows: rows.sort(byIndicator),
      };
    })
    .sort((a, b) => a.city.localeCompare(b.city) || a.unit.localeCompare(b.unit));
  const rows = groups.reduce((n, g) => n + g.rows.length, 0);
  const provinceCode = result.rows.find((r) => r.level === 'province')?.unit ?? null;
  return {
    period: result.period,
    baseYear: result.baseYear,
    assessed,
    assessedUnits: assessedUnits.size,
    atRisk: rows,
    province: provinceCode
      ? {
          unit: provinceCode,
          name: names.get(provinceCode) ?? provinceCode,
          city: '',
          cityName: '',
          rows: province.sort(byIndicator),
        }
      : null,
    groups,
    shown: shownGroups(groups, province.length),
  };
}

/**
 * The county-level units the PDF prints, in print order: all of them by city and code when the
 * table stays within PDF_ROWS rows (the province's included), else the units with the most
 * indicators at risk (ties by city and code), whole, as long as they fit — at least one.
 */
export function shownGroups(groups: readonly TargetGroup[], provinceRows: number): string[] {
  const total = groups.reduce((n, g) => n + g.rows.length, provinceRows);
  if (total <= PDF_ROWS) return groups.map((g) => g.unit);
  const ranked = groups
    .map((g, k) => ({ g, k }))
    .sort((a, b) => b.g.rows.length - a.g.rows.length || a.k - b.k);
  const shown: string[] = [];
  let n = provinceRows;
  for (const { g } of ranked) {
    if (shown.length && n + g.rows.length > PDF_ROWS) break;
    shown.push(g.unit);
    n += g.rows.length;
  }
  return shown;
}
