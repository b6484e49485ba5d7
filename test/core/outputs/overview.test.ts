// The overview of a period: quartiles by R type 7 (checked by hand), leaders and laggards in rank
// order, and risers and fallers that really moved — never a unit that kept or lost its rank
// among the risers, however few units rose.

import { describe, expect, it } from 'vitest';
import { evaluationJson } from '../../../src/core/outputs/evaluation-json.ts';
import { indexOverview, type OverviewUnit } from '../../../src/core/outputs/overview.ts';
import { evaluate } from '../../../src/core/pipeline/evaluate.ts';
import { makeDataset, makeFramework } from '../../helpers/factories.ts';

/** A unit in rank order with its score and its rank change (null: no earlier rank). */
const unit = (code: string, score: number | null, rank: number | null, moved: number | null) => ({
  unit: code,
  score,
  rank,
  change: { score: moved === null ? null : moved / 10, rank: moved },
});

describe('indexOverview', () => {
  // Ten units in rank order: two rose, two fell, five kept their rank, one has no score.
  const units: OverviewUnit[] = [
    unit('U01', 90, 1, 0),
    unit('U02', 80, 2, 3),
    unit('U03', 70, 3, 0),
    unit('U04', 65, 4, -2),
    unit('U05', 60, 5, 0),
    unit('U06', 50, 6, 1),
    unit('U07', 40, 7, 0),
    unit('U08', 30, 8, -5),
    unit('U09', 20, 9, null),
    unit('U10', null, null, null),
  ];
  const o = indexOverview(units);

  it('lists as risers only units whose rank rose, and as fallers only those whose rank fell', () => {
    expect(o.risers.map((u) => u.unit)).toEqual(['U02', 'U06']);
    expect(o.fallers.map((u) => u.unit)).toEqual(['U08', 'U04']);
    for (const u of o.risers) expect(u.change!.rank!).toBeGreaterThan(0);
    for (const u of o.fallers) expect(u.change!.rank!).toBeLessThan(0);
    expect(o.moves).toEqual({ up: 2, down: 2, same: 4 });
  });

  it('takes the leaders and laggards among the scored units, in rank order', () => {
    expect(o.n).toBe(9);
    expect(o.top.map((u) => u.unit)).toEqual(['U01', 'U02', 'U03', 'U04', 'U05']);
    expect(o.bottom.map((u) => u.unit)).toEqual(['U05', 'U06', 'U07', 'U08', 'U09']);
    expect(indexOverview(units, { size: 2 }).bottom.map((u) => u.unit)).toEqual(['U08', 'U09']);
  });

  it('puts the quartiles between order statistics (R type 7), as computed by hand', () => {
    // Sorted: 20 30 40 50 60 65 70 80 90 (n = 9); h = 8p.
    // p25: h = 2 → 40. median: h = 4 → 60. p75: h = 6 → 70. All order statistics here, so also:
    expect(o.distribution).toEqual({ n: 9, min: 20, p25: 40, median: 60, p75: 70, max: 90 });
    // n = 8 (without U01): h = 7p; p25: h = 1.75 → 30 + 0.75·(40 − 30) = 37.5;
    // median: h = 3.5 → 50 + 0.5·(60 − 50) = 55; p75: h = 5.25 → 65 + 0.25·(70 − 65) = 66.25.
    const d = indexOverview(units.slice(1)).distribution;
    expect([d.min, d.p25, d.median, d.p75, d.max]).toEqual([20, 37.5, 55, 66.25, 80]);
  });

  it('breaks ties between equal rank moves by the score change, then the unit code', () => {
    const tied = indexOverview([
      unit('B', 60, 1, 2),
      unit('A', 50, 2, 2),
      { ...unit('C', 40, 3, 2), change: { score: 9, rank: 2 } },
      unit('E', 30, 4, -2),
      unit('D', 20, 5, -2),
    ]);
    expect(tied.risers.map((u) => u.unit)).toEqual(['C', 'A', 'B']);
    expect(tied.fallers.map((u) => u.unit)).toEqual(['E', 'D']);
  });

  it('has nothing to show without scores', () => {
    const none = indexOverview([unit('X', null, null, null)]);
    expect(none.n).toBe(0);
    expect(Number.isNaN(none.distribution.p25)).toBe(true);
    expect([none.top, none.bottom, none.risers, none.fallers]).toEqual([[], [], [], []]);
  });

  it('reads an evaluation’s JSON as it comes: risers strictly up when only a few units moved', () => {
    // 2025 is 2024 with two units' values swapped: they swap ranks, the other 18 stay put.
    const fw = makeFramework({ domains: 2, perDomain: 3 });
    const base = makeDataset(fw, { units: 20, periods: ['2024'], seed: 5 });
    const swapped = base.values[0]!.map((col) => {
      const c = Float64Array.from(col);
      [c[3], c[17]] = [col[17]!, col[3]!];
      return c;
    });
    const data = {
      ...base,
      periods: ['2024', '2025'],
      values: [base.values[0]!, swapped],
    };
    const ev = evaluate({ framework: fw, data });
    const j = evaluationJson(ev, { period: '2025' });
    const o2 = indexOverview(j.units);
    expect(o2.moves.up + o2.moves.down).toBe(2);
    expect(o2.risers).toHaveLength(1);
    expect(o2.fallers).toHaveLength(1);
    expect(o2.risers[0]!.change!.rank).toBe(-o2.fallers[0]!.change!.rank!);
  });
});
