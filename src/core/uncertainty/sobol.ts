// Sensitivity analysis: first-order and total Sobol indices of each uncertain choice on the mean
// absolute rank shift, by Saltelli's design with the Saltelli (2010) first-order and Jansen (1999)
// total estimators and bootstrap intervals, as COINr's get_sensitivity() computes them
// (METHODS.md § Uncertainty and sensitivity).

import { GapscopeError } from '../errors.ts';
import type { EvaluationInput } from '../pipeline/evaluate.ts';
import type { Provenance } from '../provenance.ts';
import { mulberry32, seedFor } from '../random.ts';
import { quantileSorted } from '../stats/quantile.ts';
import { intervals, type Interval } from './montecarlo.ts';
import { replicator, runRows, type Outcomes, type Replicator } from './replicate.ts';
import type { UncertaintySpec } from './spec.ts';

/**
 * Saltelli's sample for k groups of columns (a group moves together, e.g. all perturbed weights):
 * N rows of A, N rows of B, then for each group i the N rows of A with group i's columns taken
 * from B (COINr's `SA_sample`, by groups). Row-major, N(k + 2) rows × Σ dims columns of uniforms
 * in [0, 1); A is drawn row by row, then B.
 */
export function saltelliSample(
  N: number,
  dims: readonly number[],
  rng: () => number,
): Float64Array {
  const D = dims.reduce((s, d) => s + d, 0);
  const k = dims.length;
  const X = new Float64Array(N * (k + 2) * D);
  for (let i = 0; i < 2 * N * D; i++) X[i] = rng();
  let start = 0;
  dims.forEach((d, g) => {
    for (let r = 0; r < N; r++) {
      const row = (2 + g) * N + r;
      X.set(X.subarray(r * D, (r + 1) * D), row * D);
      for (let c = start; c < start + d; c++) X[row * D + c] = X[(N + r) * D + c]!;
    }
    start += d;
  });
  return X;
}

/** First-order and total indices per group, with bootstrap 5 %–95 % intervals (NaN without). */
export interface SobolEstimate {
  /** Sample variance (n − 1) of the outputs of A and B together. */
  variance: number;
  first: Float64Array;
  total: Float64Array;
  firstLow: Float64Array;
  firstHigh: Float64Array;
  totalLow: Float64Array;
  totalHigh: Float64Array;
}

/**
 * Estimates Sobol indices from outputs y in the row order of `saltelliSample` (yA, yB, yAB_1 …
 * yAB_k), with V = var(yA ∪ yB):
 * first order S_i = (1/N) Σ yB·(yAB_i − yA) / V (Saltelli et al. 2010);
 * total S_Ti = Σ (yA − yAB_i)² / (2N·V) (Jansen 1999).
 * The bootstrap (as COINr's `SA_estimate`) resamples the N rows with replacement `bootstrap` times,
 * keeps V, and takes the 5 % and 95 % quantiles (R type 7) of the re-estimated indices; one
 * resample of rows serves every group.
 */
export function sobolIndices(
  y: ArrayLike<number>,
  N: number,
  k: number,
  opts: { bootstrap?: number; rng?: () => number } = {},
): SobolEstimate {
  if (y.length !== N * (k + 2)) {
    throw new GapscopeError(
      'sensitivity.design',
      `expected N(k + 2) = ${N * (k + 2)} outputs, got ${y.length}`,
    );
  }
  let mean = 0;
  for (let i = 0; i < 2 * N; i++) mean += y[i]!;
  mean /= 2 * N;
  let ss = 0;
  for (let i = 0; i < 2 * N; i++) ss += (y[i]! - mean) ** 2;
  const V = ss / (2 * N - 1);
  // Per group and row: the first-order term yB(yAB − yA) and the total term (yA − yAB)².
  const fTerm = new Float64Array(k * N);
  const tTerm = new Float64Array(k * N);
  const first = new Float64Array(k);
  const total = new Float64Array(k);
  for (let g = 0; g < k; g++) {
    let f = 0;
    let t = 0;
    for (let r = 0; r < N; r++) {
      const a = y[r]!;
      const b = y[N + r]!;
      const ab = y[(2 + g) * N + r]!;
      const fi = b * (ab - a);
      const ti = (a - ab) ** 2;
      fTerm[g * N + r] = fi;
      tTerm[g * N + r] = ti;
      f += fi;
      t += ti;
    }
    first[g] = f / N / V;
    total[g] = t / (2 * N * V);
  }
  const B = opts.bootstrap ?? 0;
  const nan = (): Float64Array => new Float64Array(k).fill(NaN);
  const out = {
    variance: V,
    first,
    total,
    firstLow: nan(),
    firstHigh: nan(),
    totalLow: nan(),
    totalHigh: nan(),
  };
  if (B > 0) {
    const rng = opts.rng ?? mulberry32(1);
    const fBoot = new Float64Array(k * B);
    const tBoot = new Float64Array(k * B);
    const idx = new Int32Array(N);
    for (let b = 0; b < B; b++) {
      for (let r = 0; r < N; r++) idx[r] = Math.min(N - 1, Math.floor(rng() * N));
      for (let g = 0; g < k; g++) {
        let f = 0;
        let t = 0;
        for (let r = 0; r < N; r++) {
          f += fTerm[g * N + idx[r]!]!;
          t += tTerm[g * N + idx[r]!]!;
        }
        fBoot[g * B + b] = f / N / V;
        tBoot[g * B + b] = t / (2 * N * V);
      }
    }
    for (let g = 0; g < k; g++) {
      const fs = fBoot.subarray(g * B, (g + 1) * B).sort();
      const ts = tBoot.subarray(g * B, (g + 1) * B).sort();
      out.firstLow[g] = quantileSorted(fs, 0.05);
      out.firstHigh[g] = quantileSorted(fs, 0.95);
      out.totalLow[g] = quantileSorted(ts, 0.05);
      out.totalHigh[g] = quantileSorted(ts, 0.95);
    }
  }
  return out;
}

/** The indices of one uncertain choice. */
export interface ChoiceSensitivity {
  choice: string;
  first: number;
  firstLow: number;
  firstHigh: number;
  total: number;
  totalLow: number;
  totalHigh: number;
}

export interface SensitivityResult {
  period: string;
  units: string[];
  /** Base sample size N; the pipeline ran N(k + 2) times for k choices. */
  samples: number;
  runs: number;
  seed: number;
  bootstrap: number;
  meta: Provenance;
  /** The output apportioned: each run's mean absolute rank shift from the nominal ranks. */
  output: { mean: number; variance: number };
  indices: ChoiceSensitivity[];
  /** Rank and score intervals over the 2N independent runs (A and B), as COINr's RankStats. */
  rank: Interval;
  score: Interval;
}

/** Saltelli's design for a replicator's choices: N(k + 2) rows of uniforms. */
export function sensitivityDesign(
  rep: Replicator,
  samples: number,
  seed: number,
): { rows: Float64Array; runs: number } {
  if (!Number.isInteger(samples) || samples < 2) {
    throw new GapscopeError(
      'sensitivity.samples',
      `the base sample size must be a whole number ≥ 2; got ${samples}`,
    );
  }
  const { choices } = rep.resolved;
  if (choices.length === 0) {
    throw new GapscopeError(
      'sensitivity.no-choice',
      'the uncertainty spec has no uncertain choice: there is nothing to apportion',
    );
  }
  const dims = choices.map((c) => c.dims);
  const rows = saltelliSample(samples, dims, mulberry32(seedFor(seed, 'sensitivity')));
  return { rows, runs: samples * (choices.length + 2) };
}

/**
 * The indices from the outcomes of the design's runs. The output of run r is the mean absolute
 * rank shift (1/n) Σ_u |rank_u − nominal rank_u| over the units ranked in both (COINr's target
 * with SA_type = "SA"). Every run must have succeeded: the estimators need them all.
 */
export function summariseSensitivity(
  rep: Replicator,
  outcomes: Outcomes,
  opts: { samples: number; seed: number; bootstrap?: number },
): SensitivityResult {
  const N = opts.samples;
  const k = rep.resolved.choices.length;
  const runs = N * (k + 2);
  if (outcomes.failed.length) {
    const f = outcomes.failed[0]!;
    throw new GapscopeError(
      'sensitivity.failed',
      `run ${f.replication + 1} of ${runs} failed with ${JSON.stringify(f.choices)}: ${f.message}; change the spec so that every combination of choices runs`,
    );
  }
  const n = rep.units.length;
  const nominal = rep.nominalOutcome.ranks;
  const { ranks, scores } = outcomes;
  const y = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    let sum = 0;
    let cnt = 0;
    for (let u = 0; u < n; u++) {
      const a = ranks[r * n + u]!;
      if (a > 0 && nominal[u]! > 0) {
        sum += Math.abs(a - nominal[u]!);
        cnt++;
      }
    }
    y[r] = cnt ? sum / cnt : NaN;
  }
  const B = opts.bootstrap ?? 100;
  const est = sobolIndices(y, N, k, {
    bootstrap: B,
    rng: mulberry32(seedFor(opts.seed, 'bootstrap')),
  });
  let mean = 0;
  for (let i = 0; i < 2 * N; i++) mean += y[i]!;
  return {
    period: rep.period,
    units: rep.units,
    samples: N,
    runs,
    seed: opts.seed,
    bootstrap: B,
    meta: rep.nominal.meta,
    output: { mean: mean / (2 * N), variance: est.variance },
    indices: rep.resolved.choices.map((c, g) => ({
      choice: c.name,
      first: est.first[g]!,
      firstLow: est.firstLow[g]!,
      firstHigh: est.firstHigh[g]!,
      total: est.total[g]!,
      totalLow: est.totalLow[g]!,
      totalHigh: est.totalHigh[g]!,
    })),
    ...intervals(rep, ranks.subarray(0, 2 * N * n), scores.subarray(0, 2 * N * n), 2 * N),
  };
}

/**
 * First-order and total Sobol indices of each choice of the spec on the mean absolute rank shift,
 * from N(k + 2) seeded runs of Saltelli's design (see `summariseSensitivity`).
 */
export function sensitivity(
  input: EvaluationInput,
  spec: UncertaintySpec,
  opts: { samples: number; seed: number; bootstrap?: number; period?: string },
): SensitivityResult {
  const rep = replicator(input, spec, opts.period);
  const { rows, runs } = sensitivityDesign(rep, opts.samples, opts.seed);
  return summariseSensitivity(rep, runRows(rep, rows, 0, runs), opts);
}
