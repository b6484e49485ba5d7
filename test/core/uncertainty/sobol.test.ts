// Sobol indices: the estimators on the Ishigami function against its analytic indices, grouped
// factors, a choice without effect, and reproducibility of the pipeline analysis.

import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/core/random.ts';
import { saltelliSample, sensitivity, sobolIndices } from '../../../src/core/uncertainty/sobol.ts';
import { parseSpec } from '../../../src/core/uncertainty/spec.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { makeDataset, makeFramework } from '../../helpers/factories.ts';

// Ishigami & Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1, x_i ~ U(−π, π), a = 7, b = 0.1.
// Analytic variances (Homma & Saltelli 1996, Reliab. Eng. Syst. Saf. 52, 1–17; Saltelli et al.,
// Global Sensitivity Analysis: The Primer, 2008): V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0,
// V13 = 8b²π⁸/225, V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½. So S1 ≈ 0.3139, S2 ≈ 0.4424, S3 = 0,
// ST1 ≈ 0.5576, ST2 ≈ 0.4424, ST3 ≈ 0.2437.
const a = 7;
const b = 0.1;
const PI4 = Math.PI ** 4;
const PI8 = Math.PI ** 8;
const V1 = 0.5 * (1 + (b * PI4) / 5) ** 2;
const V2 = (a * a) / 8;
const V13 = (8 * b * b * PI8) / 225;
const V = (a * a) / 8 + (b * PI4) / 5 + (b * b * PI8) / 18 + 0.5;
const ishigami = (x1: number, x2: number, x3: number): number =>
  Math.sin(x1) + a * Math.sin(x2) ** 2 + b * x3 ** 4 * Math.sin(x1);
const toPi = (u: number): number => -Math.PI + 2 * Math.PI * u;

function run(N: number, dims: number[], seed: number): Float64Array {
  const X = saltelliSample(N, dims, mulberry32(seed));
  const y = new Float64Array(N * (dims.length + 2));
  for (let r = 0; r < y.length; r++) {
    y[r] = ishigami(toPi(X[r * 3]!), toPi(X[r * 3 + 1]!), toPi(X[r * 3 + 2]!));
  }
  return y;
}

describe('Sobol estimators on the Ishigami function', () => {
  const N = 40_000;
  const est = sobolIndices(run(N, [1, 1, 1], 7), N, 3, { bootstrap: 200, rng: mulberry32(8) });

  it('the analytic values are the textbook ones', () => {
    expectClose(V1 / V, 0.3139, 1e-4);
    expectClose(V2 / V, 0.4424, 1e-4);
    expectClose((V1 + V13) / V, 0.5576, 1e-4);
    expectClose(V13 / V, 0.2437, 1e-4);
  });

  it('first-order (Saltelli 2010) and total (Jansen 1999) indices within 0.02', () => {
    expectClose(est.variance, V, 0.02);
    const first = [V1 / V, V2 / V, 0];
    const total = [(V1 + V13) / V, V2 / V, V13 / V];
    first.forEach((s, i) => expectClose(est.first[i]!, s, 0.02, `S${i + 1}`));
    total.forEach((s, i) => expectClose(est.total[i]!, s, 0.02, `ST${i + 1}`));
  });

  it('bootstrap intervals bracket the estimates', () => {
    for (let i = 0; i < 3; i++) {
      expect(est.firstLow[i]).toBeLessThanOrEqual(est.first[i]!);
      expect(est.firstHigh[i]).toBeGreaterThanOrEqual(est.first[i]!);
      expect(est.totalLow[i]).toBeLessThanOrEqual(est.total[i]!);
      expect(est.totalHigh[i]).toBeGreaterThanOrEqual(est.total[i]!);
    }
    expect(est.totalHigh[1]! - est.totalLow[1]!).toBeLessThan(0.05);
  });

  it('a group of factors moves together: {x1, x3} has S = ST = 1 − S2', () => {
    // Columns x1, x3 as one group, x2 as another: reorder so each group is contiguous.
    const N2 = 20_000;
    const X = saltelliSample(N2, [2, 1], mulberry32(3));
    const y = new Float64Array(N2 * 4);
    for (let r = 0; r < y.length; r++) {
      y[r] = ishigami(toPi(X[r * 3]!), toPi(X[r * 3 + 2]!), toPi(X[r * 3 + 1]!));
    }
    const g = sobolIndices(y, N2, 2);
    expectClose(g.first[0]!, 1 - V2 / V, 0.02);
    expectClose(g.total[0]!, 1 - V2 / V, 0.02);
    expectClose(g.first[1]!, V2 / V, 0.02);
    expect(Number.isNaN(g.firstLow[0]!)).toBe(true);
  });

  it('the design is COINr’s: A, B, then A with one group from B', () => {
    const X = saltelliSample(2, [1, 2], mulberry32(1));
    const row = (r: number): number[] => [...X.subarray(r * 3, r * 3 + 3)];
    // rows: A0 A1 B0 B1 AB1_0 AB1_1 AB2_0 AB2_1
    expect(row(4)).toEqual([row(2)[0], row(0)[1], row(0)[2]]);
    expect(row(7)).toEqual([row(1)[0], row(3)[1], row(3)[2]]);
    expect(() => sobolIndices(new Float64Array(5), 2, 1)).toThrow(/N\(k \+ 2\)/);
  });
});

describe('sensitivity() of the pipeline', () => {
  const fw = makeFramework({ domains: 2, perDomain: 3 });
  // No missing values: the imputation method has no effect at all.
  const data = makeDataset(fw, { units: 30, periods: ['2023', '2024'], seed: 12 });
  const input = {
    framework: fw,
    data,
    config: { normalise: { params: [1, 100] as [number, number] } },
  };
  const spec = parseSpec({
    impute: ['none', 'locf'],
    aggregate: ['arithmetic', 'geometric', 'harmonic'],
    weights: { perturb: 0.5 },
  });

  it('a choice without effect has indices ≈ 0; the others share the variance', () => {
    const r = sensitivity(input, spec, { samples: 150, seed: 4, bootstrap: 50 });
    expect(r.runs).toBe(150 * 5);
    expect(r.indices.map((c) => c.choice)).toEqual(['impute', 'weights', 'aggregate']);
    const impute = r.indices[0]!;
    expect(impute.first).toBe(0);
    expect(impute.total).toBe(0);
    expect(r.output.variance).toBeGreaterThan(0);
    expect(r.indices[2]!.total).toBeGreaterThan(0.05);
  });

  it('the same seed gives the same numbers', () => {
    const x = sensitivity(input, spec, { samples: 30, seed: 9, bootstrap: 20 });
    const y = sensitivity(input, spec, { samples: 30, seed: 9, bootstrap: 20 });
    expect(y.indices).toEqual(x.indices);
    expect(y.rank).toEqual(x.rank);
  });

  it('needs at least one choice, and every run to succeed', () => {
    expect(() => sensitivity(input, parseSpec({}), { samples: 10, seed: 1 })).toThrow(
      /no uncertain choice/,
    );
    const zero = { framework: fw, data };
    expect(() =>
      sensitivity(zero, parseSpec({ aggregate: ['arithmetic', 'geometric'] }), {
        samples: 10,
        seed: 1,
      }),
    ).toThrow(/failed with .*geometric/);
  });
});
