// The framework tree with weights, for the Method and Methodology pages: each node's weight
// among its siblings and in the whole index, from the framework (expert weights) and, when an
// evaluation is given, under its weighting method. The core's own functions compute them.

import {
  isIndicator,
  type Framework,
  type FrameworkNode,
  type LocalisedName,
} from '@gapscope/core/framework/schema.ts';
import { buildTree, type FrameworkTree } from '@gapscope/core/framework/tree.ts';
import { defaultConfig } from '@gapscope/core/pipeline/config.ts';
import { computeWeights, localFromEffective } from '@gapscope/core/weights/index.ts';

/** One node of the tree as a table row (children nested, as antd's tree tables take them). */
export interface WeightRow {
  key: string;
  id: string;
  name: LocalisedName;
  indicator: boolean;
  /** The weight as the framework writes it. */
  written: number;
  /** Expert weights: among siblings, and in the index (the product along the path to the root). */
  local: number;
  index: number;
  /** Under the evaluated method, when an evaluation is given. */
  localNow: number | null;
  indexNow: number | null;
  node: FrameworkNode;
  children?: WeightRow[];
}

/** What of an evaluation result the weights come from (POST /api/evaluations/run). */
export interface ResultWeights {
  /** Indicator id → weight in the index. */
  weights: Record<string, number>;
}

/** Each node's weight in the index: the product of the local weights on its path to the root. */
export function pathProducts(tree: FrameworkTree, local: Float64Array): Float64Array {
  const out = new Float64Array(tree.ids.length);
  for (let k = tree.ids.length - 1; k >= 0; k--) {
    const p = tree.parent[k]!;
    out[k] = p < 0 ? 1 : local[k]! * out[p]!;
  }
  return out;
}

/** The framework's expert weights: local (siblings sum to 1) and in the index. */
export function expertWeights(tree: FrameworkTree): { local: Float64Array; index: Float64Array } {
  const cfg = { ...defaultConfig().weights, method: 'expert' as const };
  const { local } = computeWeights(tree, cfg, { x: [], active: new Uint8Array(0) });
  return { local, index: pathProducts(tree, local) };
}

/** The tree as nested rows with expert weights and, if given, the evaluated method's. */
export function weightRows(framework: Framework, result?: ResultWeights | null): WeightRow[] {
  const tree = buildTree(framework);
  const expert = expertWeights(tree);
  let now: { local: Float64Array; index: Float64Array } | null = null;
  if (result) {
    const eff = Float64Array.from(tree.indicators.map((i) => result.weights[i.id] ?? 0));
    const local = localFromEffective(tree, eff);
    now = { local, index: pathProducts(tree, local) };
  }
  const row = (node: FrameworkNode): WeightRow => {
    const k = tree.index.get(node.id)!;
    const r: WeightRow = {
      key: node.id,
      id: node.id,
      name: node.name,
      indicator: isIndicator(node),
      written: node.weight,
      local: expert.local[k]!,
      index: expert.index[k]!,
      localNow: now ? now.local[k]! : null,
      indexNow: now ? now.index[k]! : null,
      node,
    };
    if (!isIndicator(node)) r.children = node.children.map(row);
    return r;
  };
  return [row(framework.root)];
}
