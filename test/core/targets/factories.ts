// A small geography and framework for the progress assessment's tests: a province, two cities and
// four counties; one indicator per rollup method.

import { validateFramework } from '../../../src/core/framework/parse.ts';
import type { Framework } from '../../../src/core/framework/schema.ts';

/** A framework of four indicators, one per rollup method; PC is denominated by POP. */
export function smallFramework(): Framework {
  const ind = (id: string, extra: Record<string, unknown>) => ({
    id,
    name: { zh: id },
    unit: '',
    direction: 1,
    ...extra,
  });
  return validateFramework({
    id: 'small',
    version: '1',
    name: { zh: '小' },
    series: [{ id: 'POP', name: { zh: '人口' } }],
    root: {
      id: 'INDEX',
      name: { zh: '指数' },
      children: [
        {
          id: 'D',
          name: { zh: '领域' },
          children: [
            ind('M', { rollup: { method: 'mean' }, targets: { '2026': 10 } }),
            ind('W', { rollup: { method: 'weighted-mean', weight: 'POP' } }),
            ind('PC', {
              denominator: { series: 'POP', scale: 10 },
              rollup: { method: 'ratio-of-sums', weight: 'POP' },
            }),
            ind('S', { rollup: { method: 'sum' } }),
            ind('N', {}),
          ],
        },
      ],
    },
  });
}
