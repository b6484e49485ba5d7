// A unit's profile: what the evaluation has for the unit, and its domains against means computed
// by hand over all evaluated units with a score (the province) and over its city's.

import { describe, expect, it } from 'vitest';
import { unitProfile } from '../../../src/core/diagnostics/profile.ts';
import { peers } from '../../../src/core/diagnostics/peers.ts';
import { weakPoints } from '../../../src/core/diagnostics/weak-points.ts';
import { evaluationJson } from '../../../src/core/outputs/evaluation-json.ts';
import { evaluate } from '../../../src/core/pipeline/evaluate.ts';
import { makeDataset, makeFramework } from '../../helpers/factories.ts';
import { thrownError } from '../../helpers/errors.ts';

const fw = makeFramework({ domains: 3, perDomain: 2 });
const data = makeDataset(fw, { units: 12, periods: ['2023', '2024', '2025'], seed: 11 });
// U001–U006 in city A, U007–U010 in city B, U011–U012 in none; U012 is screened out in 2025.
const city = data.units.map((_, k) => (k < 6 ? 'A' : k < 10 ? 'B' : null));
data.attrs.city = city;
const cities = new Map(data.units.map((u, k) => [u, city[k]!]));
data.values[2]!.forEach((col) => (col[11] = NaN));
const ev = evaluate({ framework: fw, data });
const names = new Map([
  ['U002', '二号'],
  ['A', '甲市'],
]);

/** The mean of the numbers, null without any. */
function mean(xs: (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

describe('unitProfile', () => {
  const p = unitProfile(ev, 'U002', { names, cities });
  const j = evaluationJson(ev);

  it('has the unit’s score, rank, tier, change and indicators as the evaluation has them', () => {
    const self = j.units.find((u) => u.unit === 'U002')!;
    expect(p).toMatchObject({
      period: '2025',
      compare: '2024',
      unit: 'U002',
      name: '二号',
      city: 'A',
      cityName: '甲市',
      score: self.score,
      rank: self.rank,
      tier: self.tier,
      change: self.change,
      coupling: self.coupling,
      of: 11,
    });
    expect(p.indicators.map((i) => i.id)).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6']);
    for (const i of p.indicators) {
      expect(i).toMatchObject(self.indicators[i.id]!);
      expect(i.of).toBe(11);
      expect(i.progress).toMatchObject({ indicator: i.id, targetYear: 2030, target: 150 });
    }
    expect(p.weakPoints).toEqual(weakPoints(ev, { units: ['U002'] })[0]!.weakPoints);
    expect(p.peers.nearest).toEqual(peers(ev, 'U002', { by: 'nearest', k: 5 }));
    expect(p.history.map((h) => h.period)).toEqual(['2023', '2024', '2025']);
  });

  it('compares each domain with the mean of every scored unit and of the unit’s city', () => {
    const inA = j.units.filter((u) => cities.get(u.unit) === 'A');
    for (const d of p.domains) {
      expect(d.score).toBe(j.units.find((u) => u.unit === 'U002')!.domains[d.id]);
      // U012 has no score in 2025: it is left out, not counted as 0.
      expect(d.province).toBeCloseTo(mean(j.units.map((u) => u.domains[d.id]!))!, 12);
      expect(d.city).toBeCloseTo(mean(inA.map((u) => u.domains[d.id]!))!, 12);
    }
    expect(p.domains.map((d) => d.id)).toEqual(['D1', 'D2', 'D3']);
    const last = p.history.at(-1)!;
    expect(last.province).toBeCloseTo(mean(j.units.map((u) => u.score))!, 12);
    expect(last.city).toBeCloseTo(mean(inA.map((u) => u.score))!, 12);
  });

  it('averages over the units without a city for a unit without one', () => {
    const q = unitProfile(ev, 'U011', { period: '2024', cities });
    expect([q.city, q.cityName, q.name]).toEqual([null, null, 'U011']);
    const j24 = evaluationJson(ev, { period: '2024' });
    const none = j24.units.filter((u) => cities.get(u.unit) === null);
    expect(none).toHaveLength(2);
    for (const d of q.domains)
      expect(d.city).toBeCloseTo(mean(none.map((u) => u.domains[d.id]!))!, 12);
  });

  it('refuses a unit that was not evaluated', () => {
    expect(thrownError(() => unitProfile(ev, 'NOPE', { cities })).code).toBe(
      'diagnostics.unknown-unit',
    );
  });
});
