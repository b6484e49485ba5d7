// Weighting methods by name, and how indicator weights and node weights derive from each other
// (METHODS.md § Weighting).

import { GapscopeError } from '../errors.ts';
import type { FrameworkTree } from '../framework/tree.ts';
import { minmax } from '../normalise/minmax.ts';
import { mapActive } from '../normalise/types.ts';
import type { PipelineConfig, WeightMethod } from '../pipeline/config.ts';
import { ahp } from './ahp.ts';
import { criticWeights } from './critic.ts';
import { cvWeights } from './cv.ts';
import { entropyWeights } from './entropy.ts';
import { pcaWeights } from './pca.ts';

/** Weights of one evaluation: every node's weight among its siblings, and each indicator's in the index. */
export interface WeightSet {
  /** local[k]: node k's weight among its siblings; siblings sum to 1. */
  local: Float64Array;
  /** effective[j]: indicator j's weight in the whole index; they sum to 1. */
  effective: Float64Array;
  /** Consistency of every AHP matrix used. */
  ahp: { node: string; lambdaMax: number; ci: number; cr: number }[];
}

/** What objective methods read: the period's values entering normalisation, over the active units. */
export interface WeightData {
  x: Float64Array[];
  active: Uint8Array;
}

type Objective = (y: Float64Array[], x: Float64Array[], ids: string[]) => Float64Array;

const objective: Partial<Record<WeightMethod, Objective>> = {
  entropy: (y) => entropyWeights(y),
  critic: (y) => criticWeights(y),
  cv: (_y, x, ids) => cvWeights(x, ids),
  pca: (_y, x, ids) => pcaWeights(x, ids),
};

/** Each indicator's weight in the index: the product of the local weights on its path to the root. */
export function effectiveFromLocal(tree: FrameworkTree, local: Float64Array): Float64Array {
  const n = tree.ids.length;
  const path = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--)
    path[k] = tree.parent[k]! < 0 ? 1 : local[k]! * path[tree.parent[k]!]!;
  return path.slice(0, tree.nIndicators);
}

/** Local weights from indicator weights: a node's weight is the sum of its indicators' (METHODS.md § Weighting). */
export function localFromEffective(tree: FrameworkTree, eff: Float64Array): Float64Array {
  const n = tree.ids.length;
  const sum = new Float64Array(n);
  sum.set(eff);
  for (let k = 0; k < n - 1; k++) sum[tree.parent[k]!]! += sum[k]!;
  const local = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const p = tree.parent[k]!;
    if (p < 0) local[k] = 1;
    else local[k] = sum[p]! > 0 ? sum[k]! / sum[p]! : 1 / tree.children[p]!.length;
  }
  return local;
}

/** The framework's weights, renormalised to sum to 1 within each parent. */
function expertLocal(tree: FrameworkTree): Float64Array {
  const local = new Float64Array(tree.ids.length);
  local[tree.root] = 1;
  for (let p = tree.nIndicators; p < tree.ids.length; p++) {
    const ch = tree.children[p]!;
    let s = 0;
    for (const c of ch) s += tree.weight[c]!;
    for (const c of ch) local[c] = s > 0 ? tree.weight[c]! / s : 1 / ch.length;
  }
  return local;
}

function equalLocal(tree: FrameworkTree): Float64Array {
  const local = new Float64Array(tree.ids.length);
  local[tree.root] = 1;
  for (let p = tree.nIndicators; p < tree.ids.length; p++) {
    for (const c of tree.children[p]!) local[c] = 1 / tree.children[p]!.length;
  }
  return local;
}

function objectiveInputs(
  tree: FrameworkTree,
  data: WeightData,
  js: number[],
): { y: Float64Array[]; x: Float64Array[]; ids: string[] } {
  // Screened-out units take no part: their values are masked as missing.
  const x = js.map((j) => mapActive(data.x[j]!, data.active, (v) => v));
  const y = js.map((j) => minmax(data.x[j]!, data.active, tree.direction[j]!, { params: [0, 1] }));
  return { y, x, ids: js.map((j) => tree.ids[j]!) };
}

function localFor(
  tree: FrameworkTree,
  method: WeightMethod,
  cfg: PipelineConfig['weights'],
  data: WeightData,
  ahpOut: WeightSet['ahp'],
): Float64Array {
  if (method === 'equal') return equalLocal(tree);
  if (method === 'expert') return expertLocal(tree);
  if (method === 'ahp') {
    const local = expertLocal(tree);
    for (const [node, matrix] of Object.entries(cfg.ahp)) {
      const k = tree.index.get(node);
      if (k === undefined || k < tree.nIndicators) {
        throw new GapscopeError(
          'weights.ahp-node',
          `AHP matrix "${node}": no aggregate with that id in the framework`,
        );
      }
      const ch = tree.children[k]!;
      if (matrix.length !== ch.length) {
        throw new GapscopeError(
          'weights.ahp-size',
          `AHP matrix "${node}" is ${matrix.length} × ${matrix.length}, but ${node} has ${ch.length} children (${[...ch].map((c) => tree.ids[c]).join(', ')})`,
        );
      }
      const r = ahp(matrix, node);
      ch.forEach((c, i) => (local[c] = r.weights[i]!));
      ahpOut.push({ node, lambdaMax: r.lambdaMax, ci: r.ci, cr: r.cr });
    }
    return local;
  }
  if (method === 'combined') {
    if (cfg.subjective === 'combined' || cfg.objective === 'combined') {
      throw new GapscopeError(
        'weights.combined-nested',
        'combined weights take two other methods, not "combined"',
      );
    }
    const a = effectiveFromLocal(tree, localFor(tree, cfg.subjective, cfg, data, ahpOut));
    const b = effectiveFromLocal(tree, localFor(tree, cfg.objective, cfg, data, ahpOut));
    const eff = a.map((w, j) => cfg.alpha * w + (1 - cfg.alpha) * b[j]!);
    return localFromEffective(tree, eff);
  }
  const f = objective[method]!;
  if (cfg.scope === 'global') {
    const js = tree.indicators.map((_, j) => j);
    const { y, x, ids } = objectiveInputs(tree, data, js);
    return localFromEffective(tree, f(y, x, ids));
  }
  // scope: domain — among the indicators of each parent; aggregates keep the framework's weights.
  const local = expertLocal(tree);
  for (let p = tree.nIndicators; p < tree.ids.length; p++) {
    const js = [...tree.children[p]!].filter((c) => c < tree.nIndicators);
    if (!js.length) continue;
    const share = js.reduce((s, j) => s + local[j]!, 0);
    const { y, x, ids } = objectiveInputs(tree, data, js);
    const w = f(y, x, ids);
    js.forEach((j, i) => (local[j] = w[i]! * share));
  }
  return local;
}

/** Computes the weights of one period under the configured method. */
export function computeWeights(
  tree: FrameworkTree,
  cfg: PipelineConfig['weights'],
  data: WeightData,
): WeightSet {
  const ahpOut: WeightSet['ahp'] = [];
  const local = localFor(tree, cfg.method, cfg, data, ahpOut);
  return { local, effective: effectiveFromLocal(tree, local), ahp: ahpOut };
}
