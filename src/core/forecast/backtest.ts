// Rolling-origin backtest of the damped trend over a panel: the scaled errors that calibrate the
// prediction intervals, the coverage of those intervals on held-out origins, and the accuracy of
// the damped trend against its baselines (METHODS.md § Progress towards targets and forecasts).

import { quantileSorted } from '../stats/quantile.ts';
import { driftForecast, linearTrendForecast } from './baselines.ts';
import { dampedForecast, dampedRun, type DampedParams } from './damped.ts';
import { DAMPED_GRID, fitPooled } from './fit.ts';
import { errorScale, MIN_POINTS, observedCount } from './scale.ts';

/** The horizons backtested, 1 … HORIZONS years ahead. */
export const HORIZONS = 3;
/** The fewest calibration errors at a horizon for an interval there. */
export const MIN_ERRORS = 20;
/** Calibration origins are at least this many years before the last. */
export const CALIBRATION_GAP = 4;

/** The empirical quantiles (R type 7) of the calibration's scaled errors at one horizon. */
export interface HorizonQuantiles {
  horizon: number;
  n: number;
  q025: number;
  q10: number;
  q90: number;
  q975: number;
}

/** How many held-out scaled errors fell inside the nominal interval. */
export interface Coverage {
  nominal: 0.8 | 0.95;
  covered: number;
  n: number;
  /** covered / n; null when n = 0. */
  share: number | null;
}

/** The forecasting methods compared. */
export type ForecastMethod = 'damped' | 'drift' | 'linear';

/** The mean absolute scaled error of a method at horizons 1 … HORIZONS, over every origin. */
export interface Accuracy {
  method: ForecastMethod;
  mase: (number | null)[];
  n: number[];
}

/** What the backtest of one panel gives. */
export interface Backtest {
  /** The parameters fitted on every year (those the forecasts use); null without any error. */
  params: DampedParams | null;
  /** Units with a value at the last year, of all in the panel. */
  units: number;
  /** Calibration origins (indices of the years), o ≤ last − 4. */
  calibration: number[];
  /** Held-out origins: last − 3 … last − 1 (those ≥ 3). */
  heldOut: number[];
  /** The calibration's scaled errors at each horizon, sorted ascending (index h − 1). */
  errors: Float64Array[];
  /** Quantiles at each horizon; null with fewer than MIN_ERRORS errors there. */
  quantiles: (HorizonQuantiles | null)[];
  coverage: Coverage[];
  accuracy: Accuracy[];
}

const METHODS: ForecastMethod[] = ['damped', 'drift', 'linear'];

/** The quantiles of sorted errors, or null when there are too few. */
function quantilesOf(sorted: Float64Array, horizon: number): HorizonQuantiles | null {
  if (sorted.length < MIN_ERRORS) return null;
  const q = (p: number): number => quantileSorted(sorted, p);
  return { horizon, n: sorted.length, q025: q(0.025), q10: q(0.1), q90: q(0.9), q975: q(0.975) };
}

/**
 * Backtests a panel: one series per unit, one value a year (NaN where missing), the last year
 * being the assessment's. At every origin the parameters are fitted again on the years up to it;
 * each unit with a value there, at least 4 values up to it and a scale s > 0 is forecast 1 … 3
 * years ahead, and each forecast with a value to compare gives the scaled error
 * (x − x̂)/s. Calibration origins give the interval quantiles; held-out ones their coverage.
 */
export function backtest(
  series: readonly Float64Array[],
  grid: readonly DampedParams[] = DAMPED_GRID,
): Backtest {
  const last = (series[0]?.length ?? 0) - 1;
  const calibration: number[] = [];
  const heldOut: number[] = [];
  for (let o = MIN_POINTS - 1; o < last; o++)
    (o <= last - CALIBRATION_GAP ? calibration : heldOut).push(o);
  const origins = [...calibration, ...heldOut, last];
  const params = last >= 0 ? fitPooled(series, origins, grid) : [];
  const calib = Array.from({ length: HORIZONS }, () => [] as number[]);
  const held = Array.from({ length: HORIZONS }, () => [] as number[]);
  const abs = METHODS.map(() => Array.from({ length: HORIZONS }, () => ({ sum: 0, n: 0 })));
  origins.slice(0, -1).forEach((o, j) => {
    const p = params[j];
    if (!p) return;
    const into = o <= last - CALIBRATION_GAP ? calib : held;
    for (const x of series) {
      if (x[o] !== x[o] || observedCount(x, o) < MIN_POINTS) continue;
      const s = errorScale(x, o);
      if (!(s > 0)) continue;
      const state = dampedRun(x, p, o)!;
      for (let h = 1; h <= HORIZONS && o + h <= last; h++) {
        const v = x[o + h]!;
        if (v !== v) continue;
        const z = [
          dampedForecast(state, p.phi, h),
          driftForecast(x, o, o + h),
          linearTrendForecast(x, o, o + h),
        ].map((f) => (v - f) / s);
        into[h - 1]!.push(z[0]!);
        z.forEach((e, m) => {
          abs[m]![h - 1]!.sum += Math.abs(e);
          abs[m]![h - 1]!.n++;
        });
      }
    }
  });
  const errors = calib.map((e) => Float64Array.from(e).sort());
  const quantiles = errors.map((e, k) => quantilesOf(e, k + 1));
  return {
    params: params.at(-1) ?? null,
    units: series.filter((x) => last >= 0 && x[last] === x[last]).length,
    calibration,
    heldOut,
    errors,
    quantiles,
    coverage: coverageOf(held, quantiles),
    accuracy: METHODS.map((method, m) => ({
      method,
      mase: abs[m]!.map((a) => (a.n ? a.sum / a.n : null)),
      n: abs[m]!.map((a) => a.n),
    })),
  };
}

/** The share of held-out errors inside [q10, q90] and [q025, q975] of their horizon. */
export function coverageOf(
  held: readonly (readonly number[])[],
  quantiles: readonly (HorizonQuantiles | null)[],
): Coverage[] {
  const c80 = { covered: 0, n: 0 };
  const c95 = { covered: 0, n: 0 };
  held.forEach((errs, k) => {
    const q = quantiles[k];
    if (!q) return;
    for (const z of errs) {
      c80.n++;
      c95.n++;
      if (z >= q.q10 && z <= q.q90) c80.covered++;
      if (z >= q.q025 && z <= q.q975) c95.covered++;
    }
  });
  const share = (c: { covered: number; n: number }): number | null =>
    c.n ? c.covered / c.n : null;
  return [
    { nominal: 0.8, ...c80, share: share(c80) },
    { nominal: 0.95, ...c95, share: share(c95) },
  ];
}
