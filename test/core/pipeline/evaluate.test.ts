// The pipeline end to end on small frameworks: hand-checked aggregation with missing values,
// weights and outputs, and invariants (permutation, affine change, direction flip, determinism).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetFromObservations } from '../../../src/core/data/dataset.ts';
import { contributions, obstacles } from '../../../src/core/outputs/contribution.ts';
import { evaluationJson } from '../../../src/core/outputs/evaluation-json.ts';
import { unitIndicatorWeights } from '../../../src/core/outputs/unit-weights.ts';
import { evaluate } from '../../../src/core/pipeline/evaluate.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';
import { indicatorIds, makeDataset, makeFramework } from '../../helpers/factories.ts';

const plain = { treat: { method: 'none' as const }, screen: { threshold: 0 } };

describe('aggregation level by level', () => {
  // Two domains: D1 = {I1, I2, I3}, D2 = {I4, I5, I6}; three units.
  const fw = makeFramework({ domains: 2, perDomain: 3 });
  const rows: [string, number[]][] = [
    ['A', [0, 10, 20, 30, 40, NaN]],
    ['B', [10, 20, 30, 40, 50, 60]],
    ['C', [5, 15, 25, 35, 45, 55]],
  ];
  const data = datasetFromObservations(
    rows
      .flatMap(([unit, v]) =>
        v.map((value, j) => ({ unit, series: `I${j + 1}`, period: '2024', value })),
      )
      .filter((o) => !Number.isNaN(o.value)),
  );
  const ev = evaluate({ framework: fw, data, config: plain });
  const p = ev.periods[0]!;

  it('drops a missing child at its level and renormalises there, not through the index', () => {
    // min–max per indicator: A = 0 on I1–I5 and missing on I6; B = 100 on all; C = 50 on I1–I5, 0·… I6: (55−55)/(60−55) = 0
    const D2 = ev.tree.index.get('D2')!;
    expectAllClose(p.scores[D2]!, [0, 100, (50 + 50 + 0) / 3]);
    // index = mean of the two domains (each domain counts once)
    expectAllClose(p.scores[ev.tree.root]!, [0, 100, (50 + 100 / 3) / 2]);
  });

  it('ranks, contributions and obstacle degrees follow', () => {
    expect([...p.rank(ev.tree.root)]).toEqual([3, 1, 2]);
    const W = unitIndicatorWeights(ev.tree, p.weights.local, p.scores);
    // unit A lacks I6: I4 and I5 weigh 1/2 · 1/2 = 1/4 each; others have 1/6 everywhere
    expectAllClose([W[3]![0]!, W[5]![0]!, W[3]![1]!], [0.25, 0, 1 / 6]);
    const c = contributions(W, p.scores.slice(0, 6), p.scores[ev.tree.root]!);
    const sumC = c.reduce((s, col) => s + col[2]!, 0);
    expectClose(sumC, 1, 1e-12);
    // unit C: I6 normalised 0 → obstacle I = 1, weight 1/6; I1..I5 at 50 → I = 0.5 each
    // O_6 = (1/6)(1) / ((1/6)(0.5·5 + 1)) = 1/3.5
    const o = obstacles(W, p.scores.slice(0, 6));
    expectClose(o[5]![2]!, 1 / 3.5, 1e-12);
  });

  it('weights of indicators in the index sum to 1 and expert weights renormalise within parents', () => {
    const fw2 = makeFramework({ domains: 2, perDomain: 2, weights: [1, 3, 2, 2] });
    const ev2 = evaluate({ framework: fw2, data: makeDataset(fw2, { units: 8 }), config: plain });
    expectAllClose(ev2.periods[0]!.weights.effective, [0.125, 0.375, 0.25, 0.25]);
  });
});

describe('methods wired through the pipeline', () => {
  const fw = makeFramework({ domains: 3, perDomain: 3 });
  const data = makeDataset(fw, {
    units: 30,
    periods: ['2022', '2023', '2024'],
    seed: 7,
    missing: 0.05,
  });
  const weightMethods = ['equal', 'expert', 'entropy', 'critic', 'cv', 'pca', 'combined'] as const;

  for (const method of weightMethods) {
    it(`weights ${method}: effective weights sum to 1, scores in [0, 100]`, () => {
      const ev = evaluate({ framework: fw, data, config: { weights: { method } } });
      for (const p of ev.periods) {
        expectClose(
          p.weights.effective.reduce((a, b) => a + b, 0),
          1,
          1e-12,
        );
        for (const v of p.scores[ev.tree.root]!) if (v === v) expect(v >= 0 && v <= 100).toBe(true);
      }
    });
  }

  it('AHP weights come from the matrices and report their CR', () => {
    const ev = evaluate({
      framework: fw,
      data,
      config: {
        weights: {
          method: 'ahp',
          ahp: {
            INDEX: [
              [1, 2, 4],
              [0.5, 1, 2],
              [0.25, 0.5, 1],
            ],
          },
        },
      },
    });
    // a consistent matrix: weights 4/7, 2/7, 1/7 and CR = 0
    const local = ev.periods[0]!.weights.local;
    expectAllClose(
      ['D1', 'D2', 'D3'].map((d) => local[ev.tree.index.get(d)!]!),
      [4 / 7, 2 / 7, 1 / 7],
      1e-9,
    );
    expectClose(ev.periods[0]!.weights.ahp[0]!.cr, 0, 1e-9);
  });

  it('an inconsistent AHP matrix is an error naming it and its CR', () => {
    expect(() =>
      evaluate({
        framework: fw,
        data,
        config: {
          weights: {
            method: 'ahp',
            ahp: {
              INDEX: [
                [1, 9, 1 / 9],
                [1 / 9, 1, 9],
                [9, 1 / 9, 1],
              ],
            },
          },
        },
      }),
    ).toThrow(/AHP matrix "INDEX".*CR/);
  });

  it('geometric aggregation over a zero is an error naming unit and child; lo > 0 fixes it', () => {
    expect(() =>
      evaluate({ framework: fw, data, config: { aggregate: { method: 'geometric' } } }),
    ).toThrow(/geometric mean of D\d: unit U\d+, I\d+ is 0/);
    const ev = evaluate({
      framework: fw,
      data,
      config: {
        aggregate: { method: 'geometric' },
        normalise: { method: 'minmax', params: [1, 100] },
      },
    });
    expect(ev.periods[0]!.scores[ev.tree.root]!.some((v) => v === v)).toBe(true);
  });

  it('per-level methods: TOPSIS over indicators, coupling over domains', () => {
    const ev = evaluate({
      framework: fw,
      data,
      config: { aggregate: { method: 'arithmetic', levels: { '2': 'topsis', '3': 'coupling' } } },
    });
    const p = ev.periods[0]!;
    expect(p.methods[ev.tree.root]).toBe('coupling');
    // coupling as the index = 100·D, the coupling output over the same domains
    p.scores[ev.tree.root]!.forEach((v, u) =>
      v === v ? expectClose(v, 100 * p.coupling.D[u]!, 1e-12) : undefined,
    );
  });

  it('every normalisation runs and stays finite', () => {
    for (const method of [
      'minmax',
      'minmax-pooled',
      'goalposts',
      'zscore',
      'rank',
      'target',
    ] as const) {
      const ev = evaluate({ framework: fw, data, config: { normalise: { method } } });
      expect(
        ev.periods[2]!.scores[ev.tree.root]!.every((v) => Number.isNaN(v) || Number.isFinite(v)),
        method,
      ).toBe(true);
    }
  });

  it('change against a year earlier: score difference and rank movement', () => {
    const ev = evaluate({ framework: fw, data });
    const json = evaluationJson(ev, { period: '2024' });
    expect(json.compare).toBe('2023');
    const u = json.units[0]!;
    const i = ev.units.indexOf(u.unit);
    const root = ev.tree.root;
    expectClose(
      u.change!.score!,
      ev.periods[2]!.scores[root]![i]! - ev.periods[1]!.scores[root]![i]!,
      1e-12,
    );
    expect(u.change!.rank).toBe(ev.periods[1]!.rank(root)[i]! - ev.periods[2]!.rank(root)[i]!);
  });

  it('screening removes units below the threshold and lists them with their share', () => {
    const sparse = makeDataset(fw, { units: 10, seed: 3, missing: 0.3 });
    const ev = evaluate({ framework: fw, data: sparse, config: { screen: { threshold: 0.8 } } });
    for (const s of ev.screened) {
      expect(s.share).toBeLessThan(0.8);
      const u = ev.units.indexOf(s.unit);
      expect(ev.periods[0]!.scores[ev.tree.root]![u]).toBeNaN();
      expect(ev.periods[0]!.rank(ev.tree.root)[u]).toBe(0);
    }
    expect(ev.screened.length).toBeGreaterThan(0);
  });
});

describe('invariants', () => {
  const fw = makeFramework({ domains: 2, perDomain: 3, directions: [1, -1, 1, 1, 1, -1] });

  it('permuting units permutes every result', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const data = makeDataset(fw, { units: 12, seed });
        const order = [...data.units.keys()].reverse();
        const perm = {
          ...data,
          units: order.map((i) => data.units[i]!),
          values: data.values.map((ps) =>
            ps.map((col) => Float64Array.from(order, (i) => col[i]!)),
          ),
        };
        const a = evaluate({ framework: fw, data, config: { weights: { method: 'entropy' } } })
          .periods[0]!;
        const b = evaluate({
          framework: fw,
          data: perm,
          config: { weights: { method: 'entropy' } },
        }).periods[0]!;
        order.forEach((i, k) => {
          a.scores.forEach((col, node) => expectClose(b.scores[node]![k]!, col[i]!, 1e-12));
          expect(b.rank(b.scores.length - 1)[k]).toBe(a.rank(a.scores.length - 1)[i]);
        });
      }),
      { numRuns: 20 },
    );
  });

  it('a positive affine change of one indicator leaves min–max results unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (seed, a, b) => {
          const data = makeDataset(fw, { units: 15, seed });
          const j = data.series.indexOf('I2');
          const moved = {
            ...data,
            values: data.values.map((ps) =>
              ps.map((col, s) => (s === j ? col.map((v) => a * v + b) : col)),
            ),
          };
          const x = evaluate({ framework: fw, data, config: plain }).periods[0]!;
          const y = evaluate({ framework: fw, data: moved, config: plain }).periods[0]!;
          x.scores.forEach((col, k) =>
            col.forEach((v, u) => expectClose(y.scores[k]![u]!, v, 1e-9)),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('flipping an indicator’s direction mirrors its normalised values', () => {
    const data = makeDataset(fw, { units: 15, seed: 11 });
    const flipped = makeFramework({ domains: 2, perDomain: 3, directions: [-1, -1, 1, 1, 1, -1] });
    const x = evaluate({ framework: fw, data, config: plain }).periods[0]!;
    const y = evaluate({ framework: flipped, data, config: plain }).periods[0]!;
    x.scores[0]!.forEach((v, u) => expectClose(v + y.scores[0]![u]!, 100, 1e-12));
  });

  it('is deterministic: the same inputs give the same numbers and the same hash', () => {
    const data = makeDataset(fw, { units: 20, seed: 5, missing: 0.05 });
    const a = evaluate({ framework: fw, data, config: { weights: { method: 'critic' } } });
    const b = evaluate({ framework: fw, data, config: { weights: { method: 'critic' } } });
    expect(a.meta.hash).toBe(b.meta.hash);
    expect(a.meta.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect([...a.periods[0]!.scores[a.tree.root]!]).toEqual([
      ...b.periods[0]!.scores[b.tree.root]!,
    ]);
    const c = evaluate({ framework: fw, data, config: { weights: { method: 'entropy' } } });
    expect(c.meta.hash).not.toBe(a.meta.hash);
    expect(c.meta.inputsHash).toBe(a.meta.inputsHash);
  });

  it('every indicator id of the framework appears in the JSON, weights sum to 1', () => {
    const data = makeDataset(fw, { units: 6, seed: 2 });
    const json = evaluationJson(evaluate({ framework: fw, data }));
    expect(Object.keys(json.weights)).toEqual(indicatorIds(fw));
    expectClose(
      Object.values(json.weights).reduce((a, b) => a + b, 0),
      1,
      1e-12,
    );
    expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
  });
});
