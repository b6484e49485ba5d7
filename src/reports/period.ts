// Which periods a month's brief reports: the index and the three gaps of the newest year up to the
// month's year, and the newest year-to-date figures that had closed by the end of the month.

import { parsePeriod, tryParsePeriod, type Period } from '../core/data/period.ts';
import { GapscopeError } from '../core/errors.ts';

/** A month as `YYYY-MM`, or fails saying so. */
export function parseMonth(text: string): Period {
  const p = /^\d{4}-\d{2}$/.test(text.trim()) ? tryParsePeriod(text.trim()) : null;
  if (!p || p.frequency !== 'month' || p.ytd)
    throw new GapscopeError('report.month', `a month is written YYYY-MM (2025-11); got "${text}"`);
  return p;
}

/** The last month (1–12) a period covers. */
function lastMonth(p: Period): number {
  return p.frequency === 'year' ? 12 : p.frequency === 'quarter' ? p.sub * 3 : p.sub;
}

/**
 * The brief's main period: `given` if the data have it, else the newest year of the data that had
 * ended by the end of the month — the month's own year only in December — so that a brief says
 * only what could be known then: the November brief of 2025 quotes the 2024 index and gaps (and
 * the 2025 year-to-date figures, `yearToDatePeriod`), never a 2025 annual figure.
 */
export function briefPeriod(month: Period, periods: readonly string[], given?: string): string {
  if (given !== undefined) {
    const p = parsePeriod(given);
    if (!periods.includes(p.code))
      throw new GapscopeError(
        'report.period',
        `the data have no period ${p.code}; they have ${periods.join(', ')}`,
      );
    return p.code;
  }
  const years = periods
    .map(parsePeriod)
    .filter(
      (p) =>
        p.frequency === 'year' &&
        (p.year < month.year || (p.year === month.year && month.sub === 12)),
    )
    .sort((a, b) => a.year - b.year);
  const pick = years.at(-1);
  if (!pick)
    throw new GapscopeError(
      'report.period',
      `the data have no year that had ended by ${month.code}; they have ${periods.join(', ') || 'no periods'}`,
    );
  return pick.code;
}

/**
 * The newest year-to-date period (2025Q3-ytd, 2025-10-ytd) of the month's year that had closed by
 * the end of the month, or null: the in-year figure the province publishes quarterly.
 */
export function yearToDatePeriod(month: Period, periods: readonly string[]): string | null {
  const ytd = periods
    .map(parsePeriod)
    .filter((p) => p.ytd && p.year === month.year && lastMonth(p) <= month.sub)
    .sort((a, b) => lastMonth(a) - lastMonth(b) || a.code.localeCompare(b.code));
  return ytd.at(-1)?.code ?? null;
}
