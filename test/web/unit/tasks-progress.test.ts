import { describe, expect, it } from 'vitest';
import {
  buildProgressOption,
  newestByMonth,
  progressSeries,
  progressTable,
  reportedShare,
  type ProgressChartInput,
} from '../../../web/src/pages/tasks/progress-option.ts';
import { renderSvg } from '../../charts/render.ts';
import { makeReport, makeWorkItem } from './work-factories.ts';

const labels = { expected: '应完成进度', reported: '报送进度', floor: '风险线' };

describe('an item’s monthly progress', () => {
  const item = makeWorkItem({
    start: '2025-01-01',
    due: '2025-12-31',
    milestones: [{ id: 1, title: '主体完工', due: '2025-06-30', done: null }],
  });
  const reports = [
    makeReport(item.id, '2025-01', { value: 10 }),
    makeReport(item.id, '2025-03', { value: 20 }),
    makeReport(item.id, '2025-03', { value: 30, revision: 2 }),
    makeReport(item.id, '2025-04', { share: 45 }),
  ];

  it('reads each month’s newest revision, a value as its share of the target', () => {
    expect(newestByMonth(reports).get('2025-03')!.value).toBe(30);
    expect(reportedShare({ value: 30, share: null }, item.target)).toBe(30);
    expect(reportedShare({ value: null, share: 45 }, item.target)).toBe(45);
    expect(reportedShare({ value: 30, share: null }, null)).toBeNull();
    const decrease = { ...item.target!, value: 1.9, baseline: 2.1, direction: 'decrease' as const };
    expect(reportedShare({ value: 2.0, share: null }, decrease)).toBeCloseTo(50, 9);
  });

  it('runs from the start month to the as-of month on the milestone path', () => {
    const points = progressSeries(item, reports, '2025-05-20');
    expect(points.map((p) => p.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
    ]);
    expect(points.map((p) => p.reported)).toEqual([10, null, 30, 45, null]);
    // One milestone: 50 % by its due date 2025-06-30, linear from the start; 0 % below the line.
    const jan = (50 * 30) / 180;
    expect(points[0]!.expected).toBeCloseTo(Math.round(jan * 10) / 10, 9);
    expect(points[0]!.floor).toBe(0);
    expect(points[4]!.expected).toBeCloseTo(Math.round(((50 * 150) / 180) * 10) / 10, 9);
    expect(points[4]!.floor).toBeCloseTo(points[4]!.expected - 15, 9);
  });

  it('stops at the due month, unless a later month was reported', () => {
    expect(progressSeries(item, reports, '2026-04-01').at(-1)!.month).toBe('2025-12');
    const after = [...reports, makeReport(item.id, '2026-02', { value: 100 })];
    expect(progressSeries(item, after, '2026-04-01').at(-1)!.month).toBe('2026-02');
    expect(progressSeries(item, reports, '2024-12-01')).toEqual([]);
  });

  it('tabulates what it draws and matches its SVG snapshot', async () => {
    const input: ProgressChartInput = {
      points: progressSeries(item, reports, '2025-05-20'),
      labels,
    };
    expect(progressTable(input, '月份').rows[2]).toEqual([
      '2025-03',
      input.points[2]!.expected,
      input.points[2]!.floor,
      30,
    ]);
    await expect(
      renderSvg(buildProgressOption(input, { lang: 'zh-CN' }), {
        lang: 'zh-CN',
        width: 640,
        height: 260,
      }),
    ).toMatchFileSnapshot('__snapshots__/tasks-progress.zh-CN.svg');
  });
});
