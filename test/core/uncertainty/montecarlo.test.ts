// Monte Carlo uncertainty: intervals collapse without uncertain choices, a unit far ahead keeps
// median rank 1, the same seed gives the same numbers, failures are listed, not fatal.

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/pipeline/evaluate.ts';
import { uncertainty } from '../../../src/core/uncertainty/montecarlo.ts';
import { DEFAULT_SPEC, parseSpec } from '../../../src/core/uncertainty/spec.ts';
import { makeDataset, makeFramework } from '../../helpers/factories.ts';

const fw = makeFramework({ domains: 2, perDomain: 3 });
const data = makeDataset(fw, { units: 25, periods: ['2023', '2024'], seed: 4, missing: 0.05 });
const input = { framework: fw, data };
const spec = parseSpec({ ...DEFAULT_SPEC, drop: true });

describe('uncertainty()', () => {
  it('with no uncertain choice every interval collapses to the nominal rank and score', () => {
    const r = uncertainty(input, parseSpec({}), { runs: 20, seed: 1 });
    const ev = evaluate(input);
    const p = ev.periods[ev.periods.length - 1]!;
    expect(r.period).toBe('2024');
    // A screened-out unit (U019 here) has no rank: NaN.
    expect([...r.rank.nominal]).toEqual([...p.rank(ev.tree.root)].map((k) => k || NaN));
    expect(r.rank.nominal.filter((k) => !(k === k))).toHaveLength(
      ev.screened.filter((s) => s.period === '2024').length,
    );
    for (const q of [r.rank.median, r.rank.p5, r.rank.p95]) expect(q).toEqual(r.rank.nominal);
    for (const q of [r.score.median, r.score.p5, r.score.p95]) expect(q).toEqual(r.score.nominal);
    expect(r.choiceNames).toEqual([]);
  });

  it('a unit far ahead of the rest keeps median rank 1', () => {
    const ahead = makeDataset(fw, { units: 25, periods: ['2024'], seed: 6 });
    for (const col of ahead.values[0]!) col[7] = col[7]! * 3 + 200;
    const r = uncertainty({ framework: fw, data: ahead }, spec, { runs: 300, seed: 2 });
    expect(r.rank.nominal[7]).toBe(1);
    expect(r.rank.median[7]).toBe(1);
    expect(r.failed).toEqual([]);
  });

  it('the same seed gives the same numbers; another seed other draws', () => {
    const a = uncertainty(input, spec, { runs: 60, seed: 11 });
    const b = uncertainty(input, spec, { runs: 60, seed: 11 });
    const c = uncertainty(input, spec, { runs: 60, seed: 12 });
    expect(b.replications.choices).toEqual(a.replications.choices);
    expect(b.replications.ranks).toEqual(a.replications.ranks);
    expect(b.rank).toEqual(a.rank);
    expect(b.score).toEqual(a.score);
    expect(c.replications.choices).not.toEqual(a.replications.choices);
  });

  it('keeps each replication’s choices and outcome', () => {
    const r = uncertainty(input, spec, { runs: 30, seed: 3 });
    expect(r.replications.choices).toHaveLength(30);
    const c = r.replications.choices[0]!;
    expect(Object.keys(c)).toEqual([
      'impute',
      'treat',
      'maxCells',
      'normalise',
      'weights',
      'aggregate',
      'drop',
    ]);
    expect(c.weights!.factors).toHaveLength(8);
    for (const f of c.weights!.factors!) expect(Math.abs(f - 1)).toBeLessThanOrEqual(0.25);
    expect(r.replications.ranks).toHaveLength(30 * 25);
    // Quantiles are ordered.
    for (let u = 0; u < 25; u++) {
      expect(r.rank.p5[u]).toBeLessThanOrEqual(r.rank.median[u]!);
      expect(r.rank.median[u]).toBeLessThanOrEqual(r.rank.p95[u]!);
    }
  });

  it('lists replications whose choices do not combine and leaves them out', () => {
    // A geometric mean of min–max [0, 100] values meets a 0.
    const r = uncertainty(input, parseSpec({ aggregate: ['arithmetic', 'geometric'] }), {
      runs: 40,
      seed: 5,
    });
    const geometric = r.replications.choices.filter((c) => c.aggregate === 'geometric').length;
    expect(geometric).toBeGreaterThan(0);
    expect(r.failed).toHaveLength(geometric);
    expect(r.failed[0]!.message).toMatch(/geometric mean/);
    expect(r.rank.median.every((v, u) => v >= 1 || !(r.rank.nominal[u]! >= 1))).toBe(true);
  });

  it('rejects a run count that is not a whole number ≥ 1', () => {
    expect(() => uncertainty(input, spec, { runs: 0, seed: 1 })).toThrow(/runs/);
  });
});
