import { describe, expect, it } from 'vitest';
import {
  buildHistoryOption,
  historyTable,
  type HistoryInput,
} from '../../../web/src/pages/unit/history-option.ts';
import { renderSvg } from '../../charts/render.ts';

const input: HistoryInput = {
  periods: ['2021', '2022', '2023', '2024', '2025'],
  score: [48.0, 51.2, null, 62.4, 58.3],
  rank: [47, 44, null, 35, 46],
  of: 90,
  labels: { score: '得分', rank: '排名', period: '期别' },
};

describe('buildHistoryOption', () => {
  it('draws the score on a 0–100 axis and the rank on an inverted 1–N axis', () => {
    const o = buildHistoryOption(input, { lang: 'zh-CN' }) as {
      yAxis: { min: number; max: number; inverse?: boolean }[];
      series: { name: string; yAxisIndex: number; data: (number | null)[] }[];
    };
    expect(o.yAxis[0]).toMatchObject({ min: 0, max: 100 });
    expect(o.yAxis[1]).toMatchObject({ min: 1, max: 90, inverse: true });
    expect(o.series.map((s) => [s.name, s.yAxisIndex])).toEqual([
      ['得分', 0],
      ['排名', 1],
    ]);
    expect(o.series[1]!.data).toEqual([47, 44, null, 35, 46]);
  });

  it('tabulates what it draws', () => {
    expect(historyTable(input)).toEqual({
      header: ['期别', '得分', '排名'],
      rows: [
        ['2021', 48.0, 47],
        ['2022', 51.2, 44],
        ['2023', null, null],
        ['2024', 62.4, 35],
        ['2025', 58.3, 46],
      ],
    });
  });

  it('matches its SVG snapshot', async () => {
    await expect(
      renderSvg(buildHistoryOption(input, { lang: 'zh-CN' }), {
        lang: 'zh-CN',
        width: 640,
        height: 320,
      }),
    ).toMatchFileSnapshot('__snapshots__/history.zh-CN.svg');
  });
});
