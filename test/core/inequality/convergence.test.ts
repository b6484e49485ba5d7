import { describe, expect, it } from 'vitest';
import { betaConvergence, sigmaConvergence } from '../../../src/core/inequality/convergence.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const col = (...v: number[]): Float64Array => Float64Array.from(v);

describe('sigmaConvergence', () => {
  it('is the population standard deviation of ln x, leaving missing values out', () => {
    // ln x = 1, 2, 3, 4: mean 2.5, Σ d² = 5, σ = √(5/4).
    expectClose(
      sigmaConvergence(col(Math.E, Math.E ** 2, NaN, Math.E ** 3, Math.E ** 4)),
      Math.sqrt(1.25),
      1e-14,
    );
    expect(sigmaConvergence(col(NaN))).toBeNaN();
    expect(() => sigmaConvergence(col(1, -2), ['A', 'B'])).toThrow(
      /unit B: the value is -2; σ-convergence takes logarithms/,
    );
  });
});

describe('betaConvergence', () => {
  // Four units with ln x₀ = 1, 2, 3, 4 and growth g = .05, .042, .028, .02 a year over T = 10.
  // dx = (−1.5, −.5, .5, 1.5), Sxx = 5; mean g = .035, dg = (.015, .007, −.007, −.015);
  // Sxg = −.0225 − .0035 − .0035 − .0225 = −.052, b = −.0104, a = .035 + .0104 · 2.5 = .061.
  // Residuals dg − b dx = (−.0006, .0018, −.0018, .0006): SSR = 7.2e-6; SST = .000548.
  // se = √(SSR/(n − 2)/Sxx) = √7.2e-7; t = b/se; R² = 1 − SSR/SST;
  // λ = −ln(1 − .104)/10; half-life = ln 2/λ.
  const T = 10;
  const g = [0.05, 0.042, 0.028, 0.02];
  const x0 = col(...[1, 2, 3, 4].map((l) => Math.exp(l)));
  const x1 = x0.map((v, i) => v * Math.exp(g[i]! * T));

  it('regresses growth on the starting level as computed by hand', () => {
    const r = betaConvergence(x0, x1, T, ['A', 'B', 'C', 'D']);
    expectClose(r.b, -0.0104, 1e-12);
    expectClose(r.a, 0.061, 1e-12);
    expectClose(r.se, Math.sqrt(7.2e-7), 1e-10);
    expectClose(r.t, -0.0104 / Math.sqrt(7.2e-7), 1e-8);
    expectClose(r.r2, 1 - 7.2e-6 / 0.000548, 1e-10);
    expectClose(r.speed!, -Math.log(1 - 0.104) / 10, 1e-12);
    expectClose(r.halfLife!, Math.LN2 / (-Math.log(0.896) / 10), 1e-9);
    expect(r.n).toBe(4);
  });

  it('leaves out units missing either value; needs three', () => {
    const r = betaConvergence(col(...x0, NaN, 5), col(...x1, 7, NaN), T);
    expect(r.n).toBe(4);
    expect(() => betaConvergence(x0.slice(0, 2), x1.slice(0, 2), T)).toThrow(
      /at least 3 units with values in both periods .*; got 2/,
    );
  });

  it('has no speed when 1 + bT ≤ 0 and no half-life without convergence', () => {
    // Divergence: b > 0, so λ < 0 and there is no half-life.
    const up = betaConvergence(
      x0,
      x0.map((v, i) => v * Math.exp([0.01, 0.02, 0.03, 0.05][i]! * T)),
      T,
    );
    expect(up.b).toBeGreaterThan(0);
    expect(up.speed!).toBeLessThan(0);
    expect(up.halfLife).toBeNull();
    // b = −0.2 over 10 years: 1 + bT = −1, no speed.
    const fast = betaConvergence(
      col(Math.E, Math.E ** 2, Math.E ** 3),
      col(Math.E ** 3, Math.E ** 2, Math.E),
      10,
    );
    expect(fast.speed).toBeNull();
    expect(fast.halfLife).toBeNull();
  });

  it('rejects non-positive values naming the unit, equal starting levels and a bad span', () => {
    expect(() => betaConvergence(col(1, 2, 0), col(1, 2, 3), 5, ['A', 'B', 'C'])).toThrow(
      /unit C: the value is 0; β-convergence takes logarithms, so every value must be > 0/,
    );
    expect(() => betaConvergence(col(2, 2, 2), col(1, 2, 3), 5)).toThrow(
      /start at different levels/,
    );
    expect(() => betaConvergence(x0, x1, 0)).toThrow(/positive span of years/);
  });
});
