// The rolling-origin backtest on synthetic panels where the truth is known: the held-out coverage
// and the coverage of the real forecasts against the years that followed reach their nominal
// levels within 5 points; and the edge cases (METHODS.md § Progress towards targets and forecasts).

import { describe, expect, it } from 'vitest';
import { backtest } from '../../../src/core/forecast/backtest.ts';
import { forecastUnit } from '../../../src/core/forecast/forecast.ts';
import { makeDampedPanel } from './factories.ts';

const TRUTH = { alpha: 0.4, beta: 0.5, phi: 0.9 };

/** The share of the future values inside each unit's 80 % and 95 % intervals, h = 1 … 3. */
function futureCoverage(
  series: Float64Array[],
  future: Float64Array[],
  bt: ReturnType<typeof backtest>,
) {
  const years = series[0]!.length;
  let c80 = 0;
  let c95 = 0;
  let n = 0;
  series.forEach((x, i) => {
    const f = forecastUnit(x, 0, bt, { year: years + 2, target: null, direction: 1 });
    if (typeof f === 'string') return;
    for (const p of f.path) {
      const truth = future[i]![p.year - years]!;
      n++;
      if (truth >= p.lo80! && truth <= p.hi80!) c80++;
      if (truth >= p.lo95! && truth <= p.hi95!) c95++;
    }
  });
  return { c80: c80 / n, c95: c95 / n, n };
}

describe('backtest coverage on a synthetic panel (the truth known)', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const runs = seeds.map((seed) => {
    const panel = makeDampedPanel({ n: 500, years: 10, params: TRUTH, seed });
    const bt = backtest(panel.series);
    return { seed, bt, future: futureCoverage(panel.series, panel.future, bt) };
  });

  it('calibrates on origins ≥ 4 years before the last and holds out the last three', () => {
    const { bt } = runs[0]!;
    // Years 0 … 9: calibration origins 3 … 5 (4 values up to each), held out 6, 7, 8.
    expect(bt.calibration).toEqual([3, 4, 5]);
    expect(bt.heldOut).toEqual([6, 7, 8]);
    expect(bt.quantiles.map((q) => q?.n)).toEqual([1500, 1500, 1500]);
    for (const q of bt.quantiles) {
      expect(q!.q025).toBeLessThan(q!.q10);
      expect(q!.q10).toBeLessThan(q!.q90);
      expect(q!.q90).toBeLessThan(q!.q975);
    }
    // Held out: 500 units × (3 + 2 + 1) forecasts.
    expect(bt.coverage.map((c) => c.n)).toEqual([3000, 3000]);
  });

  it('reaches 80 % and 95 % on the held-out origins within 5 points, for every seed', () => {
    for (const { seed, bt } of runs) {
      expect(Math.abs(bt.coverage[0]!.share! - 0.8), `seed ${seed}, 80 %`).toBeLessThanOrEqual(
        0.05,
      );
      expect(Math.abs(bt.coverage[1]!.share! - 0.95), `seed ${seed}, 95 %`).toBeLessThanOrEqual(
        0.05,
      );
    }
  });

  it('covers the three simulated years after the panel at 80 % and 95 % within 5 points', () => {
    for (const { seed, future } of runs) {
      expect(future.n).toBe(1500);
      expect(Math.abs(future.c80 - 0.8), `seed ${seed}, 80 %`).toBeLessThanOrEqual(0.05);
      expect(Math.abs(future.c95 - 0.95), `seed ${seed}, 95 %`).toBeLessThanOrEqual(0.05);
    }
  });

  it('beats or matches the baselines on the model’s own data at one year ahead', () => {
    const { bt } = runs[0]!;
    const mase = Object.fromEntries(bt.accuracy.map((a) => [a.method, a.mase[0]!]));
    expect(mase.damped).toBeLessThan(mase.linear!);
    expect(mase.damped).toBeLessThan(mase.drift! * 1.05);
  });

  it('is deterministic', () => {
    const panel = makeDampedPanel({ n: 50, years: 10, params: TRUTH, seed: 3 });
    expect(backtest(panel.series)).toEqual(backtest(panel.series));
  });
});

describe('backtest edge cases', () => {
  it('too few points: series of 3 years have no origin, no model and no interval', () => {
    const bt = backtest([Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 5)]);
    expect(bt.params).toBeNull();
    expect(bt.calibration).toEqual([]);
    expect(bt.quantiles).toEqual([null, null, null]);
    expect(bt.coverage.map((c) => [c.n, c.share])).toEqual([
      [0, null],
      [0, null],
    ]);
  });

  it('a small panel has a model but too few errors for intervals', () => {
    const panel = makeDampedPanel({ n: 3, years: 10, params: TRUTH, seed: 4 });
    const bt = backtest(panel.series);
    expect(bt.params).not.toBeNull();
    expect(bt.quantiles).toEqual([null, null, null]); // 3 units × 3 origins < 20
  });

  it('constant series give no scaled error and do not move the model', () => {
    const panel = makeDampedPanel({ n: 60, years: 10, params: TRUTH, seed: 6 });
    const flat = Array.from({ length: 20 }, () => new Float64Array(10).fill(42));
    const a = backtest(panel.series);
    const b = backtest([...panel.series, ...flat]);
    expect(b.params).toEqual(a.params);
    expect(b.quantiles).toEqual(a.quantiles);
    expect(b.units).toBe(80);
  });

  it('missing years: fewer errors, still calibrated', () => {
    const panel = makeDampedPanel({ n: 500, years: 10, params: TRUTH, seed: 8, missing: 0.1 });
    const bt = backtest(panel.series);
    expect(bt.quantiles[0]!.n).toBeLessThan(1500);
    expect(Math.abs(bt.coverage[0]!.share! - 0.8)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(bt.coverage[1]!.share! - 0.95)).toBeLessThanOrEqual(0.05);
  });
});
