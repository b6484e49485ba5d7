// The shape of GET /api/map/values (src/server/routes/map-values.ts).

import type { Name } from '../../api/types.ts';

/** Something the map can colour units by. */
export interface MapMeasure {
  /** INDEX, a domain id, an indicator id, or gap:<urban–rural id>. */
  id: string;
  kind: 'index' | 'domain' | 'indicator' | 'gap';
  name: Name;
  unit: string;
  direction: 1 | -1;
  hasTargets: boolean;
}

/** One measure for every unit in every period. */
export interface MapValues {
  measure: MapMeasure;
  measures: MapMeasure[];
  periods: string[];
  /** Each period's target (indicators with targets), else null. */
  targets: (number | null)[] | null;
  units: { unit: string; values: (number | null)[]; imputed?: boolean[] }[];
  demo: boolean;
}
