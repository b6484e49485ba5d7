// Will the targets be met? Every unit of the province, city and county levels × every indicator:
// its progress flag since a base year and its damped-trend forecast to the target year, with the
// probability of meeting the target (METHODS.md § Progress towards targets and forecasts).

import type { Dataset } from '../data/dataset.ts';
import { parsePeriod } from '../data/period.ts';
import { GapscopeError } from '../errors.ts';
import { backtest, type Backtest } from '../forecast/backtest.ts';
import { forecastUnit } from '../forecast/forecast.ts';
import type { Framework, IndicatorNode } from '../framework/schema.ts';
import { targetFor } from '../framework/targets.ts';
import { buildTree } from '../framework/tree.ts';
import type { Geography } from '../geography/units.ts';
import { progressFlag } from './flag.ts';
import type { LevelCoverage, TargetModel, TargetRow, TargetsResult } from './result.ts';
import { LEVELS, levelPanel, seriesScope, type Level, type LevelPanel } from './series.ts';
import { THRESHOLDS, THRESHOLD_NAMES, type ThresholdName } from './thresholds.ts';

/** A level with fewer units than this takes the county level's model. */
export const MIN_POOL_UNITS = 5;

/** The choices of an assessment; every one optional. */
export interface TargetsOptions {
  /** The year assessed (default: the latest year of the data). */
  period?: string;
  /** The base year (default: the first year of the data). */
  base?: number;
  levels?: readonly Level[];
  thresholds?: ThresholdName;
  /** Assess against the target of this year (or the next later one an indicator has), ≥ the period. */
  targetYear?: number;
}

/** What an assessment reads. */
export interface TargetsInput extends TargetsOptions {
  framework: Framework;
  data: Dataset;
  geography: Geography;
}

/** The years of the data (annual periods only), ascending. */
function dataYears(data: Dataset): number[] {
  return data.periods.map(parsePeriod).flatMap((p) => (p.frequency === 'year' ? [p.year] : []));
}

/** The year assessed, checked: a year the data have. */
function assessedYear(period: string | undefined, years: number[]): number {
  if (period === undefined) {
    const y = years.at(-1);
    if (y === undefined)
      throw new GapscopeError('targets.period', 'the data have no yearly periods');
    return y;
  }
  const p = parsePeriod(period);
  if (p.frequency !== 'year')
    throw new GapscopeError('targets.period', `progress is assessed on years; got ${period}`, {
      path: 'period',
    });
  if (!years.includes(p.year))
    throw new GapscopeError('targets.period', `the data have no year ${p.year}`, {
      path: 'period',
    });
  return p.year;
}

/** The target an indicator is assessed against (METHODS.md: the first after the year, else its own). */
function targetOf(ind: IndicatorNode, year: number, asked: number | undefined) {
  return asked !== undefined
    ? targetFor(ind, asked)
    : (targetFor(ind, year + 1) ?? targetFor(ind, year));
}

/**
 * Assesses every unit × indicator of the levels asked (default all three, top first): the flag
 * (thresholds default `statcan`) and the forecast to the indicator's target year, or for an
 * indicator without a target to the first year after the period any indicator has one for (else
 * the period + 3). Models are fitted per level and indicator, pooled over the level's units; a
 * level of fewer than 5 units (the province) takes the county level's.
 */
export function assessTargets(input: TargetsInput): TargetsResult {
  const years = dataYears(input.data);
  const year = assessedYear(input.period, years);
  const firstYear = years[0]!;
  const baseYear = input.base ?? firstYear;
  if (baseYear >= year)
    throw new GapscopeError('targets.base', `the base year ${baseYear} is not before ${year}`, {
      path: 'base',
    });
  if (input.targetYear !== undefined && input.targetYear < year)
    throw new GapscopeError(
      'targets.target-year',
      `the target year ${input.targetYear} is before the year assessed, ${year}`,
      { path: 'targetYear' },
    );
  const thresholds = input.thresholds ?? THRESHOLD_NAMES[0];
  const levels = LEVELS.filter((l) => !input.levels || input.levels.includes(l));
  const indicators = buildTree(input.framework).indicators;
  const scope = seriesScope(input.framework, input.data, input.geography, firstYear, year);
  const ahead = indicators.flatMap((ind) => targetFor(ind, year + 1)?.year ?? []);
  const horizonYear = input.targetYear ?? (ahead.length ? Math.min(...ahead) : year + 3);

  const panels = new Map<string, LevelPanel>();
  const panel = (ind: IndicatorNode, level: Level): LevelPanel => {
    const key = `${level}|${ind.id}`;
    if (!panels.has(key)) panels.set(key, levelPanel(scope, ind, level));
    return panels.get(key)!;
  };
  const fits = new Map<string, Backtest>();
  const fit = (ind: IndicatorNode, level: Level): Backtest => {
    const key = `${level}|${ind.id}`;
    if (!fits.has(key)) fits.set(key, backtest(panel(ind, level).values));
    return fits.get(key)!;
  };

  const models: TargetModel[] = [];
  const rows: TargetRow[] = [];
  for (const level of levels) {
    for (const ind of indicators) {
      const own = panel(ind, level);
      const pooledFrom: Level = own.units.length < MIN_POOL_UNITS ? 'county' : level;
      const bt = fit(ind, pooledFrom);
      models.push(modelOf(level, ind.id, pooledFrom, bt, firstYear));
      const target = targetOf(ind, year, input.targetYear);
      own.units.forEach((unit, i) => {
        const values = own.values[i]!;
        const progress = progressFlag({
          firstYear,
          values,
          direction: ind.direction,
          baseYear,
          target,
          rateOfChange: ind.rateOfChange === true,
          thresholds: THRESHOLDS[thresholds],
        });
        const f = forecastUnit(values, firstYear, bt, {
          year: target?.year ?? horizonYear,
          target: target?.value ?? null,
          direction: ind.direction,
          // The plausible range is on the indicator's scale only without a denominator.
          range: ind.denominator ? undefined : ind.plausible,
        });
        rows.push({
          unit,
          level,
          indicator: ind.id,
          direction: ind.direction,
          values: Array.from(values, (v) => (Number.isFinite(v) ? v : null)),
          source: own.sources[i]!,
          target,
          progress,
          forecast: typeof f === 'string' ? null : f,
          noForecast: typeof f === 'string' ? f : null,
        });
      });
    }
  }
  return {
    period: String(year),
    baseYear,
    thresholds,
    levels,
    firstYear,
    horizonYear,
    coverage: levelCoverage(levels, models),
    models,
    rows,
  };
}

/** A model's summary with its origins as years. */
function modelOf(
  level: Level,
  indicator: string,
  pooledFrom: Level,
  bt: Backtest,
  firstYear: number,
): TargetModel {
  return {
    level,
    indicator,
    pooledFrom,
    units: bt.units,
    params: bt.params,
    calibration: bt.calibration.map((k) => firstYear + k),
    heldOut: bt.heldOut.map((k) => firstYear + k),
    quantiles: bt.quantiles,
    coverage: bt.coverage,
    accuracy: bt.accuracy,
  };
}

/** Each level's held-out coverage, pooled over the indicators whose model is the level's own. */
function levelCoverage(levels: readonly Level[], models: readonly TargetModel[]): LevelCoverage[] {
  return levels.flatMap((level) =>
    ([0.8, 0.95] as const).map((nominal, k) => {
      let covered = 0;
      let n = 0;
      for (const m of models)
        if (m.level === level && m.pooledFrom === level) {
          covered += m.coverage[k]!.covered;
          n += m.coverage[k]!.n;
        }
      return { level, nominal, covered, n, share: n ? covered / n : null };
    }),
  );
}
