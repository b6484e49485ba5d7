import { describe, expect, it } from 'vitest';
import { buildSparkOption, sparkSvg } from '../../src/charts/spark.ts';
import { renderSvg } from './render.ts';

describe('sparkSvg', () => {
  it('draws a polyline per run of present values and a dot on the last value', () => {
    const svg = sparkSvg([1, 2, null, 3, 4, null], { width: 100, height: 20 });
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('<circle cx="78.8"'); // index 4 of 6: 2 + 4/5 · 96
    expect(svg).toContain('cy="2.0"'); // the highest value at the top inset
  });

  it('draws nothing from fewer than two values', () => {
    expect(sparkSvg([null, 5, null])).toBe('');
  });
});

describe('buildSparkOption', () => {
  it('has no axes, one line and the last value marked', async () => {
    const o = buildSparkOption({ values: [3, 4, 3.5, 5] }, { lang: 'zh-CN' }) as {
      xAxis: { show: boolean };
      series: { data: unknown[] }[];
    };
    expect(o.xAxis.show).toBe(false);
    expect(o.series[0]!.data.at(-1)).toEqual({ value: 5, symbol: 'circle', symbolSize: 4 });
    await expect(renderSvg(o, { lang: 'zh-CN', width: 96, height: 28 })).toMatchFileSnapshot(
      '__snapshots__/spark.svg',
    );
  });
});
