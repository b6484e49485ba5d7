// The framework's indicators by domain, as the Methodology page lists them: every field the
// framework gives, with each indicator's weight in its domain and in the index (expert weights).

import {
  isIndicator,
  type AggregateNode,
  type Framework,
  type IndicatorNode,
} from '@gapscope/core/framework/schema.ts';
import { buildTree } from '@gapscope/core/framework/tree.ts';
import { expertWeights } from '../method/tree-weights.ts';

/** An indicator with its weights. */
export interface IndicatorEntry {
  indicator: IndicatorNode;
  /** Among its siblings (sums to 1 in its parent), and in the whole index. */
  weightInParent: number;
  weightInIndex: number;
  /** The series the stored value is divided by, with its scale and unit of measure. */
  denominator: { series: string; scale: number; unit: string } | null;
}

/** A domain (a child of the root) and its indicators at any depth below it. */
export interface DomainEntry {
  domain: AggregateNode;
  weightInIndex: number;
  indicators: IndicatorEntry[];
}

/** The domains in framework order, each with its indicators. */
export function indicatorsByDomain(framework: Framework): DomainEntry[] {
  const tree = buildTree(framework);
  const w = expertWeights(tree);
  const unitOf = new Map(framework.series.map((s) => [s.id, s.unit]));
  const entry = (ind: IndicatorNode): IndicatorEntry => {
    const k = tree.index.get(ind.id)!;
    const d = ind.denominator;
    return {
      indicator: ind,
      weightInParent: w.local[k]!,
      weightInIndex: w.index[k]!,
      denominator: d
        ? { series: d.series, scale: d.scale, unit: unitOf.get(d.series) ?? '' }
        : null,
    };
  };
  const collect = (node: AggregateNode): IndicatorEntry[] =>
    node.children.flatMap((c) => (isIndicator(c) ? [entry(c)] : collect(c)));
  const direct = framework.root.children.filter(isIndicator);
  const domains: DomainEntry[] = framework.root.children
    .filter((c): c is AggregateNode => !isIndicator(c))
    .map((d) => ({
      domain: d,
      weightInIndex: w.index[tree.index.get(d.id)!]!,
      indicators: collect(d),
    }));
  // Indicators straight under the root (a one-level index) form a domain of their own.
  if (direct.length)
    domains.unshift({ domain: framework.root, weightInIndex: 1, indicators: direct.map(entry) });
  return domains;
}

/** Targets in year order, as "2025: 5.5". */
export function targetList(ind: IndicatorNode): { year: string; value: number }[] {
  return Object.entries(ind.targets ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, value]) => ({ year, value }));
}
