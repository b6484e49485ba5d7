// One unit's forecast: the path and its intervals from given scaled-error quantiles, the probability
// of meeting a target worked by hand, and the edge cases (too few points, a constant series,
// missing years, horizons beyond the backtest, bounds).

import { describe, expect, it } from 'vitest';
import type { Backtest } from '../../../src/core/forecast/backtest.ts';
import { dampedForecast, dampedRun } from '../../../src/core/forecast/damped.ts';
import { forecastUnit, type UnitForecast } from '../../../src/core/forecast/forecast.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const P = { alpha: 0.5, beta: 0.4, phi: 0.9 };
/** 20 scaled errors −0.95, −0.85 … 0.95 at every horizon: quantiles by R type 7. */
const Z = Float64Array.from({ length: 20 }, (_, k) => -0.95 + 0.1 * k);
const q = (horizon: number) => ({
  horizon,
  n: 20,
  q025: -0.95 + 0.1 * 19 * 0.025,
  q10: -0.95 + 0.1 * 19 * 0.1,
  q90: -0.95 + 0.1 * 19 * 0.9,
  q975: -0.95 + 0.1 * 19 * 0.975,
});
const FIT: Pick<Backtest, 'params' | 'errors' | 'quantiles'> = {
  params: P,
  errors: [Z, Z, Z],
  quantiles: [q(1), q(2), q(3)],
};

const ok = (f: ReturnType<typeof forecastUnit>): UnitForecast => {
  if (typeof f === 'string') throw new Error(`no forecast: ${f}`);
  return f;
};

describe('forecastUnit', () => {
  // 10, 12, 13, 15, 14 in 2020 … 2024: ℓ = 15.14436, b = 0.892976 (damped.test.ts);
  // scale (2 + 1 + 2 + 1)/4 = 1.5.
  const x = Float64Array.of(10, 12, 13, 15, 14);

  it('forecasts the path to the year with intervals x̂ + s·q_h', () => {
    const f = ok(forecastUnit(x, 2020, FIT, { year: 2026, target: null, direction: 1 }));
    expect([f.origin, f.year, f.horizon, f.extrapolated]).toEqual([2024, 2026, 2, false]);
    expect(f.path.map((p) => p.year)).toEqual([2025, 2026]);
    const s = dampedRun(x, P, 4)!;
    expectClose(f.path[0]!.mean, dampedForecast(s, 0.9, 1), 1e-12);
    expectClose(f.mean, 16.67134896, 1e-12);
    // q10 = −0.95 + 1.9·0.1 = −0.76, q90 = 0.76: 16.67134896 ∓ 1.5·0.76.
    expectClose(f.path[1]!.lo80!, 16.67134896 - 1.14, 1e-12);
    expectClose(f.path[1]!.hi80!, 16.67134896 + 1.14, 1e-12);
    expectClose(f.path[1]!.hi95!, 16.67134896 + 1.5 * (-0.95 + 1.9 * 0.975), 1e-12);
    expect(f.probability).toBeNull();
    // Baselines at 2026: drift 14 + 2·(14 − 10)/4 = 16; the linear trend, slope 11/10 about the
    // mean 12.8 in 2022: 12.8 + 1.1·4 = 17.2.
    expectClose(f.drift!, 16, 1e-12);
    expectClose(f.linear!, 17.2, 1e-12);
  });

  it('gives the probability of meeting the target from the errors, by hand', () => {
    // Higher is better, target 17 in 2026: met when 16.67134896 + 1.5·z ≥ 17, z ≥ 0.21910; of
    // −0.95 … 0.95 by 0.1 that is 0.25 … 0.95, 8 of 20.
    const up = ok(forecastUnit(x, 2020, FIT, { year: 2026, target: 17, direction: 1 }));
    expect(up.probability).toBe(8 / 20);
    // Lower is better, the same target: met when z ≤ 0.21910, 12 of 20.
    const down = ok(forecastUnit(x, 2020, FIT, { year: 2026, target: 17, direction: -1 }));
    expect(down.probability).toBe(12 / 20);
  });

  it('beyond 3 years stretches the horizon-3 errors by h/3 and says so', () => {
    const f = ok(forecastUnit(x, 2020, FIT, { year: 2030, target: null, direction: 1 }));
    expect([f.horizon, f.extrapolated]).toEqual([6, true]);
    const last = f.path.at(-1)!;
    // h = 6: m = 2, q90 = 0.76: x̂ + 1.5·0.76·2.
    expectClose(last.hi80! - last.mean, 2.28, 1e-12);
    expectClose(f.path[2]!.hi80! - f.path[2]!.mean, 1.14, 1e-12);
  });

  it('starts from the last observed year, and a target in that year is met or not', () => {
    const gap = Float64Array.of(10, 12, 13, 15, NaN);
    const f = ok(forecastUnit(gap, 2020, FIT, { year: 2025, target: 14, direction: 1 }));
    expect([f.origin, f.horizon]).toEqual([2023, 2]);
    const now = ok(forecastUnit(x, 2020, FIT, { year: 2024, target: 14, direction: 1 }));
    expect([now.horizon, now.path, now.mean, now.probability]).toEqual([0, [], 14, 1]);
    const notYet = ok(forecastUnit(x, 2020, FIT, { year: 2024, target: 14.5, direction: 1 }));
    expect(notYet.probability).toBe(0);
  });

  it('a constant series is forecast as itself, its interval the point', () => {
    const f = ok(
      forecastUnit(new Float64Array(6).fill(98), 2020, FIT, {
        year: 2027,
        target: 99,
        direction: 1,
      }),
    );
    expect(f.path.map((p) => [p.mean, p.lo95, p.hi95])).toEqual([
      [98, 98, 98],
      [98, 98, 98],
    ]);
    expect(f.probability).toBe(0);
  });

  it('keeps the point and the bounds within the plausible range; the probability reads the unbounded', () => {
    const f = ok(
      forecastUnit(x, 2020, FIT, { year: 2026, target: 17, direction: 1, range: [0, 16.5] }),
    );
    expect(f.mean).toBe(16.5);
    expect(f.path[1]!.hi95).toBe(16.5);
    expectClose(f.path[1]!.lo80!, 16.67134896 - 1.14, 1e-12);
    expect(f.probability).toBe(8 / 20);
  });

  it('too few points, or no model', () => {
    const three = Float64Array.of(1, NaN, 2, 3);
    expect(forecastUnit(three, 2020, FIT, { year: 2025, target: null, direction: 1 })).toBe(
      'too-few-points',
    );
    expect(
      forecastUnit(x, 2020, { ...FIT, params: null }, { year: 2025, target: null, direction: 1 }),
    ).toBe('no-model');
  });

  it('without enough errors: the point, no interval, no probability', () => {
    const few = { params: P, errors: [Z.subarray(0, 5), Z, Z], quantiles: [null, q(2), q(3)] };
    const f = ok(forecastUnit(x, 2020, few, { year: 2025, target: 16, direction: 1 }));
    expect([f.path[0]!.lo80, f.probability]).toEqual([null, null]);
  });
});
