// Each county's demo profile: where it sits (city, kind, mountain county, central district) and
// a latent level of development that drives all its generated indicators.

import { normal } from '../../src/core/random.ts';
import type { Unit, UnitKind } from '../../src/core/geography/units.ts';

/** Central urban districts of each city (the first, most urban ring). */
export const CORE_DISTRICTS = new Set([
  '330102',
  '330105',
  '330106',
  '330108',
  '330203',
  '330205',
  '330302',
  '330402',
  '330502',
  '330602',
  '330702',
  '330802',
  '330902',
  '331002',
  '331102',
]);

export interface Profile {
  code: string;
  city: string;
  kind: UnitKind;
  /** In the mountain26 list (the 2021–2025 山区26县). */
  mountain: boolean;
  core: boolean;
  /** A district of Hangzhou or Ningbo. */
  metroDistrict: boolean;
  /** log of rural income relative to the province, before convergence. */
  dev: number;
  /** log of urban income relative to the province. */
  devUrban: number;
}

const KIND_EFFECT: Partial<Record<UnitKind, number>> = {
  district: 0.04,
  'county-city': 0.02,
  county: -0.04,
};

/**
 * Profiles from the real city incomes of January–September 2020 (relative to the province), the
 * unit's kind and group, and a little unit noise.
 */
export function makeProfiles(
  counties: Unit[],
  mountain: Set<string>,
  cityRelative: Map<string, { urban: number; rural: number }>,
  rng: () => number,
): Profile[] {
  return counties.map((u) => {
    const city = u.parent!;
    const rel = cityRelative.get(city)!;
    const core = CORE_DISTRICTS.has(u.code);
    const metroDistrict = u.kind === 'district' && (city === '330100' || city === '330200');
    const isMountain = mountain.has(u.code);
    const kind = KIND_EFFECT[u.kind] ?? 0;
    const lift = (core ? 0.05 : 0) + (metroDistrict ? 0.05 : 0) - (isMountain ? 0.1 : 0);
    return {
      code: u.code,
      city,
      kind: u.kind,
      mountain: isMountain,
      core,
      metroDistrict,
      dev: Math.log(rel.rural) + kind + lift + 0.05 * normal(rng),
      devUrban: Math.log(rel.urban) + 0.5 * kind + 0.6 * lift + 0.04 * normal(rng),
    };
  });
}
