// The work system's words: every rule has a sentence in both catalogs, the English one is the
// core's own, and the Chinese one fills in the same figures.

import { describe, expect, it } from 'vitest';
import { describeRule } from '../../src/core/tasks/reasons.ts';
import type { FiredRule } from '../../src/core/tasks/status.ts';
import { listName, ruleText, statusName } from '../../src/i18n/work.ts';

const RULES: FiredRule[] = [
  { code: 'done-target', params: { value: 510, target: 500, month: '2025-09' } },
  { code: 'done-target', params: { value: 1.73, target: 1.9, from: 'indicator' } },
  { code: 'done-share', params: { month: '2025-07' } },
  { code: 'done-milestones', params: { count: 3, on: '2025-09-20' } },
  { code: 'done-late', params: { on: '2025-07-05', due: '2025-06-30', days: 5 } },
  { code: 'not-started', params: { start: '2026-01-01' } },
  { code: 'overdue-item', params: { due: '2025-12-31', days: 1 } },
  { code: 'overdue-milestone', params: { title: '开工', due: '2025-03-31', days: 1 } },
  { code: 'behind-path', params: { share: 44.9, expected: 60, gap: 15.1, threshold: 15 } },
  { code: 'indicator-behind', params: { share: 25, expected: 53.6, gap: 28.6, threshold: 15 } },
  { code: 'late-report', params: { month: '2025-01', deadline: '2025-02-10' } },
  { code: 'on-track', params: { share: 45, expected: 60 } },
  { code: 'on-track', params: { share: 'unknown', expected: 60 } },
  { code: 'escalated', params: { status: 'at-risk' } },
];

describe('status rules in words', () => {
  it('say in English what the core says', () => {
    for (const r of RULES) expect(ruleText('en', r)).toBe(describeRule(r));
  });

  it('say it in Chinese with every figure filled in', () => {
    for (const r of RULES) {
      const zh = ruleText('zh-CN', r);
      expect(zh, r.code).not.toMatch(/\{\w+\}/);
      for (const v of Object.values(r.params))
        if (typeof v === 'number') expect(zh, r.code).toContain(String(v));
    }
    expect(ruleText('zh-CN', RULES[13]!)).toBe('已升级：督办事项有风险');
    expect(statusName('zh-CN', 'on-track')).toBe('正常推进');
    expect(listName('en', 'key-project')).toBe('Key projects');
  });
});
