// The evaluation pipeline: (data, framework, method choices) → scores, ranks and tiers at every level.
// Pure and deterministic; the same code runs in the server, the CLI and the browser.

import { coupling, couplingOutOfRange } from '../aggregate/coupling.ts';
import type { Dataset } from '../data/dataset.ts';
import { parsePeriod, periodKind } from '../data/period.ts';
import { GapscopeError } from '../errors.ts';
import type { Framework } from '../framework/schema.ts';
import { buildTree, type FrameworkTree } from '../framework/tree.ts';
import { imputers } from '../impute/index.ts';
import { rankScores } from '../outputs/rank.ts';
import { assignTiers } from '../outputs/tiers.ts';
import { provenance, type HasherFactory, type Provenance } from '../provenance.ts';
import { treatments, type Treatment } from '../treat/index.ts';
import { SOFTWARE } from '../version.ts';
import { computeWeights, type WeightSet } from '../weights/index.ts';
import { PipelineConfigSchema, type PipelineConfig, type PipelineConfigInput } from './config.ts';
import { aggregateTree, methodsByNode, type Flagged } from './aggregate-tree.ts';
import { denominate, extractRaw } from './denominate.ts';
import { normaliseStep } from './normalise-step.ts';
import type { Frame } from './frame.ts';
import { screen, type ScreenedOut } from './screen.ts';
import {
  notApplicableMasks,
  unimputeNotApplicable,
  withoutNotApplicable,
  type NotApplicable,
} from './not-applicable.ts';

export type { Flagged } from './aggregate-tree.ts';

/** What to evaluate. */
export interface EvaluationInput {
  framework: Framework;
  data: Dataset;
  config?: PipelineConfigInput;
  /** The units to score (codes); default every unit of the data. The rest may serve as reference. */
  units?: string[];
  /** Evaluate the periods of this period's kind (year, quarter, ytd quarter, month); default: years if any. */
  period?: string;
  /** When the data came from the store: the moment it stood as. */
  asOf?: string | null;
  hasher?: HasherFactory;
  /**
   * False skips hashing the inputs (Monte Carlo replications, what-if searches): `meta.inputsHash`
   * and `meta.hash` are then ''. Default true.
   */
  provenance?: boolean;
  /**
   * Treat, normalise, weight and aggregate this one period only. Denomination, imputation and
   * screening still run on every period of its kind (interpolation needs them), and so does outlier
   * treatment under `minmax-pooled`; the numbers are those of a full evaluation.
   */
  only?: string;
}

/** Everything one period's evaluation produced. Columns are indexed like the framework tree. */
export interface PeriodResult {
  period: string;
  /** The indicator columns after each step, shared where a step changed nothing. */
  stages: {
    raw: Float64Array[];
    denominated: Float64Array[];
    imputed: Float64Array[];
    treated: Float64Array[];
  };
  /** Per indicator, 1 for each imputed cell (null when none was). */
  imputedFlags: (Uint8Array | null)[];
  /**
   * Per node (indicators first), 1 for each unit the node does not apply to (null: applies to all);
   * the same in every period (METHODS.md § Not applicable).
   */
  notApplicable: NotApplicable;
  /** 1 for units that passed screening. */
  active: Uint8Array;
  treatment: Treatment[];
  weights: WeightSet;
  /** scores[k]: normalised values for indicators (k < nIndicators), aggregate scores for the rest. */
  scores: Float64Array[];
  /** Ranks of node k's scores (1 best, 0 no score), computed on first use and kept. */
  rank: (k: number) => Int32Array;
  /** Tier of the index score, 1 best, 0 none. */
  tiers: Int32Array;
  /** Coupling coordination over the root's children (the domains): C, T and D in [0, 1]. */
  coupling: { C: Float64Array; T: Float64Array; D: Float64Array };
  /** Aggregation method used at each aggregate node (by node index; '' for indicators). */
  methods: string[];
}

/** An evaluation: its provenance, the tree it ran on, and a result per period. */
export interface Evaluation {
  meta: Provenance;
  tree: FrameworkTree;
  units: string[];
  periods: PeriodResult[];
  screened: ScreenedOut[];
  flagged: Flagged[];
  warnings: string[];
}

function selectPeriods(data: Dataset, period: string | undefined): number[] {
  const parsed = data.periods.map(parsePeriod);
  let kind: string;
  if (period !== undefined) {
    const p = parsePeriod(period);
    if (!data.periods.includes(p.code)) {
      throw new GapscopeError(
        'evaluate.no-period',
        `the data has no period ${period} (it has ${data.periods.join(', ') || 'none'})`,
      );
    }
    kind = periodKind(p);
  } else {
    kind = parsed.some((p) => p.frequency === 'year')
      ? 'year'
      : parsed.length
        ? periodKind(parsed[parsed.length - 1]!)
        : 'year';
  }
  return parsed.flatMap((p, k) => (periodKind(p) === kind ? [k] : []));
}

/** Ranks per node, computed when first asked for: a 500,000-unit evaluation ranks only what is read. */
function memoRanks(scores: Float64Array[]): (k: number) => Int32Array {
  const cache: (Int32Array | undefined)[] = [];
  return (k) => (cache[k] ??= rankScores(scores[k]!));
}

/** Runs the whole pipeline of METHODS.md over every period of one kind. */
export function evaluate(input: EvaluationInput): Evaluation {
  const cfg: PipelineConfig = PipelineConfigSchema.parse(input.config ?? {});
  const tree = buildTree(input.framework);
  const full = input.data;
  const warnings: string[] = [];

  // The evaluated units and periods.
  const unitPos = new Map(full.units.map((u, k) => [u, k]));
  let unitIdx: Int32Array | null = null;
  const units = input.units ?? full.units;
  if (input.units) {
    unitIdx = Int32Array.from(input.units, (u) => {
      const k = unitPos.get(u);
      if (k === undefined)
        throw new GapscopeError('evaluate.unknown-unit', `unit ${u} is not in the data`);
      return k;
    });
  }
  const pIdx = selectPeriods(full, input.period);
  const data: Dataset = {
    ...full,
    periods: pIdx.map((p) => full.periods[p]!),
    values: pIdx.map((p) => full.values[p]!),
  };
  const n = units.length;
  for (const ind of tree.indicators) {
    if (!full.series.includes(ind.id))
      warnings.push(`the data has no values of indicator ${ind.id}`);
  }

  // 1–2. Denominate and impute; cells an indicator does not apply to are set aside first.
  const raw = extractRaw(data, tree, unitIdx, n);
  const notApplicable = notApplicableMasks(tree, units);
  const { frames: denominated, setAside } = withoutNotApplicable(
    cfg.denominate ? denominate(raw, data, tree, unitIdx, units) : raw,
    notApplicable,
    units,
  );
  for (const [j, set] of setAside) {
    const list = [...set].sort();
    warnings.push(
      `${tree.indicators[j]!.id} does not apply to ${list.join(', ')}: ${list.length === 1 ? 'its value is' : 'their values are'} not used`,
    );
  }
  let groups: Int32Array | null = null;
  if (cfg.impute.method === 'group-mean' || cfg.impute.method === 'group-median') {
    const attr = full.attrs[cfg.impute.group];
    if (!attr) {
      throw new GapscopeError(
        'impute.no-group',
        `imputation by group needs the unit attribute "${cfg.impute.group}"; the data has ${Object.keys(full.attrs).join(', ') || 'none'}`,
      );
    }
    const names = new Map<string, number>();
    groups = Int32Array.from(units, (_u, i) => {
      const g = attr[unitIdx ? unitIdx[i]! : i];
      if (g === null || g === undefined || g === '') return -1;
      if (!names.has(g)) names.set(g, names.size);
      return names.get(g)!;
    });
  }
  const times = data.periods.map((p) => parsePeriod(p).time);
  const imputed = imputers[cfg.impute.method](denominated, { groups, times });
  unimputeNotApplicable(imputed.frames, imputed.flags, notApplicable);

  // 3. Screen.
  const basis = cfg.screen.basis === 'observed' ? denominated : imputed.frames;
  const { active, removed } = screen(basis, cfg.screen.threshold, units, notApplicable);
  const all = data.periods.map((_, p) => p);
  let keep: number[] | null = null;
  if (input.only !== undefined) {
    const k = data.periods.indexOf(parsePeriod(input.only).code);
    if (k < 0) {
      throw new GapscopeError(
        'evaluate.no-period',
        `cannot evaluate only ${input.only}: the evaluated periods are ${data.periods.join(', ') || 'none'}`,
      );
    }
    keep = [k];
  }

  // 4. Treat outliers (every period under pooled min–max, which needs them all).
  const treat = treatments[cfg.treat.method];
  const opts = {
    maxCells: cfg.treat.maxCells,
    skew: cfg.treat.skew,
    kurtosis: cfg.treat.kurtosis,
    clip: cfg.treat.clip,
  };
  const treatRun = keep && cfg.normalise.method !== 'minmax-pooled' ? keep : all;
  const treatedAll: { p: number; frame: Frame; reports: Treatment[] }[] = treatRun.map((p) => {
    const frame = imputed.frames[p]!;
    const reports: Treatment[] = [];
    const cols = frame.cols.map((col) => {
      const r = treat(col, active[p]!, opts);
      reports.push(r.report);
      return r.values;
    });
    return { p, frame: { period: frame.period, cols }, reports };
  });

  // 5. Normalise.
  const treated = keep ? treatedAll.filter((t) => keep.includes(t.p)) : treatedAll;
  const normalised = normaliseStep(
    cfg,
    tree,
    treated,
    treatedAll,
    active,
    { ...full, periods: data.periods, values: data.values },
    units,
  );

  // 6–8. Weight, aggregate, rank.
  const fixedWeights = ['equal', 'expert', 'ahp'].includes(cfg.weights.method)
    ? computeWeights(tree, cfg.weights, { x: [], active: new Uint8Array(0) })
    : null;
  const flagged: Flagged[] = [];
  const methods = methodsByNode(tree, cfg.aggregate);
  const periods: PeriodResult[] = treated.map((t, i) => {
    const p = t.p;
    const weights =
      fixedWeights ?? computeWeights(tree, cfg.weights, { x: t.frame.cols, active: active[p]! });
    const scores = aggregateTree(
      tree,
      normalised[i]!,
      weights.local,
      methods,
      units,
      t.frame.period,
      flagged,
      notApplicable,
    );
    const rank = memoRanks(scores);
    const root = scores[tree.root]!;
    const domains = [...tree.children[tree.root]!].map((c) => scores[c]!);
    const cc = {
      C: new Float64Array(n).fill(NaN),
      T: new Float64Array(n).fill(NaN),
      D: new Float64Array(n).fill(NaN),
    };
    // Coupling coordination is defined on 0–100 scores; on others (z-scores) it is left out.
    if (couplingOutOfRange(domains)) {
      if (i === 0)
        warnings.push(
          `coupling coordination is not computed: domain scores fall outside 0–100 under ${cfg.normalise.method} normalisation`,
        );
    } else coupling(domains, null, cc);
    return {
      period: t.frame.period,
      stages: {
        raw: raw[p]!.cols,
        denominated: denominated[p]!.cols,
        imputed: imputed.frames[p]!.cols,
        treated: t.frame.cols,
      },
      imputedFlags: imputed.flags[p]!,
      notApplicable,
      active: active[p]!,
      treatment: t.reports,
      weights,
      scores,
      rank,
      tiers: assignTiers(root, rank(tree.root), cfg.tiers),
      coupling: cc,
      methods,
    };
  });

  return {
    meta:
      input.provenance === false
        ? {
            software: { ...SOFTWARE },
            framework: { id: input.framework.id, version: input.framework.version },
            config: cfg,
            asOf: input.asOf ?? null,
            inputsHash: '',
            hash: '',
          }
        : provenance(input.framework, full, cfg, input.asOf ?? null, input.hasher),
    tree,
    units,
    periods,
    screened: keep ? removed.filter((r) => r.period === data.periods[keep[0]!]) : removed,
    flagged,
    warnings,
  };
}
