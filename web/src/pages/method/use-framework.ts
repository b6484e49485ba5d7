// The framework in use (GET /api/frameworks/current) as the core's type, and the series a data
// file may carry, for the Data, Method and Methodology pages.

import type { FrameworkCurrent } from '@gapscope/api/index.ts';
import { useApiQuery } from '../../api/client.ts';
import {
  isIndicator,
  type AggregateNode,
  type Framework,
  type IndicatorNode,
  type LocalisedName,
} from '@gapscope/core/framework/schema.ts';

/** The framework in use; it changes rarely, so it is read once per visit. */
export function useFramework(): ReturnType<typeof useApiQuery<FrameworkCurrent>> {
  return useApiQuery<FrameworkCurrent>('/api/frameworks/current', { staleTime: Infinity });
}

/** A series a file may carry: an indicator (with its domain) or another series. */
export interface SeriesInfo {
  id: string;
  name: LocalisedName;
  unit: string;
  indicator: IndicatorNode | null;
  domain: AggregateNode | null;
}

/** The framework's indicators in tree order, then its other series. */
export function seriesOf(framework: Framework): SeriesInfo[] {
  const out: SeriesInfo[] = [];
  const walk = (node: AggregateNode, domain: AggregateNode | null): void => {
    for (const c of node.children) {
      if (isIndicator(c))
        out.push({ id: c.id, name: c.name, unit: c.unit, indicator: c, domain: domain ?? node });
      else walk(c, domain ?? c);
    }
  };
  walk(framework.root, null);
  const seen = new Set(out.map((s) => s.id));
  for (const s of framework.series)
    if (!seen.has(s.id))
      out.push({ id: s.id, name: s.name, unit: s.unit, indicator: null, domain: null });
  return out;
}
