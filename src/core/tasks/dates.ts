// Calendar dates (YYYY-MM-DD) and months (YYYY-MM) for the work system, as plain text: days are
// counted in whole calendar days, and a moment is placed on China Standard Time (UTC+8) dates.

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `text` is a real calendar date YYYY-MM-DD (2025-02-30 is not). */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

/** True when `text` is a month YYYY-MM. */
export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** The day number of a date (days since 1970-01-01). */
export function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    86_400_000
  );
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `n` days after `date`. */
export function addDays(date: string, n: number): string {
  return new Date((dayNumber(date) + n) * 86_400_000).toISOString().slice(0, 10);
}

/** The month of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month before `month`. */
export function previousMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The first day of a month. */
export function firstDay(month: string): string {
  return `${month}-01`;
}

/** The last day of a month. */
export function lastDay(month: string): string {
  return addDays(firstDay(nextMonth(month)), -1);
}

/** The China Standard Time (UTC+8) date of an ISO moment: 2025-11-30T17:00:00Z is 2025-12-01. */
export function chinaDate(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The date a month's work is read at: its last day, or `today` while the month is running. */
export function workDate(month: string, today: string): string {
  const end = lastDay(month);
  return today < end ? today : end;
}
