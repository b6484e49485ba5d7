// Small geographies for tests: a unit named by its code, and a province of two cities and four
// counties (330202 exists from 2025, so not at the end of 2024).

import type { Geography, Unit } from '../../src/core/geography/units.ts';

/** A unit whose names are its code, valid from `from` (null: always) and never ended. */
export function makeUnit(
  code: string,
  parent: string | null,
  level: Unit['level'],
  from: string | null = null,
): Unit {
  return {
    code,
    parent,
    level,
    kind: level === 'county' ? 'county' : level,
    name: { zh: code, en: code },
    validFrom: from,
    validTo: null,
  };
}

/** A province, two cities, four counties; 330202 exists from 2025. No groups. */
export function smallGeography(): Geography {
  return {
    units: [
      makeUnit('330000', null, 'province'),
      makeUnit('330100', '330000', 'city'),
      makeUnit('330200', '330000', 'city'),
      makeUnit('330101', '330100', 'county'),
      makeUnit('330102', '330100', 'county'),
      makeUnit('330201', '330200', 'county'),
      makeUnit('330202', '330200', 'county', '2025-01-01'),
    ],
    memberships: [],
    groups: [],
  };
}
