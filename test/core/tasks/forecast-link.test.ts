// The forecast rule of items linked to an indicator: the year an assessment as of a date stands
// on, the probability read off a forecast's intervals, the item's forecast picked from an
// assessment (hand-made, with a path whose figures are known), and the status it moves.

import { describe, expect, it } from 'vitest';
import type { HorizonQuantiles } from '../../../src/core/forecast/backtest.ts';
import { forecastUnit, type ForecastStep } from '../../../src/core/forecast/forecast.ts';
import { progressFlag } from '../../../src/core/targets/flag.ts';
import { THRESHOLDS } from '../../../src/core/targets/thresholds.ts';
import {
  forecastPeriod,
  intervalProbability,
  itemForecast,
  itemYear,
  linkedUnit,
  type ForecastSource,
  type ItemForecast,
} from '../../../src/core/tasks/forecast-link.ts';
import { describeRule } from '../../../src/core/tasks/reasons.ts';
import { deriveStatus, STATUS_RULES, type StatusItem } from '../../../src/core/tasks/status.ts';
import type { Target } from '../../../src/core/tasks/types.ts';
import { ruleText } from '../../../src/i18n/work.ts';
import { expectClose } from '../../helpers/expect-close.ts';

/** A step with the 80 % interval symmetric around the mean: 10, 80 % [8, 12], 95 % [6, 14]. */
const STEP: ForecastStep = { year: 2027, mean: 10, lo80: 8, hi80: 12, lo95: 6, hi95: 14 };

describe('the probability read off a forecast’s intervals', () => {
  // The bounds are the 2.5, 10, 90 and 97.5 % points of the forecast; the share below a target
  // is linear between them, and the side that meets the target is taken.
  it('is linear between the bounds, on the side of the direction', () => {
    // 11: 10 % + 80 % × (11 − 8)/(12 − 8) = 70 % below, so 30 % at or above.
    expectClose(intervalProbability(STEP, 11, 1)!, 0.3);
    expectClose(intervalProbability(STEP, 11, -1)!, 0.7);
    // The mean of a symmetric interval: one half.
    expectClose(intervalProbability(STEP, 10, 1)!, 0.5);
    // 9: 10 % + 80 % × 1/4 = 30 % below; lower is better: 30 %.
    expectClose(intervalProbability(STEP, 9, -1)!, 0.3);
    // 7: between the 95 % and 80 % bounds, 2.5 % + 7.5 % × (7 − 6)/(8 − 6) = 6.25 % below.
    expectClose(intervalProbability(STEP, 7, 1)!, 0.9375);
    // 13: 90 % + 7.5 % × 1/2 = 93.75 % below.
    expectClose(intervalProbability(STEP, 13, 1)!, 0.0625);
  });

  it('says no more than the 95 % interval beyond it', () => {
    expectClose(intervalProbability(STEP, 20, 1)!, 0.025);
    expectClose(intervalProbability(STEP, 2, 1)!, 0.975);
    expectClose(intervalProbability(STEP, 14, -1)!, 0.975);
    expectClose(intervalProbability(STEP, 6, 1)!, 0.975);
  });

  it('meets the target or not by the point when the interval is a point, none without one', () => {
    const point = { mean: 5, lo80: 5, hi80: 5, lo95: 5, hi95: 5 };
    expect(intervalProbability(point, 5, 1)).toBe(1);
    expect(intervalProbability(point, 5.1, 1)).toBe(0);
    expect(intervalProbability(point, 5, -1)).toBe(1);
    expect(intervalProbability(point, 4.9, -1)).toBe(0);
    expect(intervalProbability({ ...STEP, lo95: null, hi95: null }, 11, 1)).toBeNull();
  });
});

describe('the year an assessment as of a date stands on', () => {
  const periods = [
    ...Array.from({ length: 10 }, (_, k) => String(2016 + k)),
    '2020Q3-ytd',
    '2025Q1-ytd',
  ];
  it('is the newest year of the data up to the as-of year, after the first', () => {
    const y = [2027];
    expect(forecastPeriod(periods, '2026-12-03', y)).toEqual({ period: '2025', latest: true });
    expect(forecastPeriod(periods, '2025-01-01', y)).toEqual({ period: '2025', latest: true });
    expect(forecastPeriod(periods, '2024-12-31', y)).toEqual({ period: '2024', latest: false });
    expect(forecastPeriod(periods, '2017-06-30', y)).toEqual({ period: '2017', latest: false });
    // The first year is the base year: nothing to assess on it.
    expect(forecastPeriod(periods, '2016-06-30', y)).toBeNull();
    expect(forecastPeriod(periods, '2010-06-30', y)).toBeNull();
    expect(forecastPeriod(['2025Q1-ytd', '2025-09'], '2026-01-01', y)).toBeNull();
  });

  it('is none when the data decide every item’s year', () => {
    expect(forecastPeriod(periods, '2026-12-03', [2024, 2025])).toBeNull();
    expect(forecastPeriod(periods, '2024-12-31', [2024, 2025])).toEqual({
      period: '2024',
      latest: false,
    });
    expect(forecastPeriod(periods, '2026-12-03', [])).toBeNull();
  });
});

// A hand-made assessment of indicator X1 for the province: the series 0, 1, …, 9 in 2016–2025,
// α = β = φ = 1 (level 9 and trend 1 in 2025, so the point forecast is 9 + h), scale s = 1 (every
// step is 1), error quantiles −4, −2, 2, 4 at every horizon (so 2026: 10, 80 % [8, 12], 95 %
// [6, 14]; 2027: 11, 80 % [9, 13], 95 % [7, 15]), and 40 calibration errors −3.9, −3.7, …, 3.9.
// The framework's target is 12 in 2027: met when 11 + z ≥ 12, z ≥ 1, by 15 of the 40 errors:
// 0.375.
const VALUES = Array.from({ length: 10 }, (_, k) => k);
const PARAMS = { alpha: 1, beta: 1, phi: 1 };
const QUANTILES: HorizonQuantiles[] = [1, 2, 3].map((horizon) => ({
  horizon,
  n: 40,
  q025: -4,
  q10: -2,
  q90: 2,
  q975: 4,
}));
const ERRORS = [1, 2, 3].map(() => Float64Array.from({ length: 40 }, (_, k) => -3.9 + 0.2 * k));

function assessment(range?: readonly [number, number]): ForecastSource {
  const x = Float64Array.from(VALUES);
  const target = { year: 2027, value: 12 };
  const forecast = forecastUnit(
    x,
    2016,
    { params: PARAMS, errors: ERRORS, quantiles: QUANTILES },
    { year: 2027, target: 12, direction: 1, range },
  );
  if (typeof forecast === 'string') throw new Error(forecast);
  return {
    period: '2025',
    firstYear: 2016,
    rows: [
      {
        unit: '330000',
        level: 'province',
        indicator: 'X1',
        direction: 1,
        values: VALUES,
        source: 'data',
        target,
        progress: progressFlag({
          firstYear: 2016,
          values: x,
          direction: 1,
          baseYear: 2016,
          target,
          rateOfChange: false,
          thresholds: THRESHOLDS.statcan,
        }),
        forecast,
        noForecast: null,
      },
    ],
    models: [
      {
        level: 'province',
        indicator: 'X1',
        pooledFrom: 'county',
        units: 90,
        params: PARAMS,
        calibration: [],
        heldOut: [],
        quantiles: QUANTILES,
        coverage: [],
        accuracy: [],
      },
    ],
  };
}

const linked = (t: Partial<Target> = {}, due = '2027-12-31') => ({
  due,
  target: {
    value: 12,
    unit: '',
    baseline: 0,
    direction: 'increase' as const,
    indicator: 'X1',
    year: 2027,
    ...t,
  },
});

describe('an item’s forecast from the assessment', () => {
  const source = assessment();

  it('takes the assessment’s own probability for the framework’s target', () => {
    expect(source.rows[0]!.forecast!.probability).toBe(0.375);
    expect(itemForecast(linked(), source, '330000')).toEqual({
      unit: '330000',
      indicator: 'X1',
      period: '2025',
      year: 2027,
      mean: 11,
      lo80: 9,
      hi80: 13,
      probability: 0.375,
      from: 'assessment',
    });
  });

  it('reads another target off the intervals of its year', () => {
    // 11.5 in 2027: 10 % + 80 % × (11.5 − 9)/(13 − 9) = 60 % below, 40 % at or above.
    const other = itemForecast(linked({ value: 11.5 }), source, '330000')!;
    expect(other.from).toBe('interval');
    expectClose(other.probability, 0.4);
    // Lower is better, 10.5 or less: 10 % + 80 % × 1.5/4 = 40 %.
    expectClose(
      itemForecast(linked({ value: 10.5, direction: 'decrease' }), source, '330000')!.probability,
      0.4,
    );
    // The same value in a direction other than the framework's is not the framework's target.
    expect(itemForecast(linked({ direction: 'decrease' }), source, '330000')!.from).toBe(
      'interval',
    );
  });

  it('forecasts the due date’s year when the target names none', () => {
    // 2026, the symmetric 80 % interval [8, 12] around 10: 11 has 30 %.
    const f = itemForecast(linked({ value: 11, year: null }, '2026-12-31'), source, '330000')!;
    expect([f.year, f.mean, f.lo80, f.hi80, f.from]).toEqual([2026, 10, 8, 12, 'interval']);
    expectClose(f.probability, 0.3);
  });

  it('reads the probability before the plausible range bounds the intervals', () => {
    // Kept within [0, 12], the 2027 bounds are 80 % [9, 12], 95 % [7, 12]; read off those, 11.5
    // would have 1 − (10 % + 80 % × 2.5/3) = 23.3 %. The forecast made again without the range
    // gives the 40 % above; the figures shown are the assessment's.
    const bounded = itemForecast(linked({ value: 11.5 }), assessment([0, 12]), '330000')!;
    expectClose(bounded.probability, 0.4);
    expect([bounded.mean, bounded.lo80, bounded.hi80]).toEqual([11, 9, 12]);
  });

  it('has none where the data decide, beyond the forecast, or without a row or intervals', () => {
    expect(itemForecast(linked({ year: 2025 }), source, '330000')).toBeNull();
    expect(itemForecast(linked({ year: 2028 }), source, '330000')).toBeNull();
    expect(itemForecast(linked(), source, '330100')).toBeNull();
    expect(itemForecast(linked(), source, null)).toBeNull();
    expect(itemForecast(linked({ indicator: null }), source, '330000')).toBeNull();
    expect(itemForecast(linked({ indicator: 'X2' }), source, '330000')).toBeNull();
    const bare = assessment();
    bare.models[0]!.quantiles = [null, null, null];
    bare.rows[0]!.forecast = forecastUnit(
      Float64Array.from(VALUES),
      2016,
      { params: PARAMS, errors: [], quantiles: [null, null, null] },
      { year: 2027, target: 12, direction: 1 },
    ) as Exclude<ReturnType<typeof forecastUnit>, string>;
    expect(itemForecast(linked({ value: 11.5 }), bare, '330000')).toBeNull();
  });

  it('is for the target’s year, else the due date’s', () => {
    expect(itemYear(linked())).toBe(2027);
    expect(itemYear(linked({ year: null }, '2026-06-30'))).toBe(2026);
  });

  it('is read for the item’s only unit, else the province', () => {
    expect(linkedUnit({ units: ['330106'] }, '330000')).toBe('330106');
    expect(linkedUnit({ units: [] }, '330000')).toBe('330000');
    expect(linkedUnit({ units: ['330106', '330108'] }, '330000')).toBe('330000');
  });
});

describe('the forecast rule', () => {
  /** Linked to X1, 12 by 2027, running 2025–2027. */
  const item = (over: Partial<StatusItem> = {}): StatusItem => ({
    start: '2025-01-01',
    due: '2027-12-31',
    milestones: [],
    target: linked().target,
    supervised: false,
    ...over,
  });
  // Reports up to date on 2026-01-05 (the required month is 2025-11).
  const reports = [
    { month: '2025-12', value: null, share: null, reportedAt: '2026-01-05T02:00:00.000Z' },
  ];
  const forecast = (probability: number): ItemForecast => ({
    unit: '330000',
    indicator: 'X1',
    period: '2025',
    year: 2027,
    mean: 10.98765,
    lo80: 9.012345,
    hi80: 12.98765,
    probability,
    from: 'interval',
  });

  it('puts an item whose forecast is less likely than not to meet its target at risk', () => {
    // The data put it 9/12 = 75 % of the way, ahead of the expected 369/1094 = 33.7 %.
    const s = deriveStatus(item(), reports, '2026-01-05', 9, forecast(0.3));
    expect(s.status).toBe('at-risk');
    expect(s.rules.map((r) => r.code)).toEqual(['forecast-behind']);
    expect(s.rules[0]!.params).toEqual({
      year: 2027,
      mean: 10.99,
      lo80: 9.012,
      hi80: 12.99,
      probability: 30,
      target: 12,
      threshold: STATUS_RULES.forecastBelow,
      period: '2025',
      unit: '330000',
      from: 'interval',
    });
    expect(s.reasons).toEqual([
      'at risk: the forecast for 2027 is 10.99 (80 % interval 9.012 to 12.99), a 30 % chance of reaching the target 12, below 50 % (data to 2025)',
    ]);
    expect(
      deriveStatus(item({ supervised: true }), reports, '2026-01-05', 9, forecast(0.3)).escalated,
    ).toBe(true);
  });

  it('does not fire at one half or more, nor without a forecast', () => {
    expect(deriveStatus(item(), reports, '2026-01-05', 9, forecast(0.5)).status).toBe('on-track');
    expect(deriveStatus(item(), reports, '2026-01-05', 9, null).status).toBe('on-track');
    expect(deriveStatus(item(), reports, '2026-01-05', 9).status).toBe('on-track');
  });

  it('gives way to the stronger rules', () => {
    // Done by the data.
    expect(deriveStatus(item(), reports, '2026-01-05', 12, forecast(0.1)).status).toBe('done');
    // Not started.
    const later = deriveStatus(item({ start: '2026-06-01' }), [], '2026-01-05', 9, forecast(0.1));
    expect([later.status, later.rules.map((r) => r.code)]).toEqual([
      'not-started',
      ['not-started'],
    ]);
    // Overdue, the at-risk rules that hold listed after.
    const overdue = deriveStatus(
      item({ due: '2025-12-31' }),
      reports,
      '2026-01-05',
      9,
      forecast(0.1),
    );
    expect([overdue.status, overdue.rules.map((r) => r.code)]).toEqual([
      'overdue',
      ['overdue-item', 'indicator-behind', 'forecast-behind'],
    ]);
  });

  it('is said in both languages with every figure', () => {
    const rule = deriveStatus(item(), reports, '2026-01-05', 9, forecast(0.3)).rules[0]!;
    expect(ruleText('en', rule)).toBe(describeRule(rule));
    expect(ruleText('zh-CN', rule)).toBe(
      '有风险：预测 2027 年为 10.99（80% 区间 9.012～12.99），达到目标 12 的概率为 30%，低于 50%（数据截至 2025 年）',
    );
  });
});
