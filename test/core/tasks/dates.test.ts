// Calendar dates and months of the work system.

import { describe, expect, it } from 'vitest';
import {
  addDays,
  chinaDate,
  daysBetween,
  isDate,
  isMonth,
  lastDay,
  nextMonth,
  previousMonth,
} from '../../../src/core/tasks/dates.ts';

describe('dates', () => {
  it('accept real dates and months only', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2025-02-29')).toBe(false);
    expect(isDate('2025-2-01')).toBe(false);
    expect(isMonth('2025-12')).toBe(true);
    expect(isMonth('2025-13')).toBe(false);
  });

  it('count days and step months across year ends', () => {
    expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(previousMonth('2025-01')).toBe('2024-12');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2025-11')).toBe('2025-11-30');
  });

  it('place a moment on its China Standard Time date', () => {
    expect(chinaDate('2025-11-30T15:59:59.999Z')).toBe('2025-11-30');
    expect(chinaDate('2025-11-30T16:00:00.000Z')).toBe('2025-12-01');
  });
});
