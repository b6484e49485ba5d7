import { describe, expect, it } from 'vitest';
import type { TargetModel, TargetRow, TargetsAnswer } from '../../../src/api/index.ts';
import { fanInputOf, lastStep, modelOf } from '../../../web/src/components/forecast-fan.ts';
import { mostAtRisk } from '../../../web/src/pages/unit/at-risk.ts';

const labels = {
  observed: 'o',
  forecast: 'f',
  band80: 'b80',
  band95: 'b95',
  lo80: 'l80',
  hi80: 'h80',
  lo95: 'l95',
  hi95: 'h95',
};

/** A county's row of indicator `id`: values from 2016, a forecast to 2027 with `probability`. */
function makeRow(
  id: string,
  opts: { probability?: number | null; target?: boolean; forecast?: boolean } = {},
): TargetRow {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const step = (year: number, mean: number) => ({
    year,
    mean,
    lo80: mean - 1,
    hi80: mean + 1,
    lo95: mean - 2,
    hi95: mean + 2,
  });
  return {
    unit: '330127',
    level: 'county',
    indicator: id,
    direction: 1,
    values,
    source: 'data',
    target: opts.target === false ? null : { year: 2027, value: 12 },
    progress: {
      flag: 'on-track',
      noFlag: null,
      baseYear: 2016,
      baseShifted: false,
      currentYear: 2025,
      base: 1,
      current: 10,
      growth: 'compound',
      linearBecause: null,
      rate: 0.29,
      required: 0.25,
      ratio: 1.16,
      signedGrowth: 0.29,
    },
    forecast:
      opts.forecast === false
        ? null
        : {
            origin: 2025,
            year: 2027,
            horizon: 2,
            mean: 12,
            drift: 12,
            linear: 12,
            path: [step(2026, 11), step(2027, 12)],
            probability: opts.probability === undefined ? 0.5 : opts.probability,
            extrapolated: false,
          },
    noForecast: opts.forecast === false ? 'too-few-points' : null,
  };
}

describe('mostAtRisk', () => {
  it('picks the lowest probability of meeting a target, the first among equals', () => {
    const rows = [
      makeRow('A', { probability: 0.8 }),
      makeRow('B', { probability: 0.2 }),
      makeRow('C', { probability: 0.2 }),
      makeRow('D', { probability: 0.9 }),
    ];
    expect(mostAtRisk(rows)).toBe('B');
  });

  it('ignores rows without a target or a probability', () => {
    const rows = [
      makeRow('A', { probability: 0, target: false }),
      makeRow('B', { probability: null }),
      makeRow('C', { probability: 0.6 }),
    ];
    expect(mostAtRisk(rows)).toBe('C');
  });

  it('falls back on the first row with a forecast, then the first row, then none', () => {
    expect(mostAtRisk([makeRow('A', { forecast: false }), makeRow('B', { target: false })])).toBe(
      'B',
    );
    expect(mostAtRisk([makeRow('A', { forecast: false })])).toBe('A');
    expect(mostAtRisk([])).toBeNull();
  });
});

describe('fanInputOf', () => {
  it('takes the row’s values, path and target as the fan draws them', () => {
    const row = makeRow('A');
    const input = fanInputOf(2016, row, labels, '元');
    expect(input.firstYear).toBe(2016);
    expect(input.values).toBe(row.values);
    expect(input.forecast).toEqual({ origin: 2025, path: row.forecast!.path });
    expect(input.target).toEqual({ year: 2027, value: 12 });
    expect(input.yName).toBe('元');
    expect(fanInputOf(2016, makeRow('B', { forecast: false }), labels).forecast).toBeNull();
  });
});

describe('lastStep', () => {
  it('gives the 80 % bounds in the forecast’s year, or none', () => {
    expect(lastStep(makeRow('A'))).toEqual({ lo80: 11, hi80: 13 });
    expect(lastStep(makeRow('A', { forecast: false }))).toEqual({ lo80: null, hi80: null });
  });
});

describe('modelOf', () => {
  it('finds the model of the row’s level and indicator', () => {
    const model = (level: 'county' | 'city', indicator: string): TargetModel => ({
      level,
      indicator,
      pooledFrom: level,
      units: level === 'county' ? 90 : 11,
      params: { alpha: 0.5, beta: 0.1, phi: 0.9 },
      calibration: [2019, 2020, 2021],
      heldOut: [2022, 2023, 2024],
      quantiles: [],
      coverage: [],
      accuracy: [],
    });
    const answer = {
      models: [model('city', 'A'), model('county', 'B'), model('county', 'A')],
    } as Pick<TargetsAnswer, 'models'> as TargetsAnswer;
    expect(modelOf(answer, makeRow('A'))).toBe(answer.models[2]);
    expect(modelOf(answer, makeRow('Z'))).toBeUndefined();
  });
});
