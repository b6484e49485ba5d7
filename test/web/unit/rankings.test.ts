import { describe, expect, it } from 'vitest';
import type { Group } from '../../../src/api/index.ts';
import { intervalMarks } from '../../../web/src/pages/rankings/interval-bar.ts';
import {
  filterRows,
  groupMembers,
  rankingRows,
  rankingTable,
} from '../../../web/src/pages/rankings/rows.ts';
import { makeRanking } from './factories.ts';

const look = {
  name: (c: string, fallback?: string | null) =>
    c === '330110' ? 'First County' : (fallback ?? c),
  otherName: (c: string) => (c === '330110' ? '第一县' : ''),
  city: (c: string) => (c < '330120' ? '330100' : '330200'),
  interval: (c: string) => (c === '330110' ? { nominal: 1, median: 1, p5: 1, p95: 3 } : null),
};

describe('rankingRows and filterRows', () => {
  const rows = rankingRows(makeRanking(20), look);

  it('keeps the ranking order and adds names, city and interval', () => {
    expect(rows.map((r) => r.rank)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
    expect(rows[0]).toMatchObject({
      label: 'First County',
      names: ['县1', '第一县'],
      city: '330100',
    });
    expect(rows[0]!.interval).toEqual({ nominal: 1, median: 1, p5: 1, p95: 3 });
    expect(rows[1]!.interval).toBeNull();
  });

  it('searches names in both languages and codes, case-insensitively', () => {
    expect(filterRows(rows, { q: 'first' }).map((r) => r.unit)).toEqual(['330110']);
    expect(filterRows(rows, { q: '第一' }).map((r) => r.unit)).toEqual(['330110']);
    expect(filterRows(rows, { q: '330111' }).map((r) => r.unit)).toEqual(['330111']);
    expect(filterRows(rows, { q: '  ' })).toHaveLength(20);
  });

  it('filters by city and by group members, together', () => {
    expect(filterRows(rows, { city: '330100' })).toHaveLength(10);
    const members = new Set(['330110', '330125']);
    expect(filterRows(rows, { members }).map((r) => r.unit)).toEqual(['330110', '330125']);
    expect(filterRows(rows, { members, city: '330200' }).map((r) => r.unit)).toEqual(['330125']);
  });

  it('tabulates the rows as shown, domains and interval included', () => {
    const t = rankingTable(
      rows.slice(0, 2),
      {
        code: 'code',
        unit: 'unit',
        city: 'city',
        rank: 'rank',
        change: 'change',
        tier: 'tier',
        score: 'score',
        p5: 'p5',
        median: 'median',
        p95: 'p95',
      },
      [{ id: 'A', label: 'Domain A' }],
    );
    expect(t.header).toEqual([
      'code',
      'unit',
      'city',
      'rank',
      'change',
      'tier',
      'score',
      'Domain A',
      'p5',
      'median',
      'p95',
    ]);
    expect(t.rows[0]).toEqual(['330110', 'First County', '330100', 1, 1, 1, 80, 70, 1, 1, 3]);
    expect(t.rows[1]!.slice(-3)).toEqual([null, null, null]);
  });
});

describe('groupMembers', () => {
  const group: Group = {
    id: 'mountain26',
    name: { zh: '山区26县', en: '26 mountain counties' },
    note: '',
    members: [
      { unit: 'A', validFrom: null, validTo: null },
      { unit: 'B', validFrom: '2021-01-01', validTo: '2024-08-31' },
      { unit: 'C', validFrom: '2024-09-01', validTo: null },
    ],
  };

  it('counts a member in a period when it belongs on the period’s last day', () => {
    expect([...groupMembers(group, '2023')].sort()).toEqual(['A', 'B']);
    expect([...groupMembers(group, '2024')].sort()).toEqual(['A', 'C']);
    expect([...groupMembers(group, '2024Q2')].sort()).toEqual(['A', 'B']);
    expect([...groupMembers(group, '2020')]).toEqual(['A']);
  });
});

describe('intervalMarks', () => {
  it('puts rank 1 at the left inset and the last rank at the right inset', () => {
    const m = intervalMarks({ nominal: 1, median: 46, p5: 1, p95: 91 }, 91, 186, 3)!;
    expect(m.from).toBe(3);
    expect(m.to).toBe(183);
    expect(m.median).toBe(93);
    expect(m.nominal).toBe(3);
  });

  it('orders the ends, clamps to the scale and knows when there is nothing to draw', () => {
    const m = intervalMarks({ nominal: null, median: null, p5: 120, p95: 10 }, 91, 186, 3)!;
    expect(m.from).toBeLessThan(m.to);
    expect(m.to).toBe(183);
    expect(m.median).toBeNull();
    expect(intervalMarks(null, 90, 100)).toBeNull();
    expect(intervalMarks({ nominal: 1, median: 1, p5: null, p95: 2 }, 90, 100)).toBeNull();
  });
});
