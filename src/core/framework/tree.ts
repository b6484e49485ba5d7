// The framework flattened for computation: indicators first (index j), then aggregates in the order
// they are computed (children before parents), with parent links and COINr-style levels.

import { isIndicator, type AggregateNode, type Framework, type IndicatorNode } from './schema.ts';

/** A flattened framework. Node k < nIndicators is indicator k. */
export interface FrameworkTree {
  framework: Framework;
  /** Every node id; indicators first, then aggregates from the lowest level up, the root last. */
  ids: string[];
  indicators: IndicatorNode[];
  aggregates: AggregateNode[];
  nIndicators: number;
  /** Index of each node's parent; −1 for the root. */
  parent: Int32Array;
  /** 1 for indicators; an aggregate is one above its highest child (COINr's Level). */
  level: Int32Array;
  /** For each node, the indices of its children (empty for indicators). */
  children: Int32Array[];
  /** The framework's weight of each node, as written (not normalised). */
  weight: Float64Array;
  /** +1 or −1 for indicators, 0 for aggregates. */
  direction: Int8Array;
  root: number;
  index: Map<string, number>;
}

/** Flattens a validated framework. */
export function buildTree(framework: Framework): FrameworkTree {
  const indicators: IndicatorNode[] = [];
  const aggs: { node: AggregateNode; level: number }[] = [];
  const levelOf = (node: AggregateNode): number => {
    let lv = 1;
    for (const c of node.children) {
      if (isIndicator(c)) indicators.push(c);
      else lv = Math.max(lv, levelOf(c));
    }
    const level = lv + 1;
    aggs.push({ node, level });
    return level;
  };
  levelOf(framework.root);
  // Stable by level: children come before parents, and siblings keep their written order.
  const order = aggs.map((a, k) => ({ ...a, k })).sort((a, b) => a.level - b.level || a.k - b.k);
  const aggregates = order.map((a) => a.node);
  const ids = [...indicators.map((n) => n.id), ...aggregates.map((n) => n.id)];
  const n = ids.length;
  const index = new Map(ids.map((id, k) => [id, k]));
  const parent = new Int32Array(n).fill(-1);
  const level = new Int32Array(n).fill(1);
  const weight = new Float64Array(n);
  const direction = new Int8Array(n);
  const children: Int32Array[] = ids.map(() => new Int32Array(0));
  indicators.forEach((ind, j) => {
    weight[j] = ind.weight;
    direction[j] = ind.direction;
  });
  order.forEach((a, k) => {
    const self = indicators.length + k;
    level[self] = a.level;
    weight[self] = a.node.weight;
    children[self] = Int32Array.from(a.node.children.map((c) => index.get(c.id)!));
    for (const c of children[self]) parent[c] = self;
  });
  return {
    framework,
    ids,
    indicators,
    aggregates,
    nIndicators: indicators.length,
    parent,
    level,
    children,
    weight,
    direction,
    root: n - 1,
    index,
  };
}

/** The top-level children of the root (the domains of a 2-level index). */
export function domainsOf(tree: FrameworkTree): Int32Array {
  return tree.children[tree.root]!;
}
