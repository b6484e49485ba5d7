// The geography, read once: unit names in the page's language and each unit's city.

import { useMemo } from 'react';
import { useApiQuery } from '../api/client.ts';
import type { Unit } from '@gapscope/api/index.ts';
import { useT } from '../i18n/index.ts';
import { cityOf, unitNamer } from './unit-namer.ts';

export interface Units {
  units: Unit[];
  name: ReturnType<typeof unitNamer>;
  city: Map<string, string>;
  /** The cities, in code order. */
  cities: Unit[];
}

export function useUnits(): Units {
  const t = useT();
  const q = useApiQuery<Unit[]>('/api/units', { staleTime: Infinity });
  return useMemo(() => {
    const units = q.data ?? [];
    return {
      units,
      name: unitNamer(units, t.lang),
      city: cityOf(units),
      cities: units.filter((u) => u.level === 'city'),
    };
  }, [q.data, t.lang]);
}
