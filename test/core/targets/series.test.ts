// The series a progress assessment reads: county values as in the data (denominated), a city's or
// the province's own rows where the data have them, else the rollup of its county-level units.

import { describe, expect, it } from 'vitest';
import { datasetFromObservations, type Observation } from '../../../src/core/data/dataset.ts';
import {
  isIndicator,
  type AggregateNode,
  type IndicatorNode,
} from '../../../src/core/framework/schema.ts';
import { rollupValue } from '../../../src/core/targets/rollup.ts';
import { levelPanel, seriesScope } from '../../../src/core/targets/series.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { smallGeography } from '../../helpers/geography.ts';
import { smallFramework } from './factories.ts';

const obs = (unit: string, series: string, period: string, value: number): Observation => ({
  unit,
  series,
  period,
  value,
});

describe('rollupValue', () => {
  const x = Float64Array.of(2, NaN, 6, 4);
  const w = Float64Array.of(1, 5, 0, 3);
  it('mean: the mean of the values there are', () => expect(rollupValue(x, w, 'mean')).toBe(4));
  it('weighted: Σwx/Σw over values with a weight > 0', () => {
    // (1·2 + 3·4)/(1 + 3) = 3.5; the unit of weight 0 and the one without a value do not count.
    expect(rollupValue(x, w, 'weighted-mean')).toBe(3.5);
    expect(rollupValue(x, w, 'ratio-of-sums')).toBe(3.5);
  });
  it('sum: only when every unit has a value', () => {
    expect(rollupValue(x, w, 'sum')).toBeNaN();
    expect(rollupValue(Float64Array.of(1, 2), w, 'sum')).toBe(3);
  });
  it('nothing to roll up is missing', () => {
    expect(rollupValue(Float64Array.of(NaN), w, 'mean')).toBeNaN();
  });
});

describe('levelPanel', () => {
  const data = datasetFromObservations([
    // 2023: the counties only.
    obs('330101', 'M', '2023', 2),
    obs('330102', 'M', '2023', 4),
    obs('330201', 'M', '2023', 9),
    obs('330101', 'W', '2023', 10),
    obs('330102', 'W', '2023', 20),
    obs('330101', 'POP', '2023', 1),
    obs('330102', 'POP', '2023', 3),
    obs('330201', 'POP', '2023', 4),
    obs('330101', 'PC', '2023', 5), // numerator: 5 / 1 × 10 = 50
    obs('330102', 'PC', '2023', 6), // 6 / 3 × 10 = 20
    obs('330101', 'S', '2023', 1),
    obs('330102', 'S', '2023', 2),
    obs('330101', 'N', '2023', 1),
    // 2024: the city 330100 has its own M; a quarter is not a year.
    obs('330101', 'M', '2024', 3),
    obs('330102', 'M', '2024', 5),
    obs('330100', 'M', '2024', 7.5),
    obs('330101', 'M', '2024Q3', 99),
  ]);
  const scope = seriesScope(smallFramework(), data, smallGeography(), 2023, 2024);
  const ind = (id: string): IndicatorNode => {
    const node = (smallFramework().root.children[0] as AggregateNode).children.find(
      (c) => c.id === id,
    );
    if (!node || !isIndicator(node)) throw new Error(`no indicator ${id}`);
    return node;
  };

  it('takes the levels’ units valid at the end of the year, counties only when in the data', () => {
    expect(scope.units.county.map((u) => u.code)).toEqual(['330101', '330102', '330201']);
    expect(scope.units.city).toEqual([
      { code: '330100', children: ['330101', '330102'] },
      { code: '330200', children: ['330201'] },
    ]);
    expect(scope.units.province).toEqual([
      { code: '330000', children: ['330101', '330102', '330201'] },
    ]);
  });

  it('county values are the data, per year, denominated', () => {
    const p = levelPanel(scope, ind('PC'), 'county');
    expect(p.units).toEqual(['330101', '330102', '330201']);
    expect(p.values.map((v) => Array.from(v))).toEqual([
      [50, NaN],
      [20, NaN],
      [NaN, NaN],
    ]);
    expect(p.sources).toEqual(['data', 'data', 'data']);
  });

  it('a city with fewer than 4 years of its own takes the rollup in every year, its own row too', () => {
    const p = levelPanel(scope, ind('M'), 'city');
    // 2023: (2 + 4)/2 = 3; 2024: (3 + 5)/2 = 4, not the city's own 7.5 (the quarter's 99 unread).
    expect(Array.from(p.values[0]!)).toEqual([3, 4]);
    expect(p.sources).toEqual(['rollup', 'rollup']);
    expect(Array.from(p.values[1]!)).toEqual([9, NaN]);
    const province = levelPanel(scope, ind('M'), 'province');
    expect(Array.from(province.values[0]!)).toEqual([5, 4]); // (2 + 4 + 9)/3; (3 + 5)/2
  });

  it('a city with 4 years of its own keeps them, gaps and all: one source, never a mix', () => {
    const own = datasetFromObservations([
      ...[2021, 2022, 2024, 2025].map((y) => obs('330200', 'M', String(y), y - 2000)),
      ...[2021, 2022, 2023, 2024, 2025].map((y) => obs('330201', 'M', String(y), 1)),
    ]);
    const s = seriesScope(smallFramework(), own, smallGeography(), 2021, 2025);
    const p = levelPanel(s, ind('M'), 'city');
    expect(p.units).toEqual(['330200']);
    expect(Array.from(p.values[0]!)).toEqual([21, 22, NaN, 24, 25]);
    expect(p.sources).toEqual(['data']);
  });

  it('weighted means and ratios of sums weigh by the series named', () => {
    // W: (1·10 + 3·20)/(1 + 3) = 17.5. PC: Σ numerator / Σ POP × 10 = 11/4 × 10 = 27.5.
    expectClose(levelPanel(scope, ind('W'), 'city').values[0]![0]!, 17.5, 1e-12);
    expectClose(levelPanel(scope, ind('PC'), 'city').values[0]![0]!, 27.5, 1e-12);
    expectClose(levelPanel(scope, ind('PC'), 'province').values[0]![0]!, 27.5, 1e-12);
  });

  it('a sum needs every county-level unit; no rollup, no value above the county level', () => {
    expect(levelPanel(scope, ind('S'), 'city').values[0]![0]).toBe(3);
    expect(levelPanel(scope, ind('S'), 'province').values[0]![0]).toBeNaN();
    expect(levelPanel(scope, ind('N'), 'city').values[0]![0]).toBeNaN();
  });
});
