// Cells an indicator does not apply to (METHODS.md § Not applicable): a village indicator in a
// district without administrative villages is not missing — there is nothing to measure — so it
// is never imputed, does not count against the unit in screening or in an aggregate's minimum
// share, and its weight goes to the unit's other indicators of the same aggregate.

import type { FrameworkTree } from '../framework/tree.ts';
import type { Frame } from './frame.ts';

/** Per node of the tree, 1 for each unit the node does not apply to; null when it applies to all. */
export type NotApplicable = (Uint8Array | null)[];

/**
 * Which units each node does not apply to: an indicator by its framework declaration
 * (`notApplicable.units`), an aggregate when none of its children applies.
 */
export function notApplicableMasks(tree: FrameworkTree, units: readonly string[]): NotApplicable {
  const index = new Map(units.map((u, i) => [u, i]));
  const masks: NotApplicable = tree.indicators.map((ind) => {
    const listed = ind.notApplicable?.units ?? [];
    const at = listed.flatMap((u) => index.get(u) ?? []);
    if (!at.length) return null;
    const mask = new Uint8Array(units.length);
    for (const i of at) mask[i] = 1;
    return mask;
  });
  for (let k = tree.nIndicators; k < tree.ids.length; k++) {
    const children = [...tree.children[k]!].map((c) => masks[c] ?? null);
    if (children.some((m) => m === null)) {
      masks.push(null);
      continue;
    }
    const mask = new Uint8Array(units.length);
    let any = 0;
    for (let u = 0; u < units.length; u++) {
      mask[u] = children.every((m) => m![u] === 1) ? 1 : 0;
      any |= mask[u]!;
    }
    masks.push(any ? mask : null);
  }
  return masks;
}

/**
 * The frames with every not-applicable cell missing (columns copied where they change), and for
 * each indicator the units whose value in the data was set aside.
 */
export function withoutNotApplicable(
  frames: Frame[],
  masks: NotApplicable,
  units: readonly string[],
): { frames: Frame[]; setAside: Map<number, Set<string>> } {
  const setAside = new Map<number, Set<string>>();
  const out = frames.map((frame) => ({
    period: frame.period,
    cols: frame.cols.map((col, j) => {
      const mask = masks[j];
      if (!mask) return col;
      const copy = Float64Array.from(col);
      for (let u = 0; u < copy.length; u++) {
        if (mask[u] !== 1) continue;
        if (copy[u] === copy[u]) {
          if (!setAside.has(j)) setAside.set(j, new Set());
          setAside.get(j)!.add(units[u]!);
        }
        copy[u] = NaN;
      }
      return copy;
    }),
  }));
  return { frames: out, setAside };
}

/** Imputation undone where an indicator does not apply: the cell missing and not flagged. */
export function unimputeNotApplicable(
  frames: Frame[],
  flags: (Uint8Array | null)[][],
  masks: NotApplicable,
): void {
  frames.forEach((frame, p) => {
    frame.cols.forEach((col, j) => {
      const mask = masks[j];
      if (!mask) return;
      const flag = flags[p]![j];
      for (let u = 0; u < col.length; u++) {
        if (mask[u] !== 1) continue;
        if (col[u] === col[u]) col[u] = NaN;
        if (flag) flag[u] = 0;
      }
    });
  });
}
