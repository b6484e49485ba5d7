// One unit's forecast to a year: the damped trend's path with prediction intervals from the
// backtest's scaled errors, the baselines, and the probability of meeting a target (METHODS.md
// § Progress towards targets and forecasts).

import { HORIZONS, MIN_ERRORS, type Backtest } from './backtest.ts';
import { driftForecast, linearTrendForecast } from './baselines.ts';
import { dampedForecast, dampedRun } from './damped.ts';
import { errorScale, MIN_POINTS, observedCount } from './scale.ts';

/** One year of the forecast path with its 80 % and 95 % intervals (null without quantiles). */
export interface ForecastStep {
  year: number;
  mean: number;
  lo80: number | null;
  hi80: number | null;
  lo95: number | null;
  hi95: number | null;
}

/** A unit's forecast from its last observed year (the origin) to a year. */
export interface UnitForecast {
  origin: number;
  year: number;
  horizon: number;
  /** The damped trend's point forecast for `year` (the origin's value when the horizon is 0). */
  mean: number;
  /** The baselines' point forecasts for `year`. */
  drift: number | null;
  linear: number | null;
  /** Every year after the origin up to `year`. */
  path: ForecastStep[];
  /** Probability of meeting the target in `year`; null without a target or without errors. */
  probability: number | null;
  /** True when the horizon is beyond the backtested ones, so the errors were stretched. */
  extrapolated: boolean;
}

/** Why a unit has no forecast. */
export type NoForecast = 'too-few-points' | 'no-model';

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

/**
 * Forecasts series x (one value a year from `firstYear`, NaN where missing) from its last observed
 * value to `year` with the backtest's parameters; intervals x̂ + s·q_h′·m with h′ = min(h, 3) and
 * m = max(1, h/3), kept within `range`; the probability that d·(x − target) ≥ 0 in `year` from the
 * calibration's errors at h′. A constant series (s = 0) is forecast as itself, its interval the
 * point. A string says why there is no forecast.
 */
export function forecastUnit(
  x: Float64Array,
  firstYear: number,
  fit: Pick<Backtest, 'params' | 'errors' | 'quantiles'>,
  to: {
    year: number;
    target: number | null;
    direction: 1 | -1;
    /** Bounds the point and the intervals are kept within (the plausible range), if any. */
    range?: readonly [number, number];
  },
): UnitForecast | NoForecast {
  let c = x.length - 1;
  while (c >= 0 && x[c] !== x[c]) c--;
  if (c < 0 || observedCount(x, c) < MIN_POINTS) return 'too-few-points';
  if (!fit.params) return 'no-model';
  const { phi } = fit.params;
  const state = dampedRun(x, fit.params, c)!;
  const s = errorScale(x, c);
  const horizon = to.year - firstYear - c;
  const [lo, hi] = to.range ?? [-Infinity, Infinity];
  const clamp = (v: number): number => Math.min(hi, Math.max(lo, v));
  const point = (h: number): ForecastStep => {
    const mean = dampedForecast(state, phi, h);
    const q = fit.quantiles[Math.min(h, HORIZONS) - 1];
    const m = Math.max(1, h / HORIZONS);
    const at = (v: number | undefined): number | null =>
      s === 0 ? clamp(mean) : q && v !== undefined ? clamp(mean + s * v * m) : null;
    return {
      year: firstYear + c + h,
      mean: clamp(mean),
      lo80: at(q?.q10),
      hi80: at(q?.q90),
      lo95: at(q?.q025),
      hi95: at(q?.q975),
    };
  };
  const path = Array.from({ length: Math.max(0, horizon) }, (_, k) => point(k + 1));
  // The probability reads the unbounded forecast: bounds do not move a target inside them.
  const mean = horizon > 0 ? dampedForecast(state, phi, horizon) : x[c]!;
  return {
    origin: firstYear + c,
    year: to.year,
    horizon,
    mean: clamp(mean),
    drift: finite(clamp(driftForecast(x, c, c + horizon))),
    linear: finite(clamp(linearTrendForecast(x, c, c + horizon))),
    path,
    probability: probability(mean, s, horizon, fit.errors, to),
    extrapolated: horizon > HORIZONS,
  };
}

/** P(d·(x̂ + s·z·m − target) ≥ 0) over the calibration errors z at h′ (METHODS.md, probability). */
function probability(
  mean: number,
  s: number,
  horizon: number,
  errors: readonly Float64Array[],
  to: { target: number | null; direction: 1 | -1 },
): number | null {
  if (to.target === null) return null;
  const d = to.direction;
  if (horizon === 0 || s === 0) return d * (mean - to.target) >= 0 ? 1 : 0;
  const z = errors[Math.min(horizon, HORIZONS) - 1];
  if (!z || z.length < MIN_ERRORS) return null;
  const m = Math.max(1, horizon / HORIZONS);
  let met = 0;
  for (let k = 0; k < z.length; k++) if (d * (mean + s * z[k]! * m - to.target) >= 0) met++;
  return met / z.length;
}
