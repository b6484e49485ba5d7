// A small geography and framework for the progress assessment's tests: a province, two cities and
// four counties; one indicator per rollup method.

import { validateFramework } from '../../../src/core/framework/parse.ts';
import type { Framework } from '../../../src/core/framework/schema.ts';
import type { Geography, Unit } from '../../../src/core/geography/units.ts';

/** A province, two cities, four counties; 330202 exists from 2025 (so not at the end of 2024). */
export function smallGeography(): Geography {
  const unit = (
    code: string,
    parent: string | null,
    level: Unit['level'],
    from: string | null = null,
  ): Unit => ({
    code,
    parent,
    level,
    kind: level === 'county' ? 'county' : level,
    name: { zh: code, en: code },
    validFrom: from,
    validTo: null,
  });
  return {
    units: [
      unit('330000', null, 'province'),
      unit('330100', '330000', 'city'),
      unit('330200', '330000', 'city'),
      unit('330101', '330100', 'county'),
      unit('330102', '330100', 'county'),
      unit('330201', '330200', 'county'),
      unit('330202', '330200', 'county', '2025-01-01'),
    ],
    memberships: [],
    groups: [],
  };
}

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
