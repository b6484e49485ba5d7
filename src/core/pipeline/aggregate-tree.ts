// Steps 7: aggregation level by level up the framework's tree, each aggregate from its direct
// children with their weights, a level's own method, and the aggregate's minimum share.

import { aggregators } from '../aggregate/index.ts';
import type { FrameworkTree } from '../framework/tree.ts';
import type { AggregateMethod, PipelineConfig } from './config.ts';

/** An aggregate that lacked the framework's minimum share of children for a unit. */
export interface Flagged {
  period: string;
  unit: string;
  node: string;
  share: number;
}

/** The aggregation method of each node (by node index; '' for indicators). */
export function methodsByNode(tree: FrameworkTree, cfg: PipelineConfig['aggregate']): string[] {
  return tree.ids.map((_, k) =>
    k < tree.nIndicators ? '' : (cfg.levels[String(tree.level[k])] ?? cfg.method),
  );
}

/**
 * Every node's scores for one period: the normalised indicator columns, then each aggregate in
 * tree order (METHODS.md § Aggregation). Aggregates short of their `minShare` get NaN and are
 * added to `flagged`.
 */
export function aggregateTree(
  tree: FrameworkTree,
  normalised: Float64Array[],
  local: Float64Array,
  methods: string[],
  units: string[],
  period: string,
  flagged: Flagged[],
  /** Per node, the units it does not apply to: not counted in an aggregate's minimum share. */
  notApplicable: readonly (Uint8Array | null)[] = [],
): Float64Array[] {
  const n = units.length;
  const scores: Float64Array[] = [...normalised];
  for (let k = tree.nIndicators; k < tree.ids.length; k++) {
    const ch = tree.children[k]!;
    const cols = [...ch].map((c) => scores[c]!);
    const w = Float64Array.from(ch, (c) => local[c]!);
    const out = new Float64Array(n);
    const node = tree.aggregates[k - tree.nIndicators]!;
    aggregators[methods[k] as AggregateMethod](cols, w, out, {
      node: node.id,
      children: [...ch].map((c) => tree.ids[c]!),
      units,
    });
    if (node.minShare !== undefined) {
      for (let u = 0; u < n; u++) {
        let have = 0;
        let applies = 0;
        ch.forEach((c, i) => {
          if (notApplicable[c]?.[u] === 1) return;
          applies++;
          if (cols[i]![u] === cols[i]![u]) have++;
        });
        const share = applies ? have / applies : 0;
        if (out[u] === out[u] && share < node.minShare) {
          out[u] = NaN;
          flagged.push({ period, unit: units[u]!, node: node.id, share });
        }
      }
    }
    scores.push(out);
  }
  return scores;
}
