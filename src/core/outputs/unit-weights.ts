// Each indicator's weight in each unit's index, renormalised where the unit lacks values exactly
// as aggregation did (METHODS.md § Aggregation: missing children are dropped level by level).

import type { FrameworkTree } from '../framework/tree.ts';

/**
 * W[j][u]: indicator j's weight in unit u's index score. For a unit with every value it is the
 * indicator's weight in the index; the W of a unit's indicators with a value sum to 1.
 */
export function unitIndicatorWeights(
  tree: FrameworkTree,
  local: Float64Array,
  scores: Float64Array[],
): Float64Array[] {
  const n = scores[0]?.length ?? 0;
  const W: Float64Array[] = tree.ids.map(() => new Float64Array(n));
  const root = tree.root;
  for (let u = 0; u < n; u++) W[root]![u] = scores[root]![u]! === scores[root]![u]! ? 1 : 0;
  for (let k = root; k >= tree.nIndicators; k--) {
    const ch = tree.children[k]!;
    for (let u = 0; u < n; u++) {
      const wk = W[k]![u]!;
      let sum = 0;
      for (const c of ch) if (scores[c]![u] === scores[c]![u]) sum += local[c]!;
      for (const c of ch) {
        const present = scores[c]![u] === scores[c]![u];
        W[c]![u] = present && sum > 0 ? (wk * local[c]!) / sum : 0;
      }
    }
  }
  return W.slice(0, tree.nIndicators);
}
