// The series a framework reads: what is loaded from files or the store to evaluate it.

import type { Framework } from './schema.ts';

/** Every series a framework reads: its indicators and its other series (denominators, gaps …). */
export function frameworkSeries(framework: Framework): Set<string> {
  const ids = new Set(framework.series.map((s) => s.id));
  const walk = (node: Framework['root']): void => {
    for (const c of node.children) {
      if ('children' in c) walk(c);
      else ids.add(c.id);
    }
  };
  walk(framework.root);
  return ids;
}
