// The damped-trend recursions against a series worked by hand (METHODS.md § Progress towards
// targets and forecasts, the model), with gaps, and the baselines.

import { describe, expect, it } from 'vitest';
import { driftForecast, linearTrendForecast } from '../../../src/core/forecast/baselines.ts';
import { dampedForecast, dampedRun } from '../../../src/core/forecast/damped.ts';
import { errorScale, observedCount } from '../../../src/core/forecast/scale.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';

const P = { alpha: 0.5, beta: 0.4, phi: 0.9 };

describe('dampedRun', () => {
  it('follows the recursions on 10, 12, 13, 15, 14 (α = 0.5, β = 0.4, φ = 0.9)', () => {
    // Start at the second year: ℓ = 12, b = 12 − 10 = 2.
    // 13: f = 12 + 0.9·2 = 13.8, e = −0.8, ℓ = 0.5·13 + 0.5·13.8 = 13.4,
    //     b = 0.4·(13.4 − 12) + 0.6·0.9·2 = 0.56 + 1.08 = 1.64.
    // 15: f = 13.4 + 0.9·1.64 = 14.876, e = 0.124, ℓ = 0.5·15 + 0.5·14.876 = 14.938,
    //     b = 0.4·(14.938 − 13.4) + 0.54·1.64 = 0.6152 + 0.8856 = 1.5008.
    // 14: f = 14.938 + 0.9·1.5008 = 16.28872, e = −2.28872, ℓ = 0.5·14 + 0.5·16.28872 = 15.14436,
    //     b = 0.4·(15.14436 − 14.938) + 0.54·1.5008 = 0.082544 + 0.810432 = 0.892976.
    const x = Float64Array.of(10, 12, 13, 15, 14);
    const errors = new Float64Array(5);
    const s = dampedRun(x, P, 4, errors)!;
    expectClose(s.level, 15.14436, 1e-12);
    expectClose(s.trend, 0.892976, 1e-12);
    expectAllClose(errors.subarray(2), [-0.8, 0.124, -2.28872], 1e-12);
    expect(errors[0]).toBeNaN();
    expect(errors[1]).toBeNaN();
    // Two years ahead: 15.14436 + (0.9 + 0.81)·0.892976 = 16.67134896.
    expectClose(dampedForecast(s, P.phi, 2), 16.67134896, 1e-12);
    expectClose(dampedForecast(s, P.phi, 0), 15.14436, 1e-12);
  });

  it('stops at `end`, so a run up to an origin sees nothing after it', () => {
    const s = dampedRun(Float64Array.of(10, 12, 13, 15, 14), P, 2)!;
    expect(s).toEqual({ level: 13.4, trend: expect.closeTo(1.64, 12), at: 2 });
  });

  it('learns nothing in a missing year: ℓ = f, b = φ·b', () => {
    // 10, 12, –, 15: in the gap ℓ = 12 + 1.8 = 13.8, b = 1.8; then f = 13.8 + 1.62 = 15.42,
    // e = −0.42, ℓ = 0.5·15 + 0.5·15.42 = 15.21, b = 0.4·(15.21 − 13.8) + 0.54·1.8 = 0.564 + 0.972.
    const errors = new Float64Array(4);
    const s = dampedRun(Float64Array.of(10, 12, NaN, 15), P, 3, errors)!;
    expectClose(s.level, 15.21, 1e-12);
    expectClose(s.trend, 1.536, 1e-12);
    expect(errors[2]).toBeNaN();
    expectClose(errors[3]!, -0.42, 1e-12);
  });

  it('starts at the first two observed years, the trend per year between them', () => {
    // –, 10, –, 13, 14: ℓ = 13, b = (13 − 10)/2 = 1.5; then f = 14.35, e = −0.35, ℓ = 14.175,
    // b = 0.4·1.175 + 0.54·1.5 = 1.28.
    const s = dampedRun(Float64Array.of(NaN, 10, NaN, 13, 14), P, 4)!;
    expectClose(s.level, 14.175, 1e-12);
    expectClose(s.trend, 1.28, 1e-12);
  });

  it('has no state with fewer than two observed values', () => {
    expect(dampedRun(Float64Array.of(NaN, 5, NaN), P, 2)).toBeNull();
    expect(dampedRun(Float64Array.of(1, 2, 3), P, 0)).toBeNull();
  });

  it('with α = β = 1 and φ → 1 it is the last value plus the last change', () => {
    const s = dampedRun(Float64Array.of(3, 5, 4, 9), { alpha: 1, beta: 1, phi: 1 }, 3)!;
    expect([s.level, s.trend]).toEqual([9, 5]);
  });
});

describe('the scale and the baselines', () => {
  it('scale: the mean change per year between successive observed values', () => {
    // |12 − 10|/1, |15 − 12|/2, |14 − 15|/1 → (2 + 1.5 + 1)/3 = 1.5.
    const x = Float64Array.of(10, 12, NaN, 15, 14);
    expectClose(errorScale(x, 4), 1.5, 1e-15);
    expectClose(errorScale(x, 3), 1.75, 1e-15);
    expect(errorScale(x, 0)).toBeNaN();
    expect(errorScale(Float64Array.of(4, 4, 4), 2)).toBe(0);
    expect(observedCount(x, 4)).toBe(4);
  });

  it('drift: the last value plus the mean change per year since the first', () => {
    // 10 in year 0, 16 in year 3: 2 a year; two years after the last: 20.
    expect(driftForecast(Float64Array.of(10, NaN, 13, 16), 3, 5)).toBe(20);
    expect(driftForecast(Float64Array.of(NaN, 10, NaN), 2, 4)).toBeNaN();
  });

  it('linear trend: the least-squares line through the observed values', () => {
    // (0, 1), (1, 3), (3, 4): mean k 4/3, mean x 8/3; slope = Σ(k−k̄)(x−x̄)/Σ(k−k̄)² = (39/9)/(42/9)
    // = 13/14; at k = 5: 8/3 + 13/14·11/3 = 6.0714286.
    const x = Float64Array.of(1, 3, NaN, 4);
    expectClose(linearTrendForecast(x, 3, 5), 6.0714286, 1e-7);
    // A straight line is forecast exactly.
    expectClose(linearTrendForecast(Float64Array.of(2, 4, 6), 2, 6), 14, 1e-12);
  });
});
