import { describe, expect, it } from 'vitest';
import { buildFanOption, fanTable, type FanInput, type FanStep } from '../../src/charts/fan.ts';
import { makeSeries } from './factories.ts';
import { renderSvg } from './render.ts';

const labels = {
  observed: '实际值',
  forecast: '预测值',
  band80: '80% 区间',
  band95: '95% 区间',
  lo80: '80% 下限',
  hi80: '80% 上限',
  lo95: '95% 下限',
  hi95: '95% 上限',
};

/** A path from `origin` + 1 to `to`: the mean moving by `step`, bands widening by `spread` a year. */
function makePath(opts: {
  origin: number;
  to: number;
  from: number;
  step: number;
  spread: number;
}): FanStep[] {
  return Array.from({ length: opts.to - opts.origin }, (_, k) => {
    const h = k + 1;
    const mean = opts.from + h * opts.step;
    return {
      year: opts.origin + h,
      mean,
      lo80: mean - h * opts.spread,
      hi80: mean + h * opts.spread,
      lo95: mean - 2 * h * opts.spread,
      hi95: mean + 2 * h * opts.spread,
    };
  });
}

/** The province's urban–rural income ratio: missing in 2016, falling to 1.81, target 1.75 in 2027. */
const values = [null, ...makeSeries({ n: 9, start: 2.054, step: -0.03, noise: 0.004 })];
const last = values.at(-1)!;
const input: FanInput = {
  firstYear: 2016,
  values,
  forecast: {
    origin: 2025,
    path: makePath({ origin: 2025, to: 2027, from: last, step: -0.012, spread: 0.02 }),
  },
  target: { year: 2027, value: 1.75 },
  labels,
  yName: '倍',
  format: { digits: 2 },
};

type Series = {
  name: string;
  type: string;
  stack?: string;
  data: unknown[];
  areaStyle?: unknown;
  lineStyle?: { type?: string };
  markLine?: { data: { yAxis: number }[] };
  label?: { position: string };
};
type Option = {
  xAxis: { data: string[] };
  yAxis: { min?: number; max?: number };
  legend: { data: { name: string }[] };
  series: Series[];
  tooltip: { formatter(p: unknown): string };
};

describe('buildFanOption', () => {
  const o = buildFanOption(input, { lang: 'zh-CN' }) as unknown as Option;
  const byName = (n: string): Series => o.series.find((s) => s.name === n)!;

  it('spans the years from the data’s first to the target’s', () => {
    expect(o.xAxis.data).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
    ]);
  });

  it('draws the observed line, and the dashed mean from the last observed point on', () => {
    const observed = byName('实际值').data;
    expect(observed.slice(0, 10)).toEqual(values);
    expect(observed.slice(10)).toEqual([null, null]);
    const mean = byName('预测值');
    expect(mean.lineStyle?.type).toBe('dashed');
    expect(mean.data.slice(0, 9)).toEqual(new Array(9).fill(null));
    expect(mean.data[9]).toBe(last);
    expect(mean.data[11]).toBeCloseTo(last - 0.024, 12);
  });

  it('stacks each band’s width on its lower edge, both starting at the last observed point', () => {
    for (const [level, half] of [
      [80, 1],
      [95, 2],
    ] as const) {
      const stacked = o.series.filter((s) => s.stack === `band${level}`);
      expect(stacked).toHaveLength(2);
      const [base, band] = stacked as [Series, Series];
      expect(base.areaStyle).toBeUndefined();
      expect(band.areaStyle).toBeDefined();
      expect(band.name).toBe(`${level}% 区间`);
      expect(base.data[9]).toBe(last);
      expect(band.data[9]).toBe(0);
      // 2027, two years out: the lower edge and the width 2 × (half-width a year × 2).
      expect(base.data[11]).toBeCloseTo(last - 0.024 - 2 * half * 0.02, 12);
      expect(band.data[11]).toBeCloseTo(2 * 2 * half * 0.02, 12);
      expect(band.data.slice(0, 9)).toEqual(new Array(9).fill(null));
    }
  });

  it('marks the target at its year and keeps it in view; the legend names each part once', () => {
    const target = byName('目标');
    expect(target.type).toBe('scatter');
    expect(target.data).toEqual([['2027', 1.75]]);
    expect(target.markLine?.data).toEqual([{ yAxis: 1.75 }]);
    // Below the forecast of its year, its label goes below it, clear of the dashed line.
    expect(target.label?.position).toBe('bottom');
    const above = buildFanOption(
      { ...input, target: { year: 2027, value: 2.2 } },
      {
        lang: 'zh-CN',
      },
    ) as unknown as Option;
    expect(above.series.find((s) => s.type === 'scatter')!.label?.position).toBe('top');
    expect(o.legend.data.map((d) => d.name)).toEqual([
      '实际值',
      '预测值',
      '80% 区间',
      '95% 区间',
      '目标',
    ]);
    // The 95 % band reaches below 1.75 in 2027, so the target is in the data's range: ECharts fits.
    expect(Number(byName('band95-base').data[11])).toBeLessThan(1.75);
    expect(o.yAxis.min).toBeUndefined();
  });

  it('widens the y axis to a target beyond every value', () => {
    const far = buildFanOption(
      { ...input, target: { year: 2027, value: 1.2 } },
      {
        lang: 'en',
      },
    ) as unknown as Option;
    expect(far.yAxis.min).toBeLessThanOrEqual(1.2);
    expect(far.yAxis.max).toBeGreaterThanOrEqual(2.05);
  });

  it('writes a year’s parts in its tooltip', () => {
    const at2027 = o.tooltip.formatter([{ dataIndex: 11 }]);
    expect(at2027).toContain('<strong>2027</strong>');
    expect(at2027).toContain(`预测值: ${(last - 0.024).toFixed(2)}`);
    expect(at2027).toContain('目标 1.75');
    const at2020 = o.tooltip.formatter([{ dataIndex: 4 }]);
    expect(at2020).toContain(`实际值: ${values[4]!.toFixed(2)}`);
    expect(at2020).not.toContain('预测值');
  });

  it('draws without a target, and without a forecast, only what there is', () => {
    const free = buildFanOption({ ...input, target: null }, { lang: 'en' }) as unknown as Option;
    expect(free.series.some((s) => s.type === 'scatter')).toBe(false);
    expect(free.xAxis.data.at(-1)).toBe('2027');
    const none = buildFanOption(
      { ...input, forecast: null, target: null },
      {
        lang: 'en',
      },
    ) as unknown as Option;
    expect(none.series.map((s) => s.name)).toEqual(['实际值']);
    expect(none.xAxis.data.at(-1)).toBe('2025');
  });

  it('is deterministic', () => {
    const a = JSON.stringify(buildFanOption(input, { lang: 'en' }));
    expect(JSON.stringify(buildFanOption(input, { lang: 'en' }))).toBe(a);
  });

  it('matches its SVG snapshots', async () => {
    for (const lang of ['zh-CN', 'en'] as const)
      await expect(renderSvg(buildFanOption(input, { lang }), { lang })).toMatchFileSnapshot(
        `__snapshots__/fan.${lang}.svg`,
      );
  });
});

describe('fanTable', () => {
  it('gives a row per year: observed, the forecast on its years, the target on its year', () => {
    const t = fanTable(input, { lang: 'en' });
    expect(t.header).toEqual([
      'Period',
      '实际值',
      '预测值',
      '80% 下限',
      '80% 上限',
      '95% 下限',
      '95% 上限',
      'Target',
    ]);
    expect(t.rows).toHaveLength(12);
    expect(t.rows[0]).toEqual(['2016', null, null, null, null, null, null, null]);
    // The last observed year has no forecast of its own: the join is drawn, not tabulated.
    expect(t.rows[9]).toEqual(['2025', last, null, null, null, null, null, null]);
    const [y, obs, mean, lo80, hi80, lo95, hi95, target] = t.rows[11]!;
    expect([y, obs, target]).toEqual(['2027', null, 1.75]);
    const step = input.forecast!.path[1]!;
    expect([mean, lo80, hi80, lo95, hi95]).toEqual([
      step.mean,
      step.lo80,
      step.hi80,
      step.lo95,
      step.hi95,
    ]);
  });

  it('has no target column without a target', () => {
    const t = fanTable({ ...input, target: null }, { lang: 'zh-CN' });
    expect(t.header.at(-1)).toBe('95% 上限');
    expect(t.rows.every((r) => r.length === 7)).toBe(true);
  });
});
