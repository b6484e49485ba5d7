// The units a gap summary compares in one period: those of a level, their cities and their groups.

import type { Dataset } from '../data/dataset.ts';
import { membersOf, unitsAt, type Geography } from '../geography/units.ts';

/** The units of one level that exist at the end of a period and that the data has. */
export interface Scope {
  period: string;
  units: string[];
  /** Each unit's parent (its city, for county-level units); '' for none. */
  parents: string[];
  /** The province: the geography's top unit at the period's end, or null. */
  province: string | null;
}

/**
 * The units of `level` valid on the period's last day (the geography's validity rule) that appear
 * in the data, in the geography's order, with their parents (METHODS.md § The three-gap summary).
 */
export function scopeAt(
  geo: Geography,
  data: Dataset,
  level: 'city' | 'county',
  period: string,
): Scope {
  const present = new Set(data.units);
  const valid = unitsAt(geo.units, period);
  const units = valid.filter((u) => u.level === level && present.has(u.code));
  return {
    period,
    units: units.map((u) => u.code),
    parents: units.map((u) => u.parent ?? ''),
    province: valid.find((u) => u.level === 'province')?.code ?? null,
  };
}

/**
 * 1 for each unit of the scope in the group at the end of `at` (default the scope's period), else
 * 0 (METHODS.md § The three-gap summary).
 */
export function groupMask(
  geo: Geography,
  scope: Scope,
  group: string,
  at: string = scope.period,
): Uint8Array {
  const members = new Set(membersOf(geo.memberships, group, at));
  return Uint8Array.from(scope.units, (u) => (members.has(u) ? 1 : 0));
}
