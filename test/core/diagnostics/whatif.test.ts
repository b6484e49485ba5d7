// What-if: unchanged values reproduce the nominal result exactly; improving an indicator never
// lowers the unit's score under arithmetic aggregation of goalposts; lifts found by search sit on
// the boundary where the rank (tier) changes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lifts, whatIf, withValues } from '../../../src/core/diagnostics/whatif.ts';
import { evaluate, type EvaluationInput } from '../../../src/core/pipeline/evaluate.ts';
import { makeDataset, makeFramework } from '../../helpers/factories.ts';

const fw = makeFramework({ domains: 2, perDomain: 3, directions: [1, -1, 1, 1, -1, 1] });
const data = makeDataset(fw, { units: 20, periods: ['2023', '2024'], seed: 21, missing: 0.05 });
data.attrs.city = data.units.map((_, u) => `C${u % 4}`);

describe('whatIf()', () => {
  const input: EvaluationInput = {
    framework: fw,
    data,
    config: { impute: { method: 'group-mean' } },
  };

  it('with unchanged values reproduces the nominal result exactly', () => {
    const u = 5;
    const value = data.values[1]![data.series.indexOf('I3')]![u]!;
    const r = whatIf(input, [{ unit: data.units[u]!, series: 'I3', value }]);
    const ev = evaluate(input);
    const p = ev.periods[1]!;
    const q = r.after.periods[0]!;
    expect(r.period).toBe('2024');
    expect(q.scores).toEqual(p.scores);
    expect([...q.rank(ev.tree.root)]).toEqual([...p.rank(ev.tree.root)]);
    expect([...q.tiers]).toEqual([...p.tiers]);
    for (const x of r.units) expect(x.after).toEqual(x.before);
    expect(r.changes[0]).toMatchObject({ from: value, value });
  });

  it('changes several units at once and names what it cannot change', () => {
    const r = whatIf(input, [
      { unit: 'U001', series: 'I1', value: 1000 },
      { unit: 'U002', series: 'I1', value: 0.5 },
    ]);
    expect(r.units[0]!.after.score!).toBeGreaterThan(r.units[0]!.before.score!);
    expect(r.units[1]!.after.score!).toBeLessThan(r.units[1]!.before.score!);
    expect(() => whatIf(input, [{ unit: 'X', series: 'I1', value: 1 }])).toThrow(/unit X/);
    expect(() => whatIf(input, [{ unit: 'U001', series: 'Z', value: 1 }])).toThrow(/no series Z/);
    expect(() =>
      whatIf(input, [{ unit: 'U001', series: 'I1', value: 1 }], { period: '2019' }),
    ).toThrow(/2019/);
  });

  it('leaves the input data untouched', () => {
    const before = data.values[1]![0]!.slice();
    withValues(data, '2024', [{ unit: 'U001', series: 'I1', value: -5 }]);
    expect(data.values[1]![0]).toEqual(before);
  });

  it('improving an indicator never lowers the score (arithmetic, goalposts)', () => {
    const goal: EvaluationInput = {
      framework: fw,
      data,
      config: { normalise: { method: 'goalposts' }, treat: { method: 'none' } },
    };
    const nominal = evaluate({ ...goal, provenance: false });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 5 }),
        fc.double({ min: 0, max: 150, noNaN: true }),
        (u, j, delta) => {
          const series = `I${j + 1}`;
          const x = data.values[1]![data.series.indexOf(series)]![u]!;
          fc.pre(x === x);
          const d = fw.root.children.flatMap((c) => ('children' in c ? c.children : []))[j]!;
          const value = x + ('direction' in d ? d.direction : 1) * delta;
          const r = whatIf(goal, [{ unit: data.units[u]!, series, value }], { before: nominal });
          const { before, after } = r.units[u]!;
          fc.pre(before.score !== null);
          expect(after.score!).toBeGreaterThanOrEqual(before.score!);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('lifts()', () => {
  const input: EvaluationInput = {
    framework: fw,
    data,
    config: { normalise: { method: 'goalposts' }, treat: { method: 'none' }, tiers: { k: 4 } },
  };
  const ev = evaluate(input);
  const root = ev.tree.root;
  const rank = ev.periods[1]!.rank(root);
  const mid = ev.units[rank.indexOf(10)]!;

  it('the found value lifts the rank; a value just short of it does not', () => {
    const r = lifts(input, mid, { indicators: ['I1', 'I2'] });
    expect(r.standing.rank).toBe(10);
    for (const l of r.lifts) {
      expect(l.boundFrom).toBe('observed');
      for (const goal of ['rank', 'tier'] as const) {
        const t = l[goal];
        if (!t.reachable) continue;
        expect(Math.sign(t.change)).toBe(l.direction);
        const short = t.value - l.direction * 2e-6 * Math.abs(l.bound! - l.from!);
        const at = whatIf(input, [{ unit: mid, series: l.indicator, value: t.value }]);
        const below = whatIf(input, [{ unit: mid, series: l.indicator, value: short }]);
        const u = ev.units.indexOf(mid);
        if (goal === 'rank') {
          expect(at.units[u]!.after.rank!).toBeLessThan(10);
          expect(below.units[u]!.after.rank!).toBe(10);
        } else {
          expect(at.units[u]!.after.tier!).toBeLessThan(r.standing.tier!);
          expect(below.units[u]!.after.tier!).toBe(r.standing.tier!);
        }
        expect(at.units[u]!.after).toEqual(t.after);
      }
    }
    expect(r.lifts[0]!.rank.reachable).toBe(true);
  });

  it('says why a lift is not there', () => {
    const first = ev.units[rank.indexOf(1)]!;
    const r = lifts(input, first, { indicators: ['I1'] });
    expect(r.lifts[0]!.rank).toEqual({ reachable: false, reason: 'already ranked first' });
    expect(r.lifts[0]!.tier).toEqual({ reachable: false, reason: 'already in the top tier' });
    // The unit with the best observed I1 cannot improve it within the observed range.
    const col = ev.periods[1]!.stages.denominated[0]!;
    const best = ev.units[col.indexOf(Math.max(...col.filter((x) => x === x)))]!;
    const b = lifts(input, best, { indicators: ['I1'] });
    expect(b.lifts[0]!.rank).toMatchObject({ reachable: false });
    expect(() => lifts(input, mid, { indicators: ['D1'] })).toThrow(/not an indicator/);
  });
});
