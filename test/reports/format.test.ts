// Numbers, changes, periods and months as the reports print them.

import { describe, expect, it } from 'vitest';
import {
  dateLabel,
  monthLabel,
  num,
  periodLabel,
  rankMove,
  signed,
} from '../../src/reports/format.ts';

describe('report formats', () => {
  it('prints numbers with fixed decimals, grouped, and a dash for nothing', () => {
    expect(num(81538.4, 'zh-CN', 0)).toBe('81,538');
    expect(num(1.8104, 'en', 2)).toBe('1.81');
    expect(num(-0.001, 'zh-CN', 2)).toBe('0.00');
    expect(num(null, 'en')).toBe('–');
    expect(num(NaN, 'en')).toBe('–');
  });

  it('signs changes with a true minus, and never signs a zero', () => {
    expect(signed(0.246, 'zh-CN', 3)).toBe('+0.246');
    expect(signed(-0.019, 'en', 3)).toBe('−0.019');
    expect(signed(-0.0004, 'en', 3)).toBe('0.000');
    expect(signed(null, 'en')).toBe('–');
    expect([rankMove(3), rankMove(-11), rankMove(0), rankMove(null)]).toEqual([
      '↑3',
      '↓11',
      '0',
      '–',
    ]);
  });

  it('names periods, months and dates in both languages', () => {
    expect(periodLabel('2025', 'zh-CN')).toBe('2025年');
    expect(periodLabel('2025Q3-ytd', 'zh-CN')).toBe('2025年1—9月');
    expect(periodLabel('2025Q3-ytd', 'en')).toBe('Jan–Sep 2025');
    expect(periodLabel('2025Q2', 'zh-CN')).toBe('2025年第2季度');
    expect(periodLabel('2025-10', 'en')).toBe('Oct 2025');
    expect(monthLabel('2025-11', 'zh-CN')).toBe('2025年11月');
    expect(monthLabel('2025-11', 'en')).toBe('November 2025');
    expect(dateLabel('2025-11-30', 'zh-CN')).toBe('2025年11月30日');
    expect(dateLabel('2025-11-30', 'en')).toBe('30 November 2025');
  });
});
