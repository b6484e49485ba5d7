// Which periods a month's brief reports.

import { describe, expect, it } from 'vitest';
import { briefPeriod, parseMonth, yearToDatePeriod } from '../../src/reports/period.ts';

const PERIODS = ['2023', '2024', '2025', '2025Q1-ytd', '2025Q2-ytd', '2025Q3-ytd', '2026'];

describe('brief periods', () => {
  it('reads a month, or says how to write one', () => {
    expect(parseMonth('2025-11')).toMatchObject({ year: 2025, sub: 11, frequency: 'month' });
    for (const bad of ['2025-13', '2025', '2025-1', 'November'])
      expect(() => parseMonth(bad), bad).toThrow(/a month is written YYYY-MM/);
  });

  it('takes the newest year up to the month’s year, or the period given', () => {
    // Only a year that had ended by the month's end: 2025 from its December brief on.
    expect(briefPeriod(parseMonth('2025-11'), PERIODS)).toBe('2024');
    expect(briefPeriod(parseMonth('2025-12'), PERIODS)).toBe('2025');
    expect(briefPeriod(parseMonth('2026-01'), PERIODS)).toBe('2025');
    expect(briefPeriod(parseMonth('2024-03'), PERIODS)).toBe('2023');
    expect(briefPeriod(parseMonth('2025-11'), PERIODS, '2023')).toBe('2023');
    expect(() => briefPeriod(parseMonth('2025-11'), PERIODS, '2019')).toThrow(/no period 2019/);
    expect(() => briefPeriod(parseMonth('2023-06'), PERIODS)).toThrow(
      /no year that had ended by 2023-06/,
    );
  });

  it('takes the newest year-to-date period closed by the end of the month', () => {
    expect(yearToDatePeriod(parseMonth('2025-11'), PERIODS)).toBe('2025Q3-ytd');
    expect(yearToDatePeriod(parseMonth('2025-08'), PERIODS)).toBe('2025Q2-ytd');
    expect(yearToDatePeriod(parseMonth('2025-09'), PERIODS)).toBe('2025Q3-ytd');
    expect(yearToDatePeriod(parseMonth('2025-02'), PERIODS)).toBeNull();
    expect(yearToDatePeriod(parseMonth('2024-12'), PERIODS)).toBeNull();
  });
});
