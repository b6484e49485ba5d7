// A work item linked to an indicator, read against the targets assessment's forecast: which year
// of the data the assessment stands on as of a date, the forecast of the item's indicator for its
// unit in the item's year, and the probability that it reaches the item's own target (METHODS.md
// § Task-force work system: status rules).

import { tryParsePeriod } from '../data/period.ts';
import { forecastUnit, type ForecastStep } from '../forecast/forecast.ts';
import type { TargetsResult } from '../targets/result.ts';
import type { WorkItem } from './types.ts';

/** What the forecast rule reads of a targets assessment (`assessTargets`). */
export type ForecastSource = Pick<TargetsResult, 'period' | 'firstYear' | 'rows' | 'models'>;

/**
 * The assessment the forecast rule reads as of a date (YYYY-MM-DD) for linked items whose years
 * (`itemYear`) are given, or null when there is none or it would forecast none of those years;
 * asked only when an item listed is linked to an indicator.
 */
export type ForecastLookup = (
  asOf: string,
  years: readonly number[],
) => Promise<ForecastSource | null>;

/** The forecast of an item's indicator in the item's year, and its chance of meeting the target. */
export interface ItemForecast {
  unit: string;
  indicator: string;
  /** The year of the data the assessment stands on. */
  period: string;
  /** The year forecast: the target's year, else the due date's. */
  year: number;
  /** The point forecast and its 80 % interval, as the assessment shows them (plausible range kept). */
  mean: number;
  lo80: number;
  hi80: number;
  /** Of reaching the item's target value in `year`, 0 … 1. */
  probability: number;
  /** `assessment`: the assessment's own probability (the same target); `interval`: read off the intervals. */
  from: 'assessment' | 'interval';
}

/** The quantile levels of a forecast step's bounds lo95, lo80, hi80, hi95. */
const LEVELS = [0.025, 0.1, 0.9, 0.975] as const;

/**
 * The year an assessment as of `asOf` stands on: the newest year of the data (yearly periods) up
 * to asOf's year, later than the data's first (the base year); `latest` when it is the newest of
 * all. Null when there is none, or when none of the items' `years` is after it (the data decide
 * them all: no assessment is needed).
 */
export function forecastPeriod(
  periods: readonly string[],
  asOf: string,
  years: readonly number[],
): { period: string; latest: boolean } | null {
  const data = periods.flatMap((code) => {
    const p = tryParsePeriod(code);
    return p?.frequency === 'year' ? [p.year] : [];
  });
  if (!data.length) return null;
  const first = Math.min(...data);
  const last = Math.max(...data);
  const cut = Number(asOf.slice(0, 4));
  const fit = data.filter((y) => y > first && y <= cut);
  if (!fit.length) return null;
  const year = Math.max(...fit);
  if (!years.some((y) => y > year)) return null;
  return { period: String(year), latest: year === last };
}

/** The year a linked item's forecast is for: its target's year, else its due date's. */
export function itemYear(item: Pick<WorkItem, 'due' | 'target'>): number {
  return item.target?.year ?? Number(item.due.slice(0, 4));
}

/** The unit a linked item is read for: its only unit, else the province (null when unknown). */
export function linkedUnit(item: Pick<WorkItem, 'units'>, province: string | null): string | null {
  return item.units.length === 1 ? item.units[0]! : province;
}

/**
 * The probability that a forecast step reaches `target` in direction d (+1: at or above, −1: at
 * or below), read off its 95 % and 80 % bounds as the 2.5, 10, 90 and 97.5 % points of the
 * forecast's distribution, linear between them: beyond the 95 % interval it is 2.5 % or 97.5 %
 * (the bounds say no more). A step whose interval is a point (a constant series) meets the target
 * or not by its point. Null without intervals.
 */
export function intervalProbability(
  step: Pick<ForecastStep, 'mean' | 'lo80' | 'hi80' | 'lo95' | 'hi95'>,
  target: number,
  direction: 1 | -1,
): number | null {
  const v = [step.lo95, step.lo80, step.hi80, step.hi95];
  if (v.some((x) => x === null)) return null;
  const [lo, , , hi] = v as number[];
  if (lo === hi) return direction * (step.mean - target) >= 0 ? 1 : 0;
  // The share of the distribution below the target, then the side that meets it.
  let below: number = LEVELS[3];
  if (target < lo!) below = LEVELS[0];
  else
    for (let i = 0; i < 3; i++) {
      const a = v[i]!;
      const b = v[i + 1]!;
      if (target < b) {
        below = LEVELS[i]! + ((LEVELS[i + 1]! - LEVELS[i]!) * (target - a)) / (b - a);
        break;
      }
    }
  return direction === 1 ? 1 - below : below;
}

/**
 * The forecast of a linked item's indicator for `unit` in the item's year (its target's year, else
 * its due date's), from the assessment: none when the item is not linked, the assessment has no
 * forecast for the unit, or the year is not after the data's last (the data decide then) or
 * beyond the assessment's forecast (its target year). The probability is the assessment's own when
 * the item's target is the framework's (same year, value and direction); else it is read off the
 * intervals of that year (`intervalProbability`), taken before they are kept within the plausible
 * range (a bound there would pile the tail onto it), as the assessment's probability is.
 */
export function itemForecast(
  item: Pick<WorkItem, 'due' | 'target'>,
  source: ForecastSource,
  unit: string | null,
): ItemForecast | null {
  const t = item.target;
  if (!t?.indicator || unit === null) return null;
  const row = source.rows.find((r) => r.unit === unit && r.indicator === t.indicator);
  const f = row?.forecast;
  if (!row || !f) return null;
  const year = itemYear(item);
  const step = f.path.find((s) => s.year === year);
  if (!step || step.lo80 === null || step.hi80 === null) return null;
  const d = t.direction === 'decrease' ? -1 : 1;
  let probability: number | null;
  let from: ItemForecast['from'];
  if (
    row.target?.year === year &&
    row.target.value === t.value &&
    row.direction === d &&
    f.year === year
  ) {
    probability = f.probability;
    from = 'assessment';
  } else {
    probability = unboundedProbability(
      row.values,
      source,
      row.level,
      t.indicator,
      year,
      t.value,
      d,
    );
    from = 'interval';
  }
  if (probability === null) return null;
  return {
    unit,
    indicator: t.indicator,
    period: source.period,
    year,
    mean: step.mean,
    lo80: step.lo80,
    hi80: step.hi80,
    probability,
    from,
  };
}

/**
 * The interval probability of the unit's forecast to `year`, made again with its level's model
 * (`forecastUnit`, no plausible range): the assessment keeps each model's error quantiles, not the
 * errors themselves, so the empirical probability of the assessment cannot be had for another
 * target.
 */
function unboundedProbability(
  values: readonly (number | null)[],
  source: ForecastSource,
  level: string,
  indicator: string,
  year: number,
  target: number,
  direction: 1 | -1,
): number | null {
  const model = source.models.find((m) => m.level === level && m.indicator === indicator);
  if (!model) return null;
  const x = Float64Array.from(values, (v) => v ?? NaN);
  const f = forecastUnit(
    x,
    source.firstYear,
    { params: model.params, quantiles: model.quantiles, errors: [] },
    { year, target: null, direction },
  );
  const step = typeof f === 'string' ? undefined : f.path.find((s) => s.year === year);
  return step ? intervalProbability(step, target, direction) : null;
}
