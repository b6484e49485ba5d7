// One replication of the pipeline under drawn choices. What does not change between replications
// — extraction, denomination, imputation and screening, per imputation method and left-out
// indicator — is computed once by evaluate() itself; each replication then runs evaluate() on
// those imputed values, so its numbers are exactly those of a full evaluation with its choices.

import type { Dataset } from '../data/dataset.ts';
import { GapscopeError } from '../errors.ts';
import {
  isIndicator,
  type AggregateNode,
  type Framework,
  type FrameworkNode,
} from '../framework/schema.ts';
import { buildTree } from '../framework/tree.ts';
import type { PipelineConfig, PipelineConfigInput } from '../pipeline/config.ts';
import { denominate, extractRaw } from '../pipeline/denominate.ts';
import { evaluate, type Evaluation, type EvaluationInput } from '../pipeline/evaluate.ts';
import {
  resolveSpec,
  weightSet,
  type ReplicationChoices,
  type ResolvedSpec,
  type UncertaintySpec,
} from './spec.ts';

/** The index scores and ranks (1 best, 0 no score) of the evaluated units in one replication. */
export interface Outcome {
  scores: Float64Array;
  ranks: Int32Array;
}

/** A replication that could not run (its choices do not combine on these data). */
export interface FailedReplication {
  replication: number;
  choices: ReplicationChoices;
  message: string;
}

/**
 * The outcomes of replications from..to − 1: their choices, and replication r's ranks and scores
 * at (r − from)·n.
 */
export interface Outcomes {
  choices: ReplicationChoices[];
  ranks: Int32Array;
  scores: Float64Array;
  failed: FailedReplication[];
}

/** Runs replications of one evaluation's period under the choices of a spec. */
export interface Replicator {
  period: string;
  units: string[];
  resolved: ResolvedSpec;
  /** The evaluation as given (every period), and its outcome in `period`. */
  nominal: Evaluation;
  nominalOutcome: Outcome;
  /** Runs the pipeline with one replication's settings; a GapscopeError if they do not combine. */
  run(choices: ReplicationChoices): Outcome;
}

/** The framework without one indicator; an aggregate left without children goes too. */
export function withoutIndicator(framework: Framework, id: string): Framework {
  const prune = (node: AggregateNode): AggregateNode | null => {
    const children: FrameworkNode[] = [];
    for (const c of node.children) {
      if (c.id === id) continue;
      const kept = isIndicator(c) ? c : prune(c);
      if (kept) children.push(kept);
    }
    return children.length ? { ...node, children } : null;
  };
  const root = prune(framework.root);
  if (!root) {
    throw new GapscopeError(
      'uncertainty.drop',
      `cannot leave out ${id}: it is the framework's only indicator`,
    );
  }
  return { ...framework, root };
}

/** The framework with every node's weight replaced by weightOf(id, weight). */
export function reweighted(
  framework: Framework,
  weightOf: (id: string, weight: number) => number,
): Framework {
  const walk = (node: AggregateNode): AggregateNode => ({
    ...node,
    children: node.children.map((c) =>
      isIndicator(c)
        ? { ...c, weight: weightOf(c.id, c.weight) }
        : { ...walk(c), weight: weightOf(c.id, c.weight) },
    ),
  });
  return { ...framework, root: walk(framework.root) };
}

/** Index outcome of one period of an evaluation. */
function outcomeOf(ev: Evaluation, period: string): Outcome {
  const p = ev.periods.find((x) => x.period === period)!;
  return { scores: p.scores[ev.tree.root]!, ranks: p.rank(ev.tree.root) };
}

/**
 * Prepares replications of `period` (default: the input's period, else the latest evaluated).
 * The nominal evaluation is `evaluate(input)` as given, provenance included.
 */
export function replicator(
  input: EvaluationInput,
  spec: UncertaintySpec,
  period?: string,
): Replicator {
  const nominal = evaluate(input);
  const at = period ?? input.period ?? nominal.periods[nominal.periods.length - 1]?.period;
  if (at === undefined || !nominal.periods.some((p) => p.period === at)) {
    throw new GapscopeError(
      'evaluate.no-period',
      `no results for period ${at ?? '(none)'}; evaluated: ${nominal.periods.map((p) => p.period).join(', ') || 'none'}`,
    );
  }
  const cfg: PipelineConfig = nominal.meta.config;
  const resolved = resolveSpec(spec, nominal.tree);
  const normalisations = [cfg.normalise.method, ...(spec.normalise ?? [])].map((a) =>
    typeof a === 'string' ? a : a.method,
  );
  // Pooled min–max needs every period's values; the other methods need only `at`.
  const pooled = normalisations.includes('minmax-pooled');
  const units = nominal.units;

  // The reference unit of `reference` normalisation keeps its denominated values, as in evaluate().
  let reference: { code: string } | null = null;
  if (normalisations.includes('reference')) {
    const code = cfg.normalise.reference ?? input.data.units.find((u) => !units.includes(u));
    const idx = code === undefined ? -1 : input.data.units.indexOf(code);
    if (code === undefined || idx < 0) {
      throw new GapscopeError(
        'normalise.no-reference',
        `reference normalisation needs a reference unit in the data${code ? ` (${code} is not there)` : ''}`,
      );
    }
    reference = { code };
  }

  const frameworks = new Map<string, Framework>();
  const frameworkFor = (drop: string | null): Framework => {
    if (drop === null) return input.framework;
    let fw = frameworks.get(drop);
    if (!fw) frameworks.set(drop, (fw = withoutIndicator(input.framework, drop)));
    return fw;
  };

  // Imputed values per (imputation method, left-out indicator); screened-out units are blanked so
  // that screening the imputed values reproduces the nominal screening on either basis.
  const prepared = new Map<string, Dataset>();
  const dataFor = (method: PipelineConfig['impute']['method'], drop: string | null): Dataset => {
    const key = `${method}\u0000${drop ?? ''}`;
    const hit = prepared.get(key);
    if (hit) return hit;
    const framework = frameworkFor(drop);
    const ev = evaluate({
      ...input,
      framework,
      config: { ...cfg, impute: { ...cfg.impute, method } },
      only: pooled ? undefined : at,
      provenance: false,
    });
    const series = ev.tree.indicators.map((i) => i.id);
    const periods = ev.periods.map((p) => p.period);
    const values = ev.periods.map((p) =>
      p.stages.imputed.map((col) => {
        if (p.active.every((a) => a === 1)) return col;
        const out = col.slice();
        for (let u = 0; u < out.length; u++) if (!p.active[u]) out[u] = NaN;
        return out;
      }),
    );
    let unitList = units;
    if (reference) {
      const tree = buildTree(framework);
      const refIdx = Int32Array.of(input.data.units.indexOf(reference.code));
      const sub: Dataset = {
        ...input.data,
        periods,
        values: periods.map((c) => input.data.values[input.data.periods.indexOf(c)]!),
      };
      const raw = extractRaw(sub, tree, refIdx, 1);
      const frames = cfg.denominate ? denominate(raw, sub, tree, refIdx, [reference.code]) : raw;
      values.forEach((cols, p) =>
        cols.forEach((col, j) => {
          const ext = new Float64Array(col.length + 1);
          ext.set(col);
          ext[col.length] = frames[p]!.cols[j]![0]!;
          cols[j] = ext;
        }),
      );
      unitList = [...units, reference.code];
    }
    const data: Dataset = { units: unitList, series, periods, values, attrs: {} };
    prepared.set(key, data);
    return data;
  };

  const run = (choices: ReplicationChoices): Outcome => {
    const drop = choices.drop ?? null;
    const data = dataFor(choices.impute ?? cfg.impute.method, drop);
    let framework = frameworkFor(drop);
    const set = weightSet(spec, choices.weights?.set);
    const factors = choices.weights?.factors;
    if (set?.weights || factors) {
      const factor = new Map<string, number>();
      if (factors) resolved.perturbed.forEach((id, i) => factor.set(id, factors[i]!));
      framework = reweighted(
        framework,
        (id, w) => (set?.weights?.[id] ?? w) * (factor.get(id) ?? 1),
      );
    }
    const n = choices.normalise;
    const config: PipelineConfigInput = {
      ...cfg,
      denominate: false,
      impute: { method: 'none', group: cfg.impute.group },
      screen: { threshold: cfg.screen.threshold, basis: 'imputed' },
      treat: {
        ...cfg.treat,
        method: choices.treat ?? cfg.treat.method,
        maxCells: choices.maxCells ?? cfg.treat.maxCells,
      },
      normalise: n
        ? {
            method: n.method,
            params:
              n.params ?? (n.method === cfg.normalise.method ? cfg.normalise.params : undefined),
            reference: reference?.code,
          }
        : { ...cfg.normalise, reference: reference?.code ?? cfg.normalise.reference },
      weights: set?.method ? { ...cfg.weights, method: set.method } : cfg.weights,
      aggregate: choices.aggregate ? { method: choices.aggregate, levels: {} } : cfg.aggregate,
      compare: undefined,
    };
    const ev = evaluate({
      framework,
      data,
      config,
      units: reference ? units : undefined,
      period: at,
      only: pooled ? at : undefined,
      provenance: false,
    });
    return outcomeOf(ev, at);
  };

  return {
    period: at,
    units,
    resolved,
    nominal,
    nominalOutcome: outcomeOf(nominal, at),
    run,
  };
}

/**
 * Runs replications [from, to) of a sample of uniform rows (row r at r·dims), each with the
 * choices its row decodes to. A replication whose choices do not combine (a GapscopeError, e.g. a
 * geometric mean meeting a 0) is listed in `failed` with rank 0 and NaN scores; any other error is
 * a bug and propagates.
 */
export function runRows(rep: Replicator, rows: Float64Array, from: number, to: number): Outcomes {
  const n = rep.units.length;
  const { dims, decode } = rep.resolved;
  const out: Outcomes = {
    choices: [],
    ranks: new Int32Array((to - from) * n),
    scores: new Float64Array((to - from) * n),
    failed: [],
  };
  for (let r = from; r < to; r++) {
    const c = decode(rows, r * dims);
    const at = (r - from) * n;
    out.choices.push(c);
    try {
      const o = rep.run(c);
      out.ranks.set(o.ranks, at);
      out.scores.set(o.scores, at);
    } catch (e) {
      if (!(e instanceof GapscopeError)) throw e;
      out.scores.fill(NaN, at, at + n);
      out.failed.push({ replication: r, choices: c, message: e.message });
    }
  }
  return out;
}
