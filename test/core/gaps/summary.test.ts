import { beforeAll, describe, expect, it } from 'vitest';
import { datasetFromObservations, type Observation } from '../../../src/core/data/dataset.ts';
import { gapSummary } from '../../../src/core/gaps/summary.ts';
import type { Geography } from '../../../src/core/geography/units.ts';
import { validateFramework } from '../../../src/core/framework/parse.ts';
import { groupingFromLabels } from '../../../src/core/inequality/grouping.ts';
import { theilT } from '../../../src/core/inequality/theil.ts';
import { BUNDLED } from '../../../src/ingest/bundled.ts';
import { loadGeography } from '../../../src/ingest/geography.ts';
import { loadEvaluationFiles } from '../../../src/ingest/load-evaluation-inputs.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { smallGeography } from '../../helpers/geography.ts';

/** The small geography with a group of hills (330102 from 2024, 330201 from 2025). */
function geography(): Geography {
  return {
    ...smallGeography(),
    groups: [{ id: 'hills', name: { zh: '山区', en: 'hills' }, note: '' }],
    memberships: [
      { group: 'hills', unit: '330102', validFrom: '2024-01-01', validTo: null },
      { group: 'hills', unit: '330201', validFrom: '2025-01-01', validTo: null },
    ],
  };
}

const framework = validateFramework({
  id: 'gaps-test',
  version: 1,
  name: { zh: '测试' },
  series: ['POP', 'POP_RURAL', 'INC_URBAN', 'INC_RURAL', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5'].map(
    (id) => ({
      id,
      name: { zh: id },
    }),
  ),
  gaps: {
    urbanRural: [
      {
        id: 'income',
        name: { zh: '城乡收入比' },
        urban: 'INC_URBAN',
        rural: 'INC_RURAL',
        urbanWeight: { series: 'POP', minus: 'POP_RURAL' },
        ruralWeight: 'POP_RURAL',
      },
    ],
    regional: [{ id: 'INC_RURAL', weight: 'POP_RURAL' }],
    groups: ['hills'],
    income: {
      middleShare: { id: 'MID', weight: 'POP' },
      quantileMeans: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'],
    },
  },
  root: {
    id: 'INDEX',
    name: { zh: '指数' },
    children: [{ id: 'MID', name: { zh: '中等收入' }, unit: '%', direction: 1 }],
  },
});

// unit: [INC_URBAN, INC_RURAL, POP, POP_RURAL, MID] by year.
const ROWS: Record<string, Record<string, number[]>> = {
  '2024': {
    '330000': [50, 25, NaN, NaN, 60],
    '330101': [55, 27, 10, 4, 58],
    '330102': [38, 18, 5, 3, 50],
    '330201': [48, 36, 5, 1, 75],
  },
  '2025': {
    '330101': [60, 30, 10, 4, 70],
    '330102': [40, 20, 5, 3, 60],
    '330201': [50, 40, 5, 1, 80],
    '330202': [45, 30, 4, 2, 50],
  },
};
const SERIES = ['INC_URBAN', 'INC_RURAL', 'POP', 'POP_RURAL', 'MID'];

function dataset(extra: Observation[] = []): ReturnType<typeof datasetFromObservations> {
  const obs: Observation[] = [...extra];
  for (const [period, units] of Object.entries(ROWS)) {
    for (const [unit, values] of Object.entries(units)) {
      values.forEach((value, s) => {
        if (!Number.isNaN(value)) obs.push({ unit, series: SERIES[s]!, period, value });
      });
    }
  }
  ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'].forEach((series, k) =>
    obs.push({ unit: '330000', series, period: '2025', value: 10 * (k + 1) }),
  );
  return datasetFromObservations(obs);
}

describe('gapSummary on a small case computed by hand', () => {
  const s = gapSummary({ framework, data: dataset(), geography: geography(), period: '2025' });

  it('compares with the same period a year earlier over the units that exist then', () => {
    expect(s.compare).toBe('2024');
    expect(s.units).toBe(4);
    expect(s.province).toBe('330000');
  });

  it('pools the province’s urban and rural incomes, each by its own population, without a province row', () => {
    // Urban residents POP − POP_RURAL = 6, 2, 4, 2: urban = (60·6 + 40·2 + 50·4 + 45·2)/14 = 730/14.
    // Rural residents 4, 3, 1, 2: rural = (30·4 + 20·3 + 40·1 + 30·2)/10 = 28.
    // A year earlier the province row: 50 / 25 = 2.
    const p = s.urbanRural[0]!.province;
    expect(p).toMatchObject({ unit: '330000', source: 'units', sourceYearEarlier: 'data', n: 4 });
    expectClose(p.urban.value!, 730 / 14, 1e-14);
    expectClose(p.rural.value!, 28, 1e-14);
    expectClose(p.ratio.value!, 730 / 14 / 28, 1e-14);
    expect(p.ratio.yearEarlier).toBe(2);
    expectClose(p.ratio.change!, 730 / 14 / 28 - 2, 1e-14);
    expectClose(p.difference.value!, 730 / 14 - 28, 1e-12);
    expect(p.difference.yearEarlier).toBe(25);
  });

  it('gives each unit’s ratio and difference with the change; a new unit has none', () => {
    const units = s.urbanRural[0]!.units;
    expect(units.map((u) => u.unit)).toEqual(['330101', '330102', '330201', '330202']);
    // 330101: 60/30 = 2 against 55/27.
    expect(units[0]!.ratio.value).toBe(2);
    expectClose(units[0]!.ratio.change!, 2 - 55 / 27, 1e-15);
    expect(units[0]!.difference).toEqual({ value: 30, yearEarlier: 28, change: 2 });
    expect(units[3]!.ratio).toEqual({ value: 1.5, yearEarlier: null, change: null });
  });

  it('measures the regional spread with the city and group splits', () => {
    const r = s.regional[0]!;
    expect(r.name.zh).toBe('INC_RURAL');
    expect(r.weighted).toBe(true);
    expect(r.n).toBe(4);
    // Rural incomes (30, 20, 40, 30) weighted by (4, 3, 1, 2): mean 28; a year earlier 198/8.
    expectClose(r.mean.value!, 28, 1e-14);
    expectClose(r.mean.yearEarlier!, 198 / 8, 1e-14);
    expect(r.maxMin.value).toBe(2);
    // Cities: {30·4, 20·3} → P 7, S 180; {40·1, 30·2} → P 3, S 100; μ = 28.
    const tb = (180 / 280) * Math.log(180 / 7 / 28) + (100 / 280) * Math.log(100 / 3 / 28);
    expectClose(r.theilT.between.value!, tb, 1e-14);
    expectClose(r.theilT.between.value! + r.theilT.within.value!, r.theilT.total.value!, 1e-15);
    // The group: {20 (w 3), 40 (w 1)} in 2025, mean 25, level 25/28 · 100. In 2024 the same two
    // units (the default, fixed membership): {18 (w 3), 36 (w 1)}, mean 22.5, level 22.5/24.75 · 100.
    const g = r.groups[0]!;
    expect(s.membership).toBe('fixed');
    expect(g.group).toBe('hills');
    expect(g.n).toBe(2);
    expectClose(g.mean.value!, 25, 1e-14);
    expectClose(g.relativeLevel.value!, (25 / 28) * 100, 1e-12);
    expectClose(g.mean.yearEarlier!, 22.5, 1e-14);
    expectClose(g.relativeLevel.yearEarlier!, (22.5 / 24.75) * 100, 1e-12);
    // With each year's own members, 2024 has only 330102: 18, level 18/24.75 · 100.
    const own = gapSummary({
      framework,
      data: dataset(),
      geography: geography(),
      period: '2025',
      membership: 'own',
    });
    expect(own.membership).toBe('own');
    const go = own.regional[0]!.groups[0]!;
    expect(go.mean.value).toBe(g.mean.value);
    expect(go.mean.yearEarlier).toBe(18);
    expectClose(go.relativeLevel.yearEarlier!, (18 / 24.75) * 100, 1e-12);
    const x = Float64Array.of(30, 20, 40, 30);
    const w = Float64Array.of(4, 3, 1, 2);
    const split = theilT(x, w, groupingFromLabels(['out', 'in', 'in', 'out']));
    expectClose(g.theilT.between.value!, split.between, 1e-15);
    expect(s.groups).toEqual([{ id: 'hills', name: { zh: '山区', en: 'hills' } }]);
  });

  it('gives the income distribution: pooled middle share and quintile Gini', () => {
    // MID pooled by POP (10, 5, 5, 4): (700 + 300 + 400 + 200)/24; a year earlier the province's 60.
    const i = s.income!;
    expect(i.middleShare!.source).toBe('units');
    expectClose(i.middleShare!.value!, 1600 / 24, 1e-14);
    expectClose(i.middleShare!.change!, 1600 / 24 - 60, 1e-12);
    expect(i.lowShare).toBeNull();
    // Quintile means 10 … 50: L = 10, 30, 60, 100, 150 (/150); G = 1 − .2 · 550/150 = 40/150.
    expectClose(i.quantiles!.gini.value!, 40 / 150, 1e-15);
    expect(i.quantiles!.topBottomRatio.value).toBe(5);
    expect(i.quantiles!.gini.yearEarlier).toBeNull();
  });

  it('takes the province row when the data have both incomes', () => {
    const t = gapSummary({
      framework,
      data: dataset([
        { unit: '330000', series: 'INC_URBAN', period: '2025', value: 52 },
        { unit: '330000', series: 'INC_RURAL', period: '2025', value: 26 },
      ]),
      geography: geography(),
      period: '2025',
    });
    expect(t.urbanRural[0]!.province).toMatchObject({ source: 'data', n: 0 });
    expect(t.urbanRural[0]!.province.ratio).toEqual({ value: 2, yearEarlier: 2, change: 0 });
  });

  it('rejects a framework without gaps, an unknown period or group, and non-positive incomes', () => {
    const data = dataset();
    expect(() =>
      gapSummary({
        framework: { ...framework, gaps: undefined },
        data,
        geography: geography(),
        period: '2025',
      }),
    ).toThrow(/no "gaps" section/);
    expect(() => gapSummary({ framework, data, geography: geography(), period: '2023' })).toThrow(
      /no period 2023; they have 2024, 2025/,
    );
    const geo = geography();
    geo.groups = [];
    expect(() => gapSummary({ framework, data, geography: geo, period: '2025' })).toThrow(
      /gaps.groups\[0\]: unknown group "hills"/,
    );
    const bad = dataset([{ unit: '330202', series: 'INC_RURAL', period: '2024', value: 0 }]);
    expect(() =>
      gapSummary({ framework, data: bad, geography: geography(), period: '2025' }),
    ).toThrow(
      /unit 330202, series INC_RURAL, period 2024: the value is 0; the urban–rural ratio divides incomes, so it must be > 0/,
    );
  });
});

describe('gapSummary on the bundled demo data', () => {
  const geo = loadGeography();
  let files: Awaited<ReturnType<typeof loadEvaluationFiles>>;
  beforeAll(async () => {
    files = await loadEvaluationFiles({ framework: BUNDLED.framework, data: BUNDLED.demoData });
  });

  it('gives the published Jan–Sep 2025 urban–rural ratio of 1.73 from the province row', () => {
    // 《今日浙江》2025年第23期: urban 63,079, rural 36,383 CNY, ratio 1.73.
    const s = gapSummary({
      framework: files.framework,
      data: files.data,
      geography: geo,
      period: '2025Q3-ytd',
    });
    const p = s.urbanRural[0]!.province;
    expect(p.source).toBe('data');
    expect(p.ratio.value!.toFixed(2)).toBe('1.73');
    // Against Jan–Sep 2024, derived from the published growth (urban 4.2 %, rural 5.3 %):
    // 60,536 / 34,552; the report's "0.02 lower".
    expect(p.sourceYearEarlier).toBe('data');
    expectClose(p.ratio.yearEarlier!, 60536 / 34552, 1e-15);
    expectClose(p.ratio.change!, 63079 / 36383 - 60536 / 34552, 1e-12);
    expect(p.ratio.change!.toFixed(2)).toBe('-0.02');
  });

  it('pools the 90 counties for 2025 near the published 1.81, against 2024’s published 1.829', () => {
    const s = gapSummary({
      framework: files.framework,
      data: files.data,
      geography: geo,
      period: '2025',
    });
    const p = s.urbanRural[0]!.province;
    expect(p).toMatchObject({ source: 'units', sourceYearEarlier: 'data', n: 90 });
    expect(p.ratio.value!.toFixed(2)).toBe('1.81');
    // 2025年浙江统计年鉴 表5-5 (quoted in the demo data): 78,251 / 42,786.
    expectClose(p.ratio.yearEarlier!, 78251 / 42786, 1e-15);
    expect(s.units).toBe(90);
    const mi = s.regional[0]!.groups[0]!;
    expect(mi.group).toBe('mountain-island');
    expect(mi.n).toBe(22);
    expect(mi.relativeLevel.value!).toBeLessThan(100);
  });

  it('compares a group with the same members in both years by default, or each year’s own', () => {
    // The mountain-island list had 25 units at the end of 2024 and 22 at the end of 2025
    // (groups.csv: 永嘉, 苍南 and 江山 left on 2025-05-28). The rural income mean of the group in
    // 2024, weighted by rural population, over each list, from the data's own cells.
    const at = (unit: string, series: string, period: string): number => {
      const u = files.data.units.indexOf(unit);
      const k = files.data.series.indexOf(series);
      const t = files.data.periods.indexOf(period);
      return files.data.values[t]![k]![u]!;
    };
    const members = (date: string) =>
      geo.memberships
        .filter(
          (m) =>
            m.group === 'mountain-island' &&
            (m.validFrom ?? '') <= date &&
            (m.validTo === null || m.validTo >= date),
        )
        .map((m) => m.unit);
    const mean = (units: string[], period: string) => {
      let sw = 0;
      let swx = 0;
      for (const u of units) {
        sw += at(u, 'POP_RURAL', period);
        swx += at(u, 'POP_RURAL', period) * at(u, 'INC_RURAL', period);
      }
      return swx / sw;
    };
    expect([members('2024-12-31').length, members('2025-12-31').length]).toEqual([25, 22]);
    const run = (membership?: 'fixed' | 'own') =>
      gapSummary({
        framework: files.framework,
        data: files.data,
        geography: geo,
        period: '2025',
        membership,
      });
    const fixed = run();
    expect(fixed.membership).toBe('fixed');
    const f = fixed.regional[0]!.groups[0]!;
    expectClose(f.mean.value!, mean(members('2025-12-31'), '2025'), 1e-9);
    expectClose(f.mean.yearEarlier!, mean(members('2025-12-31'), '2024'), 1e-9);
    const own = run('own');
    expect(own.membership).toBe('own');
    const o = own.regional[0]!.groups[0]!;
    expect(o.mean.value).toBe(f.mean.value);
    expectClose(o.mean.yearEarlier!, mean(members('2024-12-31'), '2024'), 1e-9);
    // The three that left are among the poorer mountain counties: the change differs by list.
    expect(Math.abs(o.mean.change! - f.mean.change!)).toBeGreaterThan(100);
  });
});
