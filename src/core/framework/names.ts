// The name a framework gives a series or a node, looked up by id.

import { isIndicator, type Framework, type FrameworkNode, type LocalisedName } from './schema.ts';

/** The name of a framework series or node (indicator or aggregate), or the id itself in both languages. */
export function seriesName(framework: Framework, id: string): LocalisedName {
  const series = framework.series.find((s) => s.id === id);
  if (series) return series.name;
  const find = (node: FrameworkNode): LocalisedName | null => {
    if (node.id === id) return node.name;
    if (isIndicator(node)) return null;
    for (const c of node.children) {
      const n = find(c);
      if (n) return n;
    }
    return null;
  };
  return find(framework.root) ?? { zh: id, en: id };
}
