import { describe, expect, it } from 'vitest';
import {
  dueMonths,
  filterItems,
  groupByStatus,
  itemsPath,
  statusCounts,
} from '../../../web/src/pages/tasks/board.ts';
import { makeReport, makeWorkItem } from './work-factories.ts';

// As of 2025-07-15 on a path from 2025-01-01 to 2025-12-31, about 53 % is expected by now.
const onTrack = makeWorkItem({ id: 'A', reports: [makeReport('A', '2025-06', { value: 50 })] });
const atRisk = makeWorkItem({ id: 'B', reports: [makeReport('B', '2025-06', { value: 20 })] });
const late = makeWorkItem({ id: 'C', list: 'major-policy', supervised: true });
const overdue = makeWorkItem({ id: 'D', due: '2025-06-30', leadDepartment: 'finance' });
const done = makeWorkItem({ id: 'E', reports: [makeReport('E', '2025-05', { value: 120 })] });
const future = makeWorkItem({ id: 'F', start: '2025-09-01', due: '2026-03-31' });
const items = [onTrack, atRisk, late, overdue, done, future];

describe('the task board', () => {
  it('reads statuses the core derives', () => {
    expect(items.map((v) => v.status.status)).toEqual([
      'on-track',
      'at-risk',
      'at-risk',
      'overdue',
      'done',
      'not-started',
    ]);
  });

  it('counts every status, zero included', () => {
    expect(statusCounts(items)).toEqual({
      overdue: 1,
      'at-risk': 2,
      'on-track': 1,
      'not-started': 1,
      done: 1,
    });
    expect(statusCounts([])).toEqual({
      overdue: 0,
      'at-risk': 0,
      'on-track': 0,
      'not-started': 0,
      done: 0,
    });
  });

  it('groups by status, most urgent first, each by due date then id', () => {
    const groups = groupByStatus(items);
    expect(groups.map((g) => [g.status, g.items.map((v) => v.id)])).toEqual([
      ['overdue', ['D']],
      ['at-risk', ['B', 'C']],
      ['on-track', ['A']],
      ['not-started', ['F']],
      ['done', ['E']],
    ]);
    expect(groupByStatus(items, 'at-risk').map((g) => g.status)).toEqual(['at-risk']);
  });

  it('filters by list, lead department, due month and supervision', () => {
    const ids = (f: Parameters<typeof filterItems>[1]): string[] =>
      filterItems(items, f).map((v) => v.id);
    expect(ids({})).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(ids({ list: 'major-policy' })).toEqual(['C']);
    expect(ids({ lead: 'finance' })).toEqual(['D']);
    expect(ids({ dueMonth: '2026-03' })).toEqual(['F']);
    expect(ids({ supervised: 'true' })).toEqual(['C']);
    expect(ids({ supervised: 'false', dueMonth: '2025-12' })).toEqual(['A', 'B', 'E']);
  });

  it('lists the due months in order', () => {
    expect(dueMonths(items)).toEqual(['2025-06', '2025-12', '2026-03']);
  });

  it('asks the server for the unit and the as-of date only', () => {
    expect(itemsPath({})).toBe('/api/items');
    expect(itemsPath({ unit: '330127', asOf: '2025-11-30' })).toBe(
      '/api/items?unit=330127&asOf=2025-11-30',
    );
  });
});
