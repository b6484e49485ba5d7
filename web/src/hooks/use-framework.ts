// The current framework, read once: its domains and indicators.

import { useMemo } from 'react';
import { useApiQuery } from '../api/client.ts';
import type { FrameworkCurrent } from '@gapscope/api/index.ts';
import { frameworkParts, type FrameworkParts } from './framework-parts.ts';

export function useFramework(): FrameworkParts & { loaded: boolean } {
  const q = useApiQuery<FrameworkCurrent>('/api/frameworks/current', { staleTime: Infinity });
  return useMemo(() => ({ ...frameworkParts(q.data), loaded: !!q.data }), [q.data]);
}
