import { describe, expect, it } from 'vitest';
import type { MapValues, TargetRow, TargetsAnswer } from '../../../src/api/index.ts';
import type { Flag } from '../../../src/core/targets/flag.ts';
import {
  asksFor,
  isYear,
  NO_FLAG_COLOUR,
  progressIndicator,
  progressInput,
  progressMeasure,
  progressSubtitle,
  progressTable,
  targetsPath,
} from '../../../web/src/pages/map/progress-input.ts';

const COLOURS: Record<Flag, string> = {
  achieved: '#0072B2',
  'on-track': '#009E73',
  'needs-acceleration': '#E69F00',
  limited: '#D55E00',
  deterioration: '#8E1B1B',
};

const values = (units: string[]): MapValues => ({
  measure: {
    id: 'P2',
    kind: 'indicator',
    name: { zh: '农村居民收入', en: 'rural income' },
    unit: 'CNY',
    direction: 1,
    hasTargets: true,
  },
  measures: [],
  periods: ['2024', '2025'],
  targets: [45000, 52000],
  units: units.map((unit) => ({ unit, values: [50000, 53000] })),
  demo: true,
});

/** A county's row: a flag (or none, and why), r, the forecast to 2027 and its probability. */
function row(
  unit: string,
  flag: Flag | null,
  over: { ratio?: number | null; probability?: number | null; noFlag?: 'too-few-points' } = {},
): TargetRow {
  return {
    unit,
    level: 'county',
    indicator: 'P2',
    direction: 1,
    values: [40000, null, 46000.4],
    source: 'data',
    target: { year: 2027, value: 52000 },
    progress: {
      flag,
      noFlag: flag ? null : (over.noFlag ?? 'too-few-points'),
      baseYear: 2023,
      baseShifted: false,
      currentYear: 2025,
      base: 40000,
      current: 46000.4,
      growth: 'compound',
      linearBecause: null,
      rate: 0.072,
      required: 0.068,
      ratio: !flag ? null : over.ratio === undefined ? 1.06 : over.ratio,
      signedGrowth: 0.072,
    },
    forecast: flag
      ? {
          origin: 2025,
          year: 2027,
          horizon: 2,
          mean: 51234.5,
          drift: 52000,
          linear: 52100,
          path: [
            { year: 2026, mean: 48600, lo80: 48000, hi80: 49200, lo95: 47000, hi95: 50000 },
            { year: 2027, mean: 51234.5, lo80: 50100, hi80: 52800, lo95: 49000, hi95: 53500 },
          ],
          probability: over.probability === undefined ? 0.42 : over.probability,
          extrapolated: false,
        }
      : null,
    noForecast: flag ? null : 'too-few-points',
  };
}

const answer = (rows: TargetRow[], over: Partial<TargetsAnswer> = {}): TargetsAnswer => ({
  period: '2025',
  baseYear: 2023,
  thresholds: 'statcan',
  levels: ['county'],
  firstYear: 2023,
  horizonYear: 2027,
  coverage: [],
  models: [],
  rows,
  demo: true,
  ...over,
});

const UNITS = ['330102', '330105', '330106', '330108'];
const ROWS = [
  row('330102', 'achieved', { ratio: null, probability: 1 }),
  row('330105', 'limited', { ratio: 0.31 }),
  row('330106', null),
];

describe('the progress measure’s id and query', () => {
  it('reads and writes progress:<indicator>, and nothing else', () => {
    expect(progressMeasure('P2')).toBe('progress:P2');
    expect(progressIndicator('progress:P2')).toBe('P2');
    expect(progressIndicator('P2')).toBeNull();
    expect(progressIndicator('progress:')).toBeNull();
    expect(progressIndicator(undefined)).toBeNull();
  });

  it('asks for the counties of one indicator, in the map’s period only when it is a year', () => {
    expect(targetsPath('P2', '2024')).toBe('/api/targets?level=county&indicator=P2&period=2024');
    expect(targetsPath('P2', '2025Q3')).toBe('/api/targets?level=county&indicator=P2');
    expect(targetsPath('P2', undefined)).toBe('/api/targets?level=county&indicator=P2');
    expect(isYear('2025')).toBe(true);
    expect(isYear('2025-09')).toBe(false);
    expect(asksFor(targetsPath('P2', '2024'), 'P2')).toBe(true);
    expect(asksFor(targetsPath('P2', undefined), 'P2')).toBe(true);
    expect(asksFor(targetsPath('P20', '2024'), 'P2')).toBe(false);
    expect(asksFor('/api/map/values?measure=P2', 'P2')).toBe(false);
  });
});

describe('progressInput', () => {
  const input = progressInput(values(UNITS), answer(ROWS), {
    lang: 'zh-CN',
    map: 'm',
    name: (c) => `县${c}`,
    label: (c) => c.slice(-2),
    colours: COLOURS,
  });

  it('has one frame, the year assessed, with the flags best first and "not assessed" as classes', () => {
    expect(input.bins).toBe('category');
    expect(input.periods).toEqual(['2025']);
    expect(input.current).toBe(0);
    expect(input.categories!.classes).toEqual([
      { label: '已达成', colour: '#0072B2' },
      { label: '进展顺利', colour: '#009E73' },
      { label: '需加速', colour: '#E69F00' },
      { label: '进展有限', colour: '#D55E00' },
      { label: '倒退', colour: '#8E1B1B' },
      { label: '无法评估', colour: NO_FLAG_COLOUR },
    ]);
    // A county without a row is not assessed either.
    expect(UNITS.map((c) => input.categories!.of.get(c))).toEqual([[0], [3], [5], [5]]);
    expect(input.targets).toBeUndefined();
    expect(input.labels!.get('330105')).toBe('05');
  });

  it('shows each county’s value in the year assessed, and its trend from the first year', () => {
    expect(input.values.get('330105')).toEqual([46000.4]);
    expect(input.values.get('330108')).toEqual([null]);
    expect(input.trend).toEqual({
      from: '2023',
      to: '2025',
      values: expect.any(Map) as unknown,
    });
    expect(input.trend!.values.get('330105')).toEqual([40000, null, 46000.4]);
  });

  it('tells the flag, the target, r, the forecast and the probability in the tooltip', () => {
    expect(input.notes!.get('330105')).toEqual([
      [
        '进度：进展有限',
        '目标 52,000 元（2027 年）',
        '进度比 r = 0.31',
        '2027 年预测值 51,235 元（80% 区间 50,100—52,800 元）',
        '2027 年达成目标的概率 42%',
      ],
    ]);
    // Achieved: no r.
    expect(input.notes!.get('330102')![0]).not.toContain('进度比 r');
    expect(input.notes!.get('330106')).toEqual([
      ['进度：无法评估', '基期之后没有新的数据', '目标 52,000 元（2027 年）'],
    ]);
    expect(input.notes!.get('330108')).toEqual([['进度：无法评估', '没有数据']]);
  });

  it('leaves out the probability without a target', () => {
    const free = { ...row('330105', 'on-track', { ratio: null, probability: null }), target: null };
    const en = progressInput(values(['330105']), answer([free]), {
      lang: 'en',
      map: 'm',
      name: (c) => c,
      colours: COLOURS,
    });
    expect(en.notes!.get('330105')![0]).toEqual([
      'Progress: On track',
      'Forecast for 2027: 51,235 CNY (80%: 50,100–52,800 CNY)',
    ]);
  });
});

describe('progressSubtitle', () => {
  it('says the year assessed, the base year and the target year', () => {
    expect(progressSubtitle(answer(ROWS), '2025', 'zh-CN')).toBe(
      '评估 2025 年（基期 2023 年），对照 2027 年目标。',
    );
    expect(progressSubtitle(answer(ROWS), '2025', 'en')).toBe(
      'Year assessed: 2025, measured from the base year 2023; target year: 2027.',
    );
  });

  it('says when there is no target, and when the map’s period is not a year', () => {
    const free = ROWS.map((r) => ({ ...r, target: null }));
    expect(progressSubtitle(answer(free, { horizonYear: 2028 }), '2025Q3', 'en')).toBe(
      'The period 2025Q3 is not a year: the latest year of the data is assessed. ' +
        'Year assessed: 2025, measured from the base year 2023; no target, so flagged by the ' +
        'signed annual growth (forecast to 2028).',
    );
  });
});

describe('progressTable', () => {
  it('has code, name, year, flag, r and probability for every county of the map', () => {
    const input = progressInput(values(UNITS), answer(ROWS), {
      lang: 'en',
      map: 'm',
      name: (c) => `County ${c}`,
      colours: COLOURS,
    });
    const t = progressTable(answer(ROWS), input, 'en');
    expect(t.header).toEqual([
      'Code',
      'Name',
      'Period',
      'Progress',
      'Ratio r',
      'Probability of meeting the target (0–1)',
    ]);
    expect(t.rows).toEqual([
      ['330102', 'County 330102', '2025', 'Achieved', null, 1],
      ['330105', 'County 330105', '2025', 'Limited progress', 0.31, 0.42],
      ['330106', 'County 330106', '2025', 'Not assessed: No value after the base year', null, null],
      ['330108', 'County 330108', '2025', 'Not assessed: No data', null, null],
    ]);
  });
});
