// A replication on the prepared (imputed once) data gives exactly what a full evaluation with the
// same choices gives: every imputation method, screening basis, left-out indicator, denomination,
// reference and pooled normalisation, weight set and perturbation.

import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/data/dataset.ts';
import { validateFramework } from '../../../src/core/framework/parse.ts';
import type { Framework } from '../../../src/core/framework/schema.ts';
import type { PipelineConfigInput } from '../../../src/core/pipeline/config.ts';
import { evaluate, type EvaluationInput } from '../../../src/core/pipeline/evaluate.ts';
import {
  replicator,
  reweighted,
  withoutIndicator,
} from '../../../src/core/uncertainty/replicate.ts';
import {
  parseSpec,
  type ReplicationChoices,
  type UncertaintySpec,
} from '../../../src/core/uncertainty/spec.ts';
import { makeDataset, makeFramework } from '../../helpers/factories.ts';

/** makeFramework's shape with I1 divided by a population series POP (per 1,000). */
function denominatedFramework(): Framework {
  const fw = makeFramework({ domains: 2, perDomain: 3 });
  const plain = JSON.parse(JSON.stringify(fw)) as Record<string, unknown> & {
    root: { children: { children: Record<string, unknown>[] }[] };
  };
  plain.series = [{ id: 'POP', name: { zh: '人口' }, unit: 'persons' }];
  plain.root.children[0]!.children[0]!.denominator = { series: 'POP', scale: 1000 };
  return validateFramework(plain);
}

function dataWithPop(fw: Framework): Dataset {
  const data = makeDataset(fw, {
    units: 16,
    periods: ['2021', '2022', '2023', '2024'],
    seed: 9,
    missing: 0.12,
  });
  data.series.push('POP');
  data.values.forEach((cols, p) =>
    cols.push(Float64Array.from(data.units, (_, u) => 5000 + 300 * u + 50 * p)),
  );
  data.attrs.city = data.units.map((_, u) => `C${u % 3}`);
  // The first unit, the reference of `reference` normalisation, has every value.
  for (const cols of data.values) for (const col of cols) if (!(col[0]! === col[0]!)) col[0] = 100;
  return data;
}

const fw = denominatedFramework();
const data = dataWithPop(fw);

const spec: UncertaintySpec = parseSpec({
  impute: ['none', 'group-mean', 'interpolate', 'locf'],
  treat: ['winsorise', 'clip', 'none'],
  maxCells: [1, 3],
  normalise: ['minmax', 'minmax-pooled', { method: 'rank', params: [1, 100] }, 'reference'],
  weights: {
    perturb: 0.3,
    sets: { nominal: {}, equal: { method: 'equal' }, heavy: { weights: { D1: 3, I5: 2 } } },
  },
  aggregate: ['arithmetic', 'geometric', 'topsis'],
  drop: true,
});

/** What a full evaluation with one replication's choices runs on. */
function fullRun(base: EvaluationInput, cfg: PipelineConfigInput, c: ReplicationChoices) {
  let framework = c.drop ? withoutIndicator(base.framework, c.drop) : base.framework;
  const set = c.weights?.set ? spec.weights!.sets![c.weights.set]! : undefined;
  const perturbed = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'D1', 'D2'];
  if (set?.weights || c.weights?.factors) {
    framework = reweighted(framework, (id, w) => {
      const i = perturbed.indexOf(id);
      return (set?.weights?.[id] ?? w) * (c.weights?.factors?.[i] ?? 1);
    });
  }
  const config: PipelineConfigInput = {
    ...cfg,
    impute: { method: c.impute ?? 'none', group: 'city' },
    treat: { method: c.treat ?? 'winsorise', maxCells: c.maxCells ?? 5 },
    normalise: c.normalise ?? { method: 'minmax' },
    weights: { method: set?.method ?? 'expert' },
    aggregate: c.aggregate ? { method: c.aggregate } : {},
  };
  return evaluate({ ...base, framework, config });
}

const choices: ReplicationChoices[] = [
  {},
  { impute: 'group-mean' },
  { impute: 'interpolate', drop: 'I2' },
  { impute: 'locf', drop: 'I4', treat: 'clip' },
  { normalise: { method: 'minmax-pooled' }, maxCells: 1 },
  { normalise: { method: 'rank', params: [1, 100] }, aggregate: 'geometric' },
  { normalise: { method: 'reference' }, aggregate: 'topsis' },
  { weights: { set: 'equal' }, treat: 'none' },
  { weights: { set: 'heavy', factors: [1.2, 0.8, 1, 1.3, 0.7, 1, 1.1, 0.9] }, drop: 'I1' },
];

describe('a replication on the prepared data equals a full evaluation', () => {
  for (const screen of [
    { threshold: 0.8, basis: 'imputed' as const },
    { threshold: 0.9, basis: 'observed' as const },
  ]) {
    const cfg: PipelineConfigInput = { screen };
    // The first unit serves as the reference of `reference` normalisation.
    const base: EvaluationInput = { framework: fw, data, config: cfg, units: data.units.slice(1) };
    const rep = replicator(base, spec);
    for (const c of choices) {
      it(`${screen.basis} basis: ${JSON.stringify(c)}`, () => {
        const full = fullRun(base, cfg, c);
        const p = full.periods.find((x) => x.period === rep.period)!;
        const o = rep.run(c);
        expect([...o.scores]).toEqual([...p.scores[full.tree.root]!]);
        expect([...o.ranks]).toEqual([...p.rank(full.tree.root)]);
      });
    }
  }

  it('the nominal outcome is the input evaluated as given', () => {
    const rep = replicator(
      { framework: fw, data },
      parseSpec({ aggregate: ['geometric'] }),
      '2023',
    );
    const ev = evaluate({ framework: fw, data });
    const p = ev.periods.find((x) => x.period === '2023')!;
    expect(rep.period).toBe('2023');
    expect([...rep.nominalOutcome.scores]).toEqual([...p.scores[ev.tree.root]!]);
    expect(rep.nominal.meta.hash).toBe(ev.meta.hash);
  });
});

describe('framework edits', () => {
  it('leaving an indicator out drops an aggregate left empty, never the last indicator', () => {
    const one = makeFramework({ domains: 2, perDomain: 1 });
    const fw2 = withoutIndicator(one, 'I1');
    expect(fw2.root.children.map((c) => c.id)).toEqual(['D2']);
    expect(() => withoutIndicator(fw2, 'I2')).toThrow(/only indicator/);
  });

  it('reweighting changes weights only', () => {
    const fw2 = reweighted(fw, (id, w) => (id === 'I3' ? 7 : w));
    const i3 = fw2.root.children[0]!;
    expect('children' in i3 && i3.children[2]!.weight).toBe(7);
    expect(fw.root.children[0]!).not.toBe(i3);
  });
});
