// What a progress assessment gives: per unit and indicator its flag and forecast, per level and
// indicator the forecasting model with its backtest (METHODS.md § Progress towards targets and
// forecasts).

import type { Accuracy, Coverage, HorizonQuantiles } from '../forecast/backtest.ts';
import type { DampedParams } from '../forecast/damped.ts';
import type { NoForecast, UnitForecast } from '../forecast/forecast.ts';
import type { Progress } from './flag.ts';
import type { Level, SeriesSource } from './series.ts';
import type { ThresholdName } from './thresholds.ts';

/** One unit's assessment on one indicator. */
export interface TargetRow {
  unit: string;
  level: Level;
  indicator: string;
  direction: 1 | -1;
  /** The series, one value a year from the result's `firstYear` to its `year`; null = missing. */
  values: (number | null)[];
  /** The series' source: the data's own rows, or the rollup of the unit's county-level units. */
  source: SeriesSource;
  target: { year: number; value: number } | null;
  progress: Progress;
  forecast: UnitForecast | null;
  noForecast: NoForecast | null;
}

/** The damped-trend model of one indicator at one level, with its backtest. */
export interface TargetModel {
  level: Level;
  indicator: string;
  /** The level whose units the parameters and errors were pooled over (the county level for a small one). */
  pooledFrom: Level;
  /** Units of the pool with a value in the year assessed. */
  units: number;
  params: DampedParams | null;
  calibration: number[];
  heldOut: number[];
  quantiles: (HorizonQuantiles | null)[];
  coverage: Coverage[];
  accuracy: Accuracy[];
}

/** The backtest coverage of a level, pooled over its indicators' own models. */
export interface LevelCoverage extends Coverage {
  level: Level;
}

/** The assessment of a year. */
export interface TargetsResult {
  /** The year assessed, as a period code. */
  period: string;
  /** The base year asked for (a unit without a value then starts at its next one). */
  baseYear: number;
  thresholds: ThresholdName;
  levels: Level[];
  /** The years of every row's `values`: firstYear … the year assessed. */
  firstYear: number;
  /** The year an indicator without a target is forecast to. */
  horizonYear: number;
  coverage: LevelCoverage[];
  models: TargetModel[];
  rows: TargetRow[];
}
