// Uncertainty analysis: Monte Carlo over the pipeline's uncertain choices, giving each unit's
// nominal, median, 5 % and 95 % rank and score (METHODS.md § Uncertainty and sensitivity).

import { GapscopeError } from '../errors.ts';
import type { EvaluationInput } from '../pipeline/evaluate.ts';
import { mulberry32, seedFor } from '../random.ts';
import type { Provenance } from '../provenance.ts';
import { quantileSorted } from '../stats/quantile.ts';
import {
  replicator,
  runRows,
  type FailedReplication,
  type Outcomes,
  type Replicator,
} from './replicate.ts';
import type { ReplicationChoices, UncertaintySpec } from './spec.ts';

export type { FailedReplication } from './replicate.ts';

/** Per unit (like `units`): the nominal value and the median, 5 % and 95 % quantiles. */
export interface Interval {
  nominal: Float64Array;
  median: Float64Array;
  p5: Float64Array;
  p95: Float64Array;
}

export interface UncertaintyResult {
  period: string;
  units: string[];
  runs: number;
  seed: number;
  /** The choices that varied, in sample-column order. */
  choiceNames: string[];
  /** The nominal evaluation's provenance. */
  meta: Provenance;
  /** Ranks: 1 best; quantiles over the replications in which the unit has a score (NaN: never). */
  rank: Interval;
  score: Interval;
  /** Each replication's settings, and its index ranks and scores (row r: units in order). */
  replications: { choices: ReplicationChoices[]; ranks: Int32Array; scores: Float64Array };
  failed: FailedReplication[];
}

/** Median, 5 % and 95 % quantiles (R type 7) of each column of a runs × n matrix, over valid cells. */
function columnQuantiles(
  m: Float64Array,
  runs: number,
  n: number,
  valid: (v: number) => boolean,
): { median: Float64Array; p5: Float64Array; p95: Float64Array } {
  const median = new Float64Array(n);
  const p5 = new Float64Array(n);
  const p95 = new Float64Array(n);
  const col = new Float64Array(runs);
  for (let u = 0; u < n; u++) {
    let k = 0;
    for (let r = 0; r < runs; r++) {
      const v = m[r * n + u]!;
      if (valid(v)) col[k++] = v;
    }
    const sorted = col.subarray(0, k).sort();
    median[u] = quantileSorted(sorted, 0.5);
    p5[u] = quantileSorted(sorted, 0.05);
    p95[u] = quantileSorted(sorted, 0.95);
  }
  return { median, p5, p95 };
}

/**
 * The same for ranks (whole numbers 1..n, 0 = none) by counting instead of sorting: the k-th
 * smallest rank is read off the cumulative counts, so each unit costs O(runs + n).
 */
function rankQuantiles(
  m: Int32Array,
  runs: number,
  n: number,
): { median: Float64Array; p5: Float64Array; p95: Float64Array } {
  const median = new Float64Array(n);
  const p5 = new Float64Array(n);
  const p95 = new Float64Array(n);
  const count = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    count.fill(0);
    let k = 0;
    for (let r = 0; r < runs; r++) {
      const v = m[r * n + u]!;
      if (v > 0) {
        count[v]!++;
        k++;
      }
    }
    // The i-th smallest (0-based) of the ranks counted.
    const nth = (i: number): number => {
      let seen = 0;
      for (let v = 1; v <= n; v++) {
        seen += count[v]!;
        if (seen > i) return v;
      }
      return NaN;
    };
    const q = (p: number): number => {
      if (k === 0) return NaN;
      const h = (k - 1) * p;
      const lo = Math.floor(h);
      const a = nth(lo);
      return h === lo ? a : a + (h - lo) * (nth(lo + 1) - a);
    };
    median[u] = q(0.5);
    p5[u] = q(0.05);
    p95[u] = q(0.95);
  }
  return { median, p5, p95 };
}

/** Quantile summaries of a runs × n outcome: ranks count where > 0, scores where finite. */
export function intervals(
  rep: Replicator,
  ranks: Int32Array,
  scores: Float64Array,
  runs: number,
): { rank: Interval; score: Interval } {
  const n = rep.units.length;
  const nominal = rep.nominalOutcome;
  return {
    rank: {
      nominal: Float64Array.from(nominal.ranks, (r) => (r > 0 ? r : NaN)),
      ...rankQuantiles(ranks, runs, n),
    },
    score: {
      nominal: Float64Array.from(nominal.scores),
      ...columnQuantiles(scores, runs, n, (v) => v === v),
    },
  };
}

/** The uniforms of a Monte Carlo run: `runs` rows of `dims`, drawn row by row from mulberry32. */
export function monteCarloRows(dims: number, runs: number, seed: number): Float64Array {
  const rng = mulberry32(seedFor(seed, 'uncertainty'));
  const rows = new Float64Array(runs * dims);
  for (let i = 0; i < rows.length; i++) rows[i] = rng();
  return rows;
}

/** Checks the number of runs. */
export function checkRuns(runs: number): void {
  if (!Number.isInteger(runs) || runs < 1) {
    throw new GapscopeError(
      'uncertainty.runs',
      `the number of runs must be a whole number ≥ 1; got ${runs}`,
    );
  }
}

/** The result of a Monte Carlo run from its replications' outcomes. */
export function summariseUncertainty(
  rep: Replicator,
  outcomes: Outcomes,
  seed: number,
): UncertaintyResult {
  const runs = outcomes.choices.length;
  return {
    period: rep.period,
    units: rep.units,
    runs,
    seed,
    choiceNames: rep.resolved.choices.map((c) => c.name),
    meta: rep.nominal.meta,
    ...intervals(rep, outcomes.ranks, outcomes.scores, runs),
    replications: {
      choices: outcomes.choices,
      ranks: outcomes.ranks,
      scores: outcomes.scores,
    },
    failed: outcomes.failed,
  };
}

/**
 * Runs `runs` replications, each with choices drawn independently and uniformly from the spec by
 * a mulberry32 stream seeded from `seed` (the same seed gives the same numbers), and summarises
 * each unit's index rank and score: nominal, median, 5 % and 95 % quantiles (R type 7). A
 * replication whose choices fail (e.g. a geometric mean of a zero) is listed in `failed` and left
 * out of the quantiles, as COINr leaves a failed regeneration's results missing.
 */
export function uncertainty(
  input: EvaluationInput,
  spec: UncertaintySpec,
  opts: { runs: number; seed: number; period?: string },
): UncertaintyResult {
  checkRuns(opts.runs);
  const rep = replicator(input, spec, opts.period);
  const rows = monteCarloRows(rep.resolved.dims, opts.runs, opts.seed);
  return summariseUncertainty(rep, runRows(rep, rows, 0, opts.runs), opts.seed);
}
