// The parts of the framework tree the pages name: the domains (the root's children) in order,
// and every indicator with its domain.

import type { FrameworkCurrent, LooseName } from '@gapscope/api/index.ts';
import type { FrameworkNode } from '@gapscope/core/framework/schema.ts';

export interface FrameworkParts {
  index: LooseName | null;
  domains: { id: string; name: LooseName }[];
  /** Indicator id → its node and its domain's id. */
  indicators: Map<string, { node: FrameworkNode; domain: string }>;
}

/** The domains and indicators of the current framework (empty before it is loaded). */
export function frameworkParts(fw: FrameworkCurrent | undefined): FrameworkParts {
  const root = fw?.framework.root;
  const indicators = new Map<string, { node: FrameworkNode; domain: string }>();
  const walk = (n: FrameworkNode, domain: string): void => {
    if (!('children' in n)) indicators.set(n.id, { node: n, domain });
    else for (const c of n.children) walk(c, domain);
  };
  for (const d of root?.children ?? []) walk(d, d.id);
  return {
    index: root?.name ?? null,
    domains: (root?.children ?? []).map((d) => ({ id: d.id, name: d.name })),
    indicators,
  };
}
