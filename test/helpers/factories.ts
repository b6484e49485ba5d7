// Factories for test fixtures: a framework of any shape and a seeded random dataset for it.

import {
  datasetFromObservations,
  type Dataset,
  type Observation,
} from '../../src/core/data/dataset.ts';
import { validateFramework } from '../../src/core/framework/parse.ts';
import type { Framework } from '../../src/core/framework/schema.ts';
import { mulberry32, normal } from '../../src/core/random.ts';

/** A framework with `domains` domains of `perDomain` indicators (I1, I2 …), directions as given. */
export function makeFramework(
  opts: { domains?: number; perDomain?: number; directions?: number[]; weights?: number[] } = {},
): Framework {
  const domains = opts.domains ?? 2;
  const per = opts.perDomain ?? 3;
  let j = 0;
  return validateFramework({
    id: 'test',
    version: '1',
    name: { zh: '测试', en: 'test' },
    root: {
      id: 'INDEX',
      name: { zh: '指数' },
      children: Array.from({ length: domains }, (_, d) => ({
        id: `D${d + 1}`,
        name: { zh: `领域${d + 1}` },
        children: Array.from({ length: per }, () => {
          const k = j++;
          return {
            id: `I${k + 1}`,
            name: { zh: `指标${k + 1}` },
            unit: '',
            direction: opts.directions?.[k] ?? 1,
            weight: opts.weights?.[k] ?? 1,
            goalposts: [0, 200],
            targets: { '2030': 150 },
          };
        }),
      })),
    },
  });
}

/** Indicator ids of a framework made by makeFramework. */
export function indicatorIds(fw: Framework): string[] {
  return fw.root.children.flatMap((d) => ('children' in d ? d.children.map((c) => c.id) : [d.id]));
}

/** A seeded dataset for a framework: log-normal-ish values around 100, optional missing share. */
export function makeDataset(
  fw: Framework,
  opts: { units?: number; periods?: string[]; seed?: number; missing?: number } = {},
): Dataset {
  const rng = mulberry32(opts.seed ?? 1);
  const n = opts.units ?? 20;
  const periods = opts.periods ?? ['2024'];
  const ids = indicatorIds(fw);
  const units = Array.from({ length: n }, (_, i) => `U${String(i + 1).padStart(3, '0')}`);
  const obs: Observation[] = [];
  for (const period of periods) {
    for (const unit of units) {
      for (const series of ids) {
        if (rng() < (opts.missing ?? 0)) continue;
        obs.push({
          unit,
          series,
          period,
          value: Math.round(100 * Math.exp(0.3 * normal(rng)) * 1000) / 1000,
        });
      }
    }
  }
  return datasetFromObservations(obs, { units, series: ids });
}
