// evaluate()'s lean options: `only` one period and `provenance: false` give the numbers of a full
// evaluation, for every method that reads across periods.

import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationInput } from '../../../src/core/pipeline/evaluate.ts';
import type { PipelineConfigInput } from '../../../src/core/pipeline/config.ts';
import { makeDataset, makeFramework } from '../../helpers/factories.ts';

const fw = makeFramework({ domains: 2, perDomain: 3 });
const periods = ['2021', '2022', '2023', '2024'];
const data = makeDataset(fw, { units: 15, periods, seed: 3, missing: 0.15 });
data.attrs.city = data.units.map((_, u) => `C${u % 3}`);

const configs: [string, PipelineConfigInput][] = [
  ['default', {}],
  ['interpolate', { impute: { method: 'interpolate' } }],
  ['group-mean', { impute: { method: 'group-mean' } }],
  ['pooled min–max', { normalise: { method: 'minmax-pooled' } }],
  ['observed basis', { screen: { threshold: 0.9, basis: 'observed' }, impute: { method: 'locf' } }],
  ['entropy, jenks', { weights: { method: 'entropy' }, tiers: { method: 'jenks', k: 3 } }],
];

describe('evaluate({ only })', () => {
  for (const [name, config] of configs) {
    it(`${name}: the one period's results equal a full evaluation's`, () => {
      const input: EvaluationInput = { framework: fw, data, config };
      const full = evaluate(input);
      for (const period of ['2022', '2024']) {
        const one = evaluate({ ...input, only: period, provenance: false });
        expect(one.periods.map((p) => p.period)).toEqual([period]);
        const a = full.periods.find((p) => p.period === period)!;
        const b = one.periods[0]!;
        expect(b.scores).toEqual(a.scores);
        expect([...b.rank(one.tree.root)]).toEqual([...a.rank(full.tree.root)]);
        expect([...b.tiers]).toEqual([...a.tiers]);
        expect(b.stages.imputed).toEqual(a.stages.imputed);
        expect(one.screened).toEqual(full.screened.filter((s) => s.period === period));
      }
    });
  }

  it('names the evaluated periods when asked for another', () => {
    expect(() => evaluate({ framework: fw, data, only: '2030' })).toThrow(/2021, 2022, 2023, 2024/);
  });
});

describe('evaluate({ provenance: false })', () => {
  it('leaves the hashes empty and the rest of the record as it is', () => {
    const a = evaluate({ framework: fw, data });
    const b = evaluate({ framework: fw, data, provenance: false });
    expect(b.meta).toEqual({ ...a.meta, inputsHash: '', hash: '' });
    expect(a.meta.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
