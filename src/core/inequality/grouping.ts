// A partition of records into groups (cities, provinces, urban/rural), as integer codes per record.

import { GapscopeError } from '../errors.ts';

/** Each record's group as an index into `labels`; every record belongs to exactly one group. */
export interface Grouping {
  index: Int32Array;
  labels: string[];
}

/** Per group: the number of records, the population P_g = Σ p_i and the income S_g = Σ p_i x_i. */
export interface GroupTotals {
  n: Float64Array;
  population: Float64Array;
  income: Float64Array;
}

/**
 * The grouping of records by their labels, groups in order of first appearance (METHODS.md §
 * Inequality and convergence, decomposition); a record without a label is an error naming it.
 */
export function groupingFromLabels(labels: readonly (string | null | undefined)[]): Grouping {
  const index = new Int32Array(labels.length);
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === null || label === undefined || label === '') {
      throw new GapscopeError(
        'inequality.group',
        `record ${i + 1} has no group label; a decomposition needs every record in a group`,
      );
    }
    let g = seen.get(label);
    if (g === undefined) {
      g = out.length;
      seen.set(label, g);
      out.push(label);
    }
    index[i] = g;
  }
  return { index, labels: out };
}

/** Throws unless the grouping covers the n records with valid group indices (METHODS.md § Inequality and convergence). */
export function checkGrouping(groups: Grouping, n: number): void {
  if (groups.index.length !== n) {
    throw new GapscopeError(
      'inequality.group',
      `${groups.index.length} group labels for ${n} values: each value needs one`,
    );
  }
  const G = groups.labels.length;
  for (let i = 0; i < n; i++) {
    const g = groups.index[i]!;
    if (g < 0 || g >= G) {
      throw new GapscopeError(
        'inequality.group',
        `record ${i + 1} has group index ${g}, outside the ${G} groups`,
      );
    }
  }
}

/** Counts, populations and incomes of each group in one pass (METHODS.md § Inequality and convergence). */
export function groupTotals(
  x: Float64Array,
  w: Float64Array | null,
  groups: Grouping,
): GroupTotals {
  const G = groups.labels.length;
  const n = new Float64Array(G);
  const population = new Float64Array(G);
  const income = new Float64Array(G);
  const idx = groups.index;
  for (let i = 0; i < x.length; i++) {
    const g = idx[i]!;
    const p = w ? w[i]! : 1;
    n[g]!++;
    population[g]! += p;
    income[g]! += p * x[i]!;
  }
  return { n, population, income };
}
