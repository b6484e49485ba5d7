// Distance to target: gap, needed and recent rates (compound or linear), and the trend rule.

import { describe, expect, it } from 'vitest';
import { datasetFromObservations, type Observation } from '../../../src/core/data/dataset.ts';
import { targetFor, targetProgress, trendOf } from '../../../src/core/diagnostics/targets.ts';
import { evaluate } from '../../../src/core/pipeline/evaluate.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { makeFramework } from '../../helpers/factories.ts';

// Targets are 150 for 2030 on every indicator (the factory's); I2 is "lower is better".
const fw = makeFramework({ domains: 2, perDomain: 3, directions: [1, -1, 1, 1, 1, 1] });
// Unit A's values in 2021 and 2024 (2022–2023 on the straight line between); B and C fill out.
const A: [number, number][] = [
  [100, 110], // I1: recent (1.1)^(1/3) − 1 = 3.23 %/yr, needed (150/110)^(1/6) − 1 = 5.31 %: improving
  [300, 200], // I2 (lower better): −12.6 %/yr against −4.68 % needed: on track
  [120, 118], // I3: falling: worsening
  [100, 101], // I4: 0.33 %/yr of 6.8 % needed: stagnating
  [140, 160], // I5: target met: on track
  [-10, -4], // I6: a negative value: linear rates, +2/yr of (150 + 4)/6 needed: stagnating
];
const obs: Observation[] = [];
for (const [k, year] of ['2021', '2022', '2023', '2024'].entries()) {
  A.forEach(([a, b], j) => {
    obs.push({ unit: 'A', series: `I${j + 1}`, period: year, value: a + ((b - a) * k) / 3 });
    obs.push({ unit: 'B', series: `I${j + 1}`, period: year, value: 50 + 10 * j + k });
    if (!(j === 0 && k === 0))
      obs.push({ unit: 'C', series: `I${j + 1}`, period: year, value: 80 - j + k });
  });
}
const ev = evaluate({
  framework: fw,
  data: datasetFromObservations(obs),
  config: { treat: { method: 'none' }, screen: { threshold: 0 } },
});

describe('targetProgress()', () => {
  const [a] = targetProgress(ev, { units: ['A'] });
  const row = (id: string) => a!.indicators.find((x) => x.indicator === id)!;

  it('gap, needed and recent rates', () => {
    const i1 = row('I1');
    expect(i1).toMatchObject({ period: '2024', value: 110, targetYear: 2030, target: 150 });
    expect(i1.gap).toBeCloseTo(40, 12);
    expect(i1.rateKind).toBe('compound');
    expectClose(i1.needed!, (150 / 110) ** (1 / 6) - 1, 1e-12);
    expectClose(i1.recent!, 1.1 ** (1 / 3) - 1, 1e-12);
    expect(i1.since).toBe('2021');
    const i6 = row('I6');
    expect(i6.rateKind).toBe('linear');
    expectClose(i6.needed!, 154 / 6, 1e-12);
    expectClose(i6.recent!, 2, 1e-12);
  });

  it('trend arrows by the documented rule', () => {
    expect(a!.indicators.map((x) => [x.indicator, x.trend])).toEqual([
      ['I1', 'improving'],
      ['I2', 'on-track'],
      ['I3', 'worsening'],
      ['I4', 'stagnating'],
      ['I5', 'on-track'],
      ['I6', 'stagnating'],
    ]);
    expect(row('I5')).toMatchObject({ achieved: true, needed: null });
  });

  it('the recent rate starts at the first year of the window with a value', () => {
    const [c] = targetProgress(ev, { units: ['C'] });
    const i1 = c!.indicators[0]!;
    expect(i1.since).toBe('2022');
    expectClose(i1.recent!, (83 / 81) ** (1 / 2) - 1, 1e-12);
    expect(targetProgress(ev, { units: ['C'], window: 1 })[0]!.indicators[0]!.since).toBe('2023');
  });

  it('trendOf: the thresholds, and an unmet target whose year has come', () => {
    expect(trendOf(false, 0.1, 0.1)).toBe('on-track');
    expect(trendOf(false, 0.1, 0.0501)).toBe('improving');
    expect(trendOf(false, 0.1, 0.05)).toBe('stagnating');
    expect(trendOf(false, 0.1, 0)).toBe('stagnating');
    expect(trendOf(false, 0.1, -1e-9)).toBe('worsening');
    expect(trendOf(false, Infinity, 5)).toBe('stagnating');
    expect(trendOf(true, 0.1, -1)).toBe('on-track');
    expect(trendOf(false, 0.1, null)).toBeNull();
  });

  it('targetFor: that year or the next later one', () => {
    const ind = { ...fw.root.children[0]!, targets: { '2025': 1, '2030': 2 } } as never;
    expect(targetFor(ind, 2024)).toEqual({ year: 2025, value: 1 });
    expect(targetFor(ind, 2026)).toEqual({ year: 2030, value: 2 });
    expect(targetFor(ind, 2031)).toBeNull();
  });
});
