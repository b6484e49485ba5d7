// Will the targets be met? (GET /api/targets): every unit × indicator of the levels asked with its
// progress flag and forecast, and each level's models with their backtest (METHODS.md § Progress
// towards targets and forecasts).

import { z } from '@hono/zod-openapi';
import { LEVELS } from '../core/targets/series.ts';
import { FLAGS } from '../core/targets/flag.ts';
import { THRESHOLD_NAMES } from '../core/targets/thresholds.ts';
import { Num } from './common.ts';

const Level = z.enum(LEVELS);
const Year = z.number().int();

/** One unit's progress since the base year (the SDG progress method of Statistics Canada). */
export const TargetProgressFlag = z
  .strictObject({
    flag: z.enum(FLAGS).nullable(),
    noFlag: z.enum(['no-value', 'too-few-points', 'zero-base']).nullable(),
    baseYear: Year.nullable(),
    baseShifted: z
      .boolean()
      .openapi({ description: 'The base year asked for had no value, so the next one was taken' }),
    currentYear: Year.nullable(),
    base: Num,
    current: Num,
    growth: z.enum(['compound', 'linear']).nullable(),
    linearBecause: z.enum(['not-positive', 'rate-of-change']).nullable(),
    rate: Num.openapi({ description: 'CAGR, or the linear slope in the indicator’s units a year' }),
    required: Num.openapi({ description: 'The same rate the target needs from the base year' }),
    ratio: Num.openapi({ description: 'r = d·rate / |required|; null without a target' }),
    signedGrowth: Num.openapi({
      description: 'd·CAGR or d·slope/|base|, compared without a target',
    }),
  })
  .openapi('TargetProgressFlag');
export type TargetProgressFlag = z.infer<typeof TargetProgressFlag>;

/** One year of a forecast with its 80 % and 95 % prediction intervals. */
export const ForecastStep = z
  .strictObject({ year: Year, mean: z.number(), lo80: Num, hi80: Num, lo95: Num, hi95: Num })
  .openapi('ForecastStep');
export type ForecastStep = z.infer<typeof ForecastStep>;

/** A unit's damped-trend forecast to the target year, with the baselines and the probability. */
export const TargetForecast = z
  .strictObject({
    origin: Year,
    year: Year,
    horizon: z.number().int(),
    mean: z.number(),
    drift: Num,
    linear: Num,
    path: z.array(ForecastStep),
    probability: Num.openapi({ description: 'Of meeting the target in its year; 0 … 1' }),
    extrapolated: z.boolean(),
  })
  .openapi('TargetForecast');
export type TargetForecast = z.infer<typeof TargetForecast>;

export const TargetRow = z
  .strictObject({
    unit: z.string(),
    level: Level,
    indicator: z.string(),
    direction: z.union([z.literal(1), z.literal(-1)]),
    values: z.array(Num).openapi({ description: 'One a year, firstYear … the year assessed' }),
    source: z.enum(['data', 'rollup']).openapi({
      description: 'The unit’s own rows, or the rollup of its county-level units (every year)',
    }),
    target: z.strictObject({ year: Year, value: z.number() }).nullable(),
    progress: TargetProgressFlag,
    forecast: TargetForecast.nullable(),
    noForecast: z.enum(['too-few-points', 'no-model']).nullable(),
  })
  .openapi('TargetRow');
export type TargetRow = z.infer<typeof TargetRow>;

const Coverage = {
  nominal: z.union([z.literal(0.8), z.literal(0.95)]),
  covered: z.number().int(),
  n: z.number().int(),
  share: Num,
};

export const TargetModel = z
  .strictObject({
    level: Level,
    indicator: z.string(),
    pooledFrom: Level,
    units: z.number().int(),
    params: z.strictObject({ alpha: z.number(), beta: z.number(), phi: z.number() }).nullable(),
    calibration: z.array(Year),
    heldOut: z.array(Year),
    quantiles: z.array(
      z
        .strictObject({
          horizon: z.number().int(),
          n: z.number().int(),
          q025: z.number(),
          q10: z.number(),
          q90: z.number(),
          q975: z.number(),
        })
        .nullable(),
    ),
    coverage: z.array(z.strictObject(Coverage)),
    accuracy: z.array(
      z.strictObject({
        method: z.enum(['damped', 'drift', 'linear']),
        mase: z.array(Num),
        n: z.array(z.number().int()),
      }),
    ),
  })
  .openapi('TargetModel');
export type TargetModel = z.infer<typeof TargetModel>;

export const TargetsAnswer = z
  .strictObject({
    period: z.string(),
    baseYear: Year,
    thresholds: z.enum(THRESHOLD_NAMES),
    levels: z.array(Level),
    firstYear: Year,
    horizonYear: Year,
    coverage: z.array(z.strictObject({ level: Level, ...Coverage })),
    models: z.array(TargetModel),
    rows: z.array(TargetRow),
    demo: z.boolean(),
  })
  .openapi('Targets');
export type TargetsAnswer = z.infer<typeof TargetsAnswer>;
