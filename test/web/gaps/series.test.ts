import { describe, expect, it } from 'vitest';
import type { Figure, GapSummary } from '../../../src/api/index.ts';
import {
  middleShareSeries,
  spreadSeries,
  urbanRuralSeries,
} from '../../../web/src/pages/gaps/series.ts';

const f = (value: number | null): Figure => ({ value, yearEarlier: null, change: null });

/** A gap summary of one period with the given province ratio and units' ratios. */
function summary(
  period: string,
  province: number,
  units: Record<string, number | null>,
): GapSummary {
  return {
    period,
    compare: String(Number(period) - 1),
    level: 'county',
    membership: 'fixed',
    province: '330000',
    units: Object.keys(units).length,
    urbanRural: [
      {
        id: 'income',
        name: { zh: '城乡居民收入倍差', en: 'urban–rural income ratio' },
        province: {
          unit: '330000',
          source: 'data',
          sourceYearEarlier: null,
          n: 0,
          urban: f(null),
          rural: f(null),
          ratio: f(province),
          difference: f(null),
        },
        units: Object.entries(units).map(([unit, r]) => ({
          unit,
          urban: f(null),
          rural: f(null),
          ratio: f(r),
          difference: f(null),
        })),
      },
    ],
    regional: [
      {
        id: 'INC_RURAL',
        name: { zh: '农村收入', en: 'rural income' },
        weighted: true,
        n: 2,
        mean: f(1),
        cv: f(province / 10),
        cvWeighted: f(null),
        gini: f(province / 20),
        maxMin: f(2),
        theilT: { total: f(0.03), between: f(0.02), within: f(0.01) },
        groups: [
          {
            group: 'mountain-island',
            n: 1,
            mean: f(1),
            relativeLevel: f(80),
            theilT: { between: f(0), within: f(0) },
          },
        ],
      },
    ],
    groups: [
      { id: 'mountain-island', name: { zh: '山区海岛县', en: 'mountain and island counties' } },
    ],
    income: {
      unit: '330000',
      middleShare: { ...f(period === '2024' ? 78 : null), source: 'data' },
      lowShare: null,
      quantiles: null,
    },
    demo: false,
  };
}

const all = [summary('2023', 1.86, { A: 2.1, B: 1.5 }), summary('2024', 1.83, { A: 2.0, C: 1.4 })];

describe('urbanRuralSeries', () => {
  it('lines up the province and every unit over the periods, null where a unit is absent', () => {
    const s = urbanRuralSeries(all);
    expect(s.periods).toEqual(['2023', '2024']);
    expect(s.province).toEqual([1.86, 1.83]);
    expect(s.units.get('A')).toEqual([2.1, 2.0]);
    expect(s.units.get('B')).toEqual([1.5, null]);
    expect(s.units.get('C')).toEqual([null, 1.4]);
    expect(s.name?.zh).toBe('城乡居民收入倍差');
  });
});

describe('spreadSeries and middleShareSeries', () => {
  it('read one regional series’ measures, its Theil parts and the groups’ levels', () => {
    const s = spreadSeries(all, 'INC_RURAL');
    expect(s.cv).toEqual([0.186, 0.183]);
    expect(s.cvWeighted).toEqual([null, null]);
    expect(s.between).toEqual([0.02, 0.02]);
    expect(s.groups).toEqual([
      { id: 'mountain-island', name: all[0]!.groups[0]!.name, level: [80, 80] },
    ]);
    expect(spreadSeries(all, 'NONE').gini).toEqual([null, null]);
    expect(middleShareSeries(all)).toEqual([null, 78]);
  });
});
