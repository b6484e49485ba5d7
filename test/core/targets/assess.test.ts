// The whole assessment on the bundled framework, geography and demo data: every unit of the three
// levels × every indicator, the models by level, the options and the errors.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildTree } from '../../../src/core/framework/tree.ts';
import { assessTargets, type TargetsInput } from '../../../src/core/targets/assess.ts';
import { progressFlag } from '../../../src/core/targets/flag.ts';
import type { TargetsResult } from '../../../src/core/targets/result.ts';
import { THRESHOLDS } from '../../../src/core/targets/thresholds.ts';
import { BUNDLED } from '../../../src/ingest/bundled.ts';
import { loadGeography } from '../../../src/ingest/geography.ts';
import { loadEvaluationFiles } from '../../../src/ingest/load-evaluation-inputs.ts';

/** Every number in a value, recursively, with its path. */
function numbers(v: unknown, path = ''): [string, number][] {
  if (typeof v === 'number') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, k) => numbers(x, `${path}[${k}]`));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => numbers(x, `${path}.${k}`));
  return [];
}

describe('assessTargets on the demo data', () => {
  let input: TargetsInput;
  let r: TargetsResult;
  beforeAll(async () => {
    const geography = loadGeography();
    const files = await loadEvaluationFiles({
      framework: BUNDLED.framework,
      data: BUNDLED.demoData,
      knownUnits: new Set(geography.units.map((u) => u.code)),
    });
    input = { framework: files.framework, data: files.data, geography };
    r = assessTargets(input);
  });
  const row = (unit: string, indicator: string) =>
    r.rows.find((x) => x.unit === unit && x.indicator === indicator)!;

  it('assesses every unit of the province, the 11 cities and the 90 counties × 18 indicators', () => {
    expect([r.period, r.baseYear, r.firstYear, r.horizonYear, r.thresholds]).toEqual([
      '2025',
      2016,
      2016,
      2027,
      'statcan',
    ]);
    expect(r.levels).toEqual(['province', 'city', 'county']);
    const count = (level: string) =>
      new Set(r.rows.filter((x) => x.level === level).map((x) => x.unit)).size;
    expect([count('province'), count('city'), count('county')]).toEqual([1, 11, 90]);
    // V1 does not apply to three counties without villages (the framework's notApplicable).
    expect(r.rows).toHaveLength(102 * 18 - 3);
    expect(r.rows.filter((x) => x.indicator === 'V1').map((x) => x.unit)).not.toContain('330105');
    for (const x of r.rows) expect(x.values).toHaveLength(10);
  });

  it('has a flag or a reason, a forecast or a reason, and only finite numbers', () => {
    for (const x of r.rows) {
      expect(x.progress.flag === null, `${x.unit} ${x.indicator}`).toBe(x.progress.noFlag !== null);
      expect(x.forecast === null).toBe(x.noForecast !== null);
    }
    expect(numbers(r).filter(([, v]) => !Number.isFinite(v))).toEqual([]);
    expect(r.rows.filter((x) => x.progress.flag !== null).length).toBeGreaterThan(1800);
  });

  it('flags each row as progressFlag does on its own series', () => {
    for (const x of r.rows.filter((_, k) => k % 37 === 0)) {
      const ind = buildTree(input.framework).indicators.find((i) => i.id === x.indicator)!;
      const again = progressFlag({
        firstYear: r.firstYear,
        values: x.values.map((v) => v ?? NaN),
        direction: x.direction,
        baseYear: r.baseYear,
        target: x.target,
        rateOfChange: ind.rateOfChange === true,
        thresholds: THRESHOLDS.statcan,
      });
      expect(again).toEqual(x.progress);
    }
  });

  it('assesses the province’s income ratio on its published figures against the 2027 target', () => {
    const p1 = row('330000', 'P1');
    expect(p1.target).toEqual({ year: 2027, value: 1.75 });
    // The province's own rows, 2017–2025: no 2016 from the counties' rollup (1.91, an
    // approximation), so the base moves to 2017 and says so.
    expect(p1.source).toBe('data');
    expect(p1.values).toEqual([null, 2.054, 2.036, 2.014, 1.96, 1.94, 1.897, 1.86, 1.829, 1.81]);
    expect([p1.progress.baseYear, p1.progress.baseShifted, p1.progress.growth]).toEqual([
      2017,
      true,
      'compound',
    ]);
    // r = −((1.81/2.054)^(1/8) − 1) / |(1.75/2.054)^(1/10) − 1|.
    const r = -((1.81 / 2.054) ** (1 / 8) - 1) / Math.abs((1.75 / 2.054) ** (1 / 10) - 1);
    expect(p1.progress.ratio).toBeCloseTo(r, 12);
    expect(p1.forecast!.year).toBe(2027);
    expect(p1.forecast!.horizon).toBe(2);
    expect(p1.forecast!.probability).toBeGreaterThan(0);
    expect(p1.forecast!.probability).toBeLessThan(1);
    // Industrial parks: one published figure (2025) is too few, so the counties' rollup throughout.
    expect(row('330000', 'C2').source).toBe('rollup');
    expect(row('330000', 'C2').values.every((v) => v !== null)).toBe(true);
  });

  it('measures growth rates by linear growth, and forecasts an indicator without a target to 2027', () => {
    for (const id of ['C1', 'P3']) {
      const x = row('330106', id);
      expect([x.progress.growth, x.progress.linearBecause]).toEqual(['linear', 'rate-of-change']);
    }
    const c4 = row('330106', 'C4');
    expect(c4.target).toBeNull();
    expect(c4.progress.ratio).toBeNull();
    expect(c4.forecast!.year).toBe(2027);
    expect(c4.forecast!.probability).toBeNull();
  });

  it('fits one model per level and indicator; the province takes the county level’s', () => {
    expect(r.models).toHaveLength(3 * 18);
    for (const m of r.models) {
      expect(m.pooledFrom).toBe(m.level === 'province' ? 'county' : m.level);
      expect(m.calibration).toEqual([2019, 2020, 2021]);
      expect(m.heldOut).toEqual([2022, 2023, 2024]);
      expect(m.params).not.toBeNull();
      expect(m.params!.phi).toBeGreaterThanOrEqual(0.8);
      expect(m.params!.phi).toBeLessThanOrEqual(0.98);
    }
    const county = r.models.find((m) => m.level === 'county' && m.indicator === 'P2')!;
    const province = r.models.find((m) => m.level === 'province' && m.indicator === 'P2')!;
    expect(province.params).toEqual(county.params);
    expect(r.coverage.map((c) => [c.level, c.nominal])).toEqual([
      ['province', 0.8],
      ['province', 0.95],
      ['city', 0.8],
      ['city', 0.95],
      ['county', 0.8],
      ['county', 0.95],
    ]);
    // The province borrows its models, so it has no coverage of its own.
    expect(r.coverage[0]!.n).toBe(0);
    expect(r.coverage[4]!.n).toBeGreaterThan(5000);
  });

  it('is deterministic', () => {
    expect(assessTargets({ ...input, levels: ['city'] })).toEqual(
      assessTargets({ ...input, levels: ['city'] }),
    );
  });

  it('takes a level, a threshold set, a base year and a target year', () => {
    const cities = assessTargets({
      ...input,
      levels: ['city'],
      thresholds: 'eurostat',
      base: 2018,
    });
    expect(cities.rows.every((x) => x.level === 'city')).toBe(true);
    expect(cities.models.every((m) => m.level === 'city')).toBe(true);
    expect(cities.baseYear).toBe(2018);
    const c4 = cities.rows.find((x) => x.indicator === 'C4')!;
    expect(c4.progress.baseYear).toBe(2018);
    const later = assessTargets({ ...input, levels: ['province'], targetYear: 2030 });
    // No indicator has a target in 2030 or later: all are assessed without one, forecast to 2030.
    expect(later.rows.every((x) => x.target === null && x.forecast?.year === 2030)).toBe(true);
    expect(later.rows.some((x) => x.forecast?.extrapolated)).toBe(true);
  });

  it('forecasts indicators without a target to the first target year ahead, else 3 years on', () => {
    const horizon = (targets: Record<string, number> | undefined): number => {
      const framework = structuredClone(input.framework);
      for (const ind of buildTree(framework).indicators) ind.targets = targets;
      return assessTargets({ ...input, framework, levels: ['province'] }).horizonYear;
    };
    expect(horizon({ '2025': 1, '2030': 1 })).toBe(2030);
    expect(horizon(undefined)).toBe(2028);
  });

  it('refuses a quarter, a year the data lack, a base not before the year, a past target year', () => {
    expect(() => assessTargets({ ...input, period: '2025Q3-ytd' })).toThrow(/assessed on years/);
    expect(() => assessTargets({ ...input, period: '2031' })).toThrow(/no year 2031/);
    expect(() => assessTargets({ ...input, base: 2025 })).toThrow(/base year 2025 is not before/);
    expect(() => assessTargets({ ...input, targetYear: 2024 })).toThrow(/before the year assessed/);
  });
});
