// The uncertainty spec: validation with paths, the default spec, and how uniforms pick settings.

import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../src/core/framework/tree.ts';
import { DEFAULT_SPEC, parseSpec, pick, resolveSpec } from '../../../src/core/uncertainty/spec.ts';
import { makeFramework } from '../../helpers/factories.ts';

const tree = buildTree(makeFramework({ domains: 2, perDomain: 2 }));

describe('uncertainty spec', () => {
  it('the default spec is valid and varies six choices', () => {
    const r = resolveSpec(parseSpec(DEFAULT_SPEC), tree);
    expect(r.choices.map((c) => c.name)).toEqual([
      'impute',
      'treat',
      'maxCells',
      'normalise',
      'weights',
      'aggregate',
    ]);
    // Weights: every node below the index (4 indicators, 2 domains) moves.
    expect(r.perturbed).toEqual(['I1', 'I2', 'I3', 'I4', 'D1', 'D2']);
    expect(r.dims).toBe(5 + 6);
  });

  it('names every problem with its path', () => {
    expect(() => parseSpec({ treat: ['sometimes'], weights: { perturb: 2 }, extra: 1 })).toThrow(
      /treat\[0\].*\n.*weights\.perturb|weights\.perturb.*\n.*treat\[0\]/s,
    );
    expect(() => resolveSpec(parseSpec({ drop: ['I9'] }), tree)).toThrow(/I9.*I1, I2, I3, I4/);
    expect(() =>
      resolveSpec(parseSpec({ weights: { sets: { s: { weights: { INDEX: 2 } } } } }), tree),
    ).toThrow(/INDEX/);
  });

  it('picks alternatives with equal probability by equal-width bins', () => {
    expect([0, 0.249, 0.25, 0.5, 0.999].map((u) => pick(['a', 'b', 'c', 'd'], u))).toEqual([
      'a',
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('decodes a row into settings, weights as ±perturb factors on the chosen levels', () => {
    const r = resolveSpec(
      parseSpec({
        normalise: ['minmax', { method: 'zscore', params: [10, 2] }],
        weights: { perturb: 0.2, levels: [2], sets: { a: {}, b: { method: 'equal' } } },
        drop: true,
      }),
      tree,
    );
    expect(r.perturbed).toEqual(['D1', 'D2']);
    expect(r.drops).toEqual([null, 'I1', 'I2', 'I3', 'I4']);
    const c = r.decode([0.9, 0.6, 0, 1 - 1e-12, 0.1]);
    expect(c.normalise).toEqual({ method: 'zscore', params: [10, 2] });
    expect(c.weights!.set).toBe('b');
    expect(c.weights!.factors![0]).toBeCloseTo(0.8, 12);
    expect(c.weights!.factors![1]).toBeCloseTo(1.2, 9);
    expect(c.drop).toBeNull();
  });
});
