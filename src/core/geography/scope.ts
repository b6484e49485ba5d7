// What an evaluation scores out of a geography and a dataset: the county-level units present in
// the data, every unit's name, and each data unit's city.

import type { Unit } from './units.ts';

/** The units scored, their names and the cities of the data's units. */
export interface EvaluationScope {
  /** The county-level units of the geography present in the data, in the geography's order. */
  units: string[];
  /** Code → Chinese name, for every unit of the geography. */
  names: Map<string, string>;
  /** The parent (city) code of each of the data's units, in the data's order; null if unknown. */
  city: (string | null)[];
}

/** The scope of an evaluation of data over `dataUnits` with the geography's `units`. */
export function evaluationScope(units: Unit[], dataUnits: readonly string[]): EvaluationScope {
  const parent = new Map(units.map((u) => [u.code, u.parent]));
  const present = new Set(dataUnits);
  return {
    units: units.filter((u) => u.level === 'county' && present.has(u.code)).map((u) => u.code),
    names: new Map(units.map((u) => [u.code, u.name.zh])),
    city: dataUnits.map((u) => parent.get(u) ?? null),
  };
}
