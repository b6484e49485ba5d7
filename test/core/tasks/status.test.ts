// The status rules case by case and month by month, with the boundary days: the start, the due
// date itself and the day after, a milestone's due date, the last day to report and the day after.

import { describe, expect, it } from 'vitest';
import {
  isLateReport,
  reportDeadline,
  requiredReportMonth,
} from '../../../src/core/tasks/deadlines.ts';
import { expectedShare } from '../../../src/core/tasks/path.ts';
import { shareOfTarget, targetMet } from '../../../src/core/tasks/progress.ts';
import {
  deriveStatus,
  STATUS_RULES,
  type StatusItem,
  type StatusReport,
} from '../../../src/core/tasks/status.ts';
import type { Target } from '../../../src/core/tasks/types.ts';
import { expectClose } from '../../helpers/expect-close.ts';

/** An item running through 2025 (364 days from start to due). */
const item = (over: Partial<StatusItem> = {}): StatusItem => ({
  start: '2025-01-01',
  due: '2025-12-31',
  milestones: [],
  target: null,
  supervised: false,
  ...over,
});

/** A report on `month`, submitted at 10:00 China time on `on`. */
const rep = (
  month: string,
  on: string,
  figures: { share?: number; value?: number } = {},
): StatusReport => ({
  month,
  share: figures.share ?? null,
  value: figures.value ?? null,
  reportedAt: `${on}T02:00:00.000Z`,
});

const target = (over: Partial<Target> = {}): Target => ({
  value: 500,
  unit: 'stations',
  baseline: null,
  direction: 'increase',
  indicator: null,
  year: null,
  ...over,
});

const codes = (s: { rules: { code: string }[] }): string[] => s.rules.map((r) => r.code);

describe('the expected path', () => {
  it('runs linearly from 0 % on the start date to 100 % on the due date', () => {
    const it100 = { start: '2025-01-01', due: '2025-04-11', milestones: [] }; // 100 days
    expect(expectedShare(it100, '2024-12-31')).toBe(0);
    expect(expectedShare(it100, '2025-01-01')).toBe(0);
    expect(expectedShare(it100, '2025-01-02')).toBe(1);
    expect(expectedShare(it100, '2025-03-02')).toBe(60);
    expect(expectedShare(it100, '2025-04-10')).toBe(99);
    expect(expectedShare(it100, '2025-04-11')).toBe(100);
    expect(expectedShare(it100, '2026-01-01')).toBe(100);
  });

  it('passes through k / (n + 1) on the k-th milestone, linear between', () => {
    const m = {
      start: '2025-01-01',
      due: '2025-12-31',
      milestones: [{ due: '2025-06-30' }, { due: '2025-03-31' }, { due: '2025-09-30' }],
    };
    expect(expectedShare(m, '2025-03-31')).toBe(25);
    expect(expectedShare(m, '2025-06-30')).toBe(50);
    expect(expectedShare(m, '2025-09-30')).toBe(75);
    expectClose(expectedShare(m, '2025-05-15'), 25 + (25 * 45) / 91, 1e-12);
    expectClose(expectedShare(m, '2025-02-14'), (25 * 44) / 89, 1e-12);
  });

  it('handles a milestone on the due date and an item of one day', () => {
    const m = { start: '2025-01-01', due: '2025-01-11', milestones: [{ due: '2025-01-11' }] };
    expect(expectedShare(m, '2025-01-06')).toBe(25);
    expect(expectedShare(m, '2025-01-11')).toBe(100);
    const oneDay = { start: '2025-05-05', due: '2025-05-05', milestones: [] };
    expect(expectedShare(oneDay, '2025-05-04')).toBe(0);
    expect(expectedShare(oneDay, '2025-05-05')).toBe(100);
  });
});

describe('targets', () => {
  it('are met at or above (increase) or at or below (decrease)', () => {
    expect(targetMet(target(), 500)).toBe(true);
    expect(targetMet(target(), 499.9)).toBe(false);
    expect(targetMet(target({ value: 1.9, direction: 'decrease' }), 1.9)).toBe(true);
    expect(targetMet(target({ value: 1.9, direction: 'decrease' }), 1.91)).toBe(false);
  });

  it('give the share of the way from the baseline', () => {
    expect(shareOfTarget(target(), 125)).toBe(25);
    expect(shareOfTarget(target({ value: 98, baseline: 90 }), 92)).toBe(25);
    expectClose(
      shareOfTarget(target({ value: 1.8, baseline: 2.0, direction: 'decrease' }), 1.9)!,
      50,
      1e-12,
    );
    expect(shareOfTarget(target({ value: 1.9, direction: 'decrease' }), 1.95)).toBeNull();
    expect(shareOfTarget(target({ value: 5, baseline: 5 }), 5)).toBeNull();
  });
});

describe('report deadlines', () => {
  it('fall on the 10th of the following month, China Standard Time', () => {
    expect(reportDeadline('2025-01')).toBe('2025-02-10');
    expect(reportDeadline('2025-12')).toBe('2026-01-10');
    expect(isLateReport('2025-01', '2025-02-10T15:59:59.999Z')).toBe(false); // 23:59 in China
    expect(isLateReport('2025-01', '2025-02-10T16:00:00.000Z')).toBe(true); // 00:00 on the 11th
  });

  it('require the latest month whose deadline has passed', () => {
    expect(requiredReportMonth('2025-02-10')).toBe('2024-12');
    expect(requiredReportMonth('2025-02-11')).toBe('2025-01');
    expect(requiredReportMonth('2025-01-31')).toBe('2024-12');
    expect(requiredReportMonth('2025-01-05')).toBe('2024-11');
    expect(STATUS_RULES).toEqual({ behindPoints: 15, forecastBelow: 50, reportDay: 10 });
  });
});

describe('status, case by case', () => {
  it('is not started before the start date, and nothing else fires', () => {
    const s = deriveStatus(item(), [], '2024-12-31');
    expect(s.status).toBe('not-started');
    expect(codes(s)).toEqual(['not-started']);
    expect(s.reasons).toEqual(['not started: the item starts on 2025-01-01']);
    expect(s.expectedShare).toBe(0);
    expect(deriveStatus(item({ supervised: true }), [], '2024-12-31').escalated).toBe(false);
  });

  it('is on track on the start date with nothing yet to report', () => {
    const s = deriveStatus(item(), [], '2025-01-01');
    expect(s.status).toBe('on-track');
    expect(s.reportedShare).toBeNull();
    expect(s.reasons[0]).toMatch(/^on track: nothing is overdue or late/);
  });

  it('is at risk from the day after the last day to report, until the report comes', () => {
    expect(deriveStatus(item(), [], '2025-02-10').status).toBe('on-track');
    const late = deriveStatus(item(), [], '2025-02-11');
    expect(late.status).toBe('at-risk');
    expect(late.lateReport).toBe(true);
    expect(late.missingMonth).toBe('2025-01');
    expect(late.reasons).toEqual([
      'at risk: the progress report for 2025-01 is missing (it was due by 2025-02-10)',
    ]);
    const onTime = [rep('2025-01', '2025-02-10', { share: 8 })];
    expect(deriveStatus(item(), onTime, '2025-02-11').status).toBe('on-track');
    // Reported late: missing on the 11th, counted from the day it came.
    const afterwards = [rep('2025-01', '2025-02-12', { share: 8 })];
    expect(deriveStatus(item(), afterwards, '2025-02-11').status).toBe('at-risk');
    expect(deriveStatus(item(), afterwards, '2025-02-12').status).toBe('on-track');
  });

  it('places a report on its China Standard Time date', () => {
    const justAfterMidnight = [
      { month: '2025-01', share: 8, value: null, reportedAt: '2025-02-10T16:30:00.000Z' },
    ];
    expect(deriveStatus(item(), justAfterMidnight, '2025-02-11').status).toBe('on-track');
    expect(deriveStatus(item(), justAfterMidnight, '2025-02-10').reportedShare).toBeNull();
  });

  it('requires the start month’s report even when the item starts mid-month', () => {
    const mid = item({ start: '2025-03-15' });
    expect(deriveStatus(mid, [], '2025-04-10').status).toBe('on-track');
    expect(deriveStatus(mid, [], '2025-04-11').missingMonth).toBe('2025-03');
  });

  it('is at risk only when more than 15 points behind the path', () => {
    const it100 = item({ due: '2025-04-11' }); // 100 days: expected share = days elapsed
    const jan = rep('2025-01', '2025-02-05', { share: 20 });
    const at15 = deriveStatus(
      it100,
      [jan, rep('2025-02', '2025-03-01', { share: 45 })],
      '2025-03-02',
    );
    expect(at15.expectedShare).toBe(60);
    expect(at15.status).toBe('on-track');
    expect(at15.reasons).toEqual(['on track: progress 45 % against the expected 60 %']);
    const past15 = deriveStatus(
      it100,
      [jan, rep('2025-02', '2025-03-01', { share: 44.9 })],
      '2025-03-02',
    );
    expect(past15.status).toBe('at-risk');
    expect(past15.reasons).toEqual([
      'at risk: progress 44.9 % is 15.1 points behind the expected 60 % (more than 15)',
    ]);
  });

  it('reads progress from a value against the target', () => {
    const t = item({ due: '2025-04-11', target: target() });
    const s = deriveStatus(t, [rep('2025-02', '2025-03-01', { value: 200 })], '2025-03-02');
    expect(s.reportedShare).toBe(40);
    expect(s.progressFrom).toBe('report');
    expect(s.status).toBe('at-risk');
    const done = deriveStatus(t, [rep('2025-02', '2025-03-01', { value: 500 })], '2025-03-02');
    expect(done.status).toBe('done');
    expect(done.doneOn).toBe('2025-03-01');
    expect(done.reasons).toEqual([
      'done: the value reported for 2025-02, 500, meets the target 500',
    ]);
  });

  it('is done when the share reaches 100 %, from the day it is reported', () => {
    const reports = [rep('2025-12', '2025-12-20', { share: 100 })];
    expect(deriveStatus(item(), reports, '2025-12-19').status).not.toBe('done');
    const s = deriveStatus(item(), reports, '2025-12-20');
    expect(s.status).toBe('done');
    expect(s.doneOn).toBe('2025-12-20');
    expect(codes(s)).toEqual(['done-share']);
  });

  it('is not overdue on the due date, and overdue from the day after', () => {
    const reports = [rep('2025-11', '2025-12-05', { share: 90 })];
    const onDue = deriveStatus(item(), reports, '2025-12-31');
    expect(onDue.status).toBe('on-track');
    expect(onDue.expectedShare).toBe(100);
    const after = deriveStatus(item(), reports, '2026-01-01');
    expect(after.status).toBe('overdue');
    expect(after.reasons[0]).toBe(
      'overdue: the due date 2025-12-31 passed 1 days ago and the item is not done',
    );
    // Still behind on the path (100 % expected, 90 % reported) — not more than 15 points.
    expect(codes(after)).toEqual(['overdue-item']);
  });

  it('keeps overdue and adds the missing due-month report after its deadline', () => {
    const reports = [rep('2025-11', '2025-12-05', { share: 90 })];
    expect(codes(deriveStatus(item(), reports, '2026-01-10'))).toEqual(['overdue-item']);
    expect(codes(deriveStatus(item(), reports, '2026-01-11'))).toEqual([
      'overdue-item',
      'late-report',
    ]);
    // Two months after the due month nothing more is required.
    expect(codes(deriveStatus(item(), reports, '2026-02-11'))).toEqual(['overdue-item']);
  });

  it('is done late when completed after the due date', () => {
    const t = item({ due: '2025-06-30' });
    const reports = [rep('2025-07', '2025-07-05', { share: 100 })];
    const before = deriveStatus(t, reports, '2025-07-04');
    expect(before.status).toBe('overdue');
    expect(before.rules[0]).toEqual({
      code: 'overdue-item',
      params: { due: '2025-06-30', days: 4 },
    });
    const s = deriveStatus(t, reports, '2025-07-05');
    expect(s.status).toBe('done');
    expect(s.reasons).toEqual([
      'done: the report for 2025-07 puts the work at 100 %',
      'completed on 2025-07-05, 5 days after the due date 2025-06-30',
    ]);
  });

  it('ignores reports on later months and reports not yet submitted', () => {
    const reports = [
      rep('2025-06', '2025-07-05', { share: 50 }),
      rep('2025-08', '2025-07-20', { share: 100 }),
      rep('2025-07', '2025-08-05', { share: 100 }),
    ];
    const s = deriveStatus(item(), reports, '2025-07-25');
    expect(s.status).toBe('on-track');
    expect(s.reportedShare).toBe(50);
  });

  it('takes the newest revision of a month, and a narrative-only report keeps the last figure', () => {
    const reports = [
      rep('2025-06', '2025-07-02', { share: 20 }),
      rep('2025-06', '2025-07-04', { share: 48 }),
      rep('2025-07', '2025-08-03'),
    ];
    const s = deriveStatus(item(), reports, '2025-08-05');
    expect(s.reportedShare).toBe(48);
    expect(s.lateReport).toBe(false);
  });
});

describe('milestones', () => {
  const ms = (done: (string | null)[]): StatusItem['milestones'] =>
    ['2025-03-31', '2025-06-30', '2025-09-30'].map((due, i) => ({
      id: i + 1,
      title: `step ${i + 1}`,
      due,
      done: done[i] ?? null,
    }));
  const reports = (to: number): StatusReport[] =>
    Array.from({ length: to }, (_, i) => {
      const m = String(i + 1).padStart(2, '0');
      const next = i === 11 ? '2026-01' : `2025-${String(i + 2).padStart(2, '0')}`;
      return rep(`2025-${m}`, `${next}-05`);
    });

  it('a milestone is not overdue on its due date, and is from the day after', () => {
    const t = item({ milestones: ms([]) });
    expect(deriveStatus(t, reports(2), '2025-03-31').status).toBe('on-track');
    const s = deriveStatus(t, reports(2), '2025-04-01');
    expect(s.status).toBe('overdue');
    expect(s.reasons).toEqual([
      'overdue: the milestone "step 1" was due on 2025-03-31 (1 days ago) and is not done',
    ]);
  });

  it('a milestone done on its due date keeps the item on track', () => {
    const t = item({ milestones: ms(['2025-03-31']) });
    expect(deriveStatus(t, reports(3), '2025-04-01').status).toBe('on-track');
  });

  it('a done date after the as-of date does not count yet', () => {
    const t = item({ milestones: ms(['2025-04-05']) });
    expect(deriveStatus(t, reports(2), '2025-04-04').status).toBe('overdue');
    expect(deriveStatus(t, reports(3), '2025-04-05').status).toBe('on-track');
  });

  it('the item is done when every milestone is, the one on its due date included', () => {
    const t = item({
      due: '2025-09-30',
      milestones: ms(['2025-03-20', '2025-06-25', '2025-09-20']),
    });
    expect(deriveStatus(t, reports(8), '2025-09-19').status).toBe('on-track');
    const s = deriveStatus(t, reports(8), '2025-09-20');
    expect(s.status).toBe('done');
    expect(s.doneOn).toBe('2025-09-20');
    expect(s.reasons).toEqual([
      'done: all 3 milestones are done, the final one included (the last on 2025-09-20)',
    ]);
  });

  it('intermediate milestones, all done, do not complete an item', () => {
    const t = item({ milestones: ms(['2025-03-20', '2025-06-25', '2025-09-20']) });
    const s = deriveStatus(t, reports(9), '2025-10-01');
    expect(s.status).toBe('on-track');
    expect(s.doneOn).toBeNull();
  });

  it('is done on the earliest evidence: milestones before a later 100 % report', () => {
    const t = item({
      due: '2025-06-30',
      milestones: [
        { id: 1, title: 'draft', due: '2025-03-31', done: '2025-03-20' },
        { id: 2, title: 'issued', due: '2025-06-30', done: '2025-06-25' },
      ],
    });
    const s = deriveStatus(t, [rep('2025-06', '2025-07-03', { share: 100 })], '2025-07-05');
    expect(s.status).toBe('done');
    expect(s.doneOn).toBe('2025-06-25');
    expect(codes(s)).toEqual(['done-share', 'done-milestones']);
  });

  it('is done from the first report that met the target', () => {
    const t = item({ target: target() });
    const r = [
      rep('2025-09', '2025-10-05', { value: 510 }),
      rep('2025-10', '2025-11-05', { value: 520 }),
    ];
    const s = deriveStatus(t, r, '2025-11-30');
    expect(s.doneOn).toBe('2025-10-05');
    expect(s.reasons[0]).toBe('done: the value reported for 2025-09, 510, meets the target 500');
  });

  it('progress is measured against the milestone path', () => {
    const t = item({ milestones: ms(['2025-03-31']) });
    // On 2025-06-30 the milestone path expects 50 %; the linear one would expect 49.7 %.
    const r = [...reports(4), rep('2025-05', '2025-06-05', { share: 34.9 })];
    const s = deriveStatus(t, r, '2025-06-30');
    expect(s.expectedShare).toBe(50);
    expect(s.status).toBe('at-risk');
    expect(codes(s)).toEqual(['behind-path']);
  });
});

describe('indicator-linked items', () => {
  const ratio = target({
    value: 1.9,
    unit: 'ratio',
    direction: 'decrease',
    indicator: 'P1',
    year: 2027,
  });

  it('are done when the data meet the target', () => {
    const t = item({ due: '2027-12-31', target: ratio });
    const s = deriveStatus(t, [], '2025-11-15', 1.73);
    expect(s.status).toBe('done');
    expect(s.progressFrom).toBe('indicator');
    expect(s.reasons).toEqual(["done: the indicator's value 1.73 meets the target 1.9"]);
  });

  it('without a baseline a decrease has no share, and the report rule still applies', () => {
    const t = item({ due: '2027-12-31', target: ratio });
    const s = deriveStatus(t, [rep('2025-10', '2025-11-03')], '2025-11-15', 1.95);
    expect(s.reportedShare).toBeNull();
    expect(s.status).toBe('on-track');
    expect(deriveStatus(t, [], '2025-11-15', 1.95).status).toBe('at-risk');
  });

  it('are at risk when the data are behind the path, whatever the reports say', () => {
    const water = target({ value: 98, baseline: 90, unit: '%', indicator: 'R1', year: 2025 });
    const t = item({ target: water });
    const r = [rep('2025-06', '2025-07-05', { share: 60 })];
    const s = deriveStatus(t, r, '2025-07-15', 92);
    expect(s.reportedShare).toBe(25);
    expect(s.status).toBe('at-risk');
    expect(s.reasons).toEqual([
      'at risk: the indicator stands at 25 % of the way to its target, 28.6 points behind the expected 53.6 % (more than 15)',
    ]);
    // Without a value in the data the reports count.
    expect(deriveStatus(t, r, '2025-07-15').status).toBe('on-track');
  });
});

describe('a year of monthly reports, month by month', () => {
  // Reported on the 5th of the following month; July's report never comes; December not done.
  const shares: Record<string, number> = {
    '01': 8,
    '02': 16,
    '03': 25,
    '04': 33,
    '05': 35,
    '06': 37,
    '08': 60,
    '09': 70,
    '10': 80,
    '11': 90,
  };
  const reports = Object.entries(shares).map(([m, share]) =>
    rep(
      `2025-${m}`,
      m === '12' ? '2026-01-05' : `2025-${String(Number(m) + 1).padStart(2, '0')}-05`,
      {
        share,
      },
    ),
  );
  const expected: [string, string, string[], boolean][] = [
    ['2025-01-15', 'on-track', ['on-track'], false],
    ['2025-02-15', 'on-track', ['on-track'], false],
    ['2025-03-15', 'on-track', ['on-track'], false],
    ['2025-04-15', 'on-track', ['on-track'], false],
    ['2025-05-15', 'on-track', ['on-track'], false],
    ['2025-06-15', 'on-track', ['on-track'], false],
    ['2025-07-15', 'at-risk', ['behind-path', 'escalated'], true],
    ['2025-08-15', 'at-risk', ['behind-path', 'late-report', 'escalated'], true],
    ['2025-09-15', 'on-track', ['on-track'], false],
    ['2025-10-15', 'on-track', ['on-track'], false],
    ['2025-11-15', 'on-track', ['on-track'], false],
    ['2025-12-15', 'on-track', ['on-track'], false],
    ['2025-12-31', 'on-track', ['on-track'], false],
    ['2026-01-01', 'overdue', ['overdue-item', 'escalated'], true],
    ['2026-01-11', 'overdue', ['overdue-item', 'late-report', 'escalated'], true],
  ];
  for (const [asOf, status, rules, escalated] of expected) {
    it(`${asOf}: ${status}`, () => {
      const s = deriveStatus(item({ supervised: true }), reports, asOf);
      expect(s.status).toBe(status);
      expect(codes(s)).toEqual(rules);
      expect(s.escalated).toBe(escalated);
      const plain = deriveStatus(item(), reports, asOf);
      expect(plain.status).toBe(status);
      expect(plain.escalated).toBe(false);
    });
  }

  it('reports the expected and reported shares on the way', () => {
    const july = deriveStatus(item(), reports, '2025-07-15');
    expect(july.expectedShare).toBe(53.6); // 195 of 364 days
    expect(july.reportedShare).toBe(37);
    expect(deriveStatus(item(), reports, '2025-08-15').missingMonth).toBe('2025-07');
  });
});
