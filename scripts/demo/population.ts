// Demo population: resident population (POP) through the published points where there are
// any, rough 2020 sizes scaled to the city census totals elsewhere; and residents aged 60+.

import { normal } from '../../src/core/random.ts';
import type { Profile } from './profile.ts';

/** Values by unit code, one per year from FIRST (index 0). */
export type Panel = Map<string, number[]>;

/** Rough 2020 resident population (10k) of the units with no published figure; scaled per city. */
const ROUGH_2020: Record<string, number> = {
  '330702': 96,
  '330703': 52,
  '330723': 47,
  '330726': 46,
  '330727': 18,
  '330781': 58,
  '330783': 109,
  '330784': 96,
  '330803': 39,
  '330822': 26,
  '330824': 26,
  '330825': 36,
  '330881': 49,
  '330902': 51,
  '330903': 38,
  '330921': 20,
  '330922': 7,
  '331022': 35,
  '331023': 47,
  '331024': 47,
  '331121': 42,
  '331122': 41,
  '331123': 20,
  '331124': 20,
  '331125': 13,
  '331126': 14,
  '331127': 11,
  '331181': 25,
};

/** Yearly growth of resident population by profile: fast in Hangzhou's districts, falling in the mountains. */
function growth(p: Profile): number {
  const base = p.kind === 'district' ? 0.01 : p.kind === 'county-city' ? 0.008 : 0.004;
  const metro = p.city === '330100' && p.kind === 'district' ? 0.008 : 0;
  const east = p.city === '330200' || p.city === '330400' ? 0.006 : 0;
  return base + metro + east - (p.mountain ? 0.006 : 0);
}

/** A path through published points: log-linear between them, at the unit's growth rate outside. */
function throughPoints(points: [number, number][], g: number, years: number[]): number[] {
  const pts = [...points].sort((a, b) => a[0] - b[0]);
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  return years.map((y) => {
    if (y <= first[0]) return first[1] * (1 + g) ** (y - first[0]);
    if (y >= last[0]) return last[1] * (1 + g) ** (y - last[0]);
    const k = pts.findIndex((p) => p[0] >= y);
    const [y0, v0] = pts[k - 1]!;
    const [y1, v1] = pts[k]!;
    return v0 * (v1 / v0) ** ((y - y0) / (y1 - y0));
  });
}

/**
 * POP (10k persons) for every county and year. `published` holds the real county figures by
 * year; `census2020` the cities' 2020 census totals, which the rough sizes are scaled to.
 */
export function makePopulation(
  profiles: Profile[],
  published: Map<string, Map<number, number>>,
  census2020: Map<string, number>,
  years: number[],
): Panel {
  const pop: Panel = new Map();
  const i2020 = years.indexOf(2020);
  for (const p of profiles) {
    const points = published.get(p.code);
    if (points) pop.set(p.code, throughPoints([...points], growth(p), years));
  }
  const cities = new Set(profiles.map((p) => p.city));
  for (const city of cities) {
    const rough = profiles.filter((p) => p.city === city && !pop.has(p.code));
    if (!rough.length) continue;
    const known = profiles
      .filter((p) => p.city === city && pop.has(p.code))
      .reduce((s, p) => s + pop.get(p.code)![i2020]!, 0);
    const roughSum = rough.reduce((s, p) => s + ROUGH_2020[p.code]!, 0);
    const total = census2020.get(city);
    const factor = total === undefined ? 1 : (total - known) / roughSum;
    for (const p of rough) {
      const v2020 = ROUGH_2020[p.code]! * factor;
      pop.set(
        p.code,
        years.map((y) => v2020 * (1 + growth(p)) ** (y - 2020)),
      );
    }
  }
  return pop;
}

/** Residents aged 60+ (10k): a share by kind, higher in the mountains, rising 0.6 points a year. */
export function makeElderly(
  profiles: Profile[],
  pop: Panel,
  years: number[],
  rng: () => number,
): Panel {
  const out: Panel = new Map();
  for (const p of profiles) {
    const base = p.kind === 'district' ? 0.167 : p.kind === 'county-city' ? 0.192 : 0.207;
    const share0 = base + (p.mountain ? 0.035 : 0) - (p.core ? 0.01 : 0) + 0.012 * normal(rng);
    out.set(
      p.code,
      years.map((y, k) => pop.get(p.code)![k]! * (share0 + 0.006 * (y - 2020))),
    );
  }
  return out;
}
