// Periods: a year (2025), a quarter (2025Q3), a year-to-date quarter (2025Q3-ytd) or a month (2025-09).

import { GapscopeError } from '../errors.ts';

export type Frequency = 'year' | 'quarter' | 'month';

/** A parsed period. `time` is the decimal year of its start, used for ordering and interpolation. */
export interface Period {
  code: string;
  frequency: Frequency;
  year: number;
  /** Quarter 1–4 or month 1–12; 0 for a year. */
  sub: number;
  /** Cumulative from the start of the year (年初至今), as Chinese statistics often publish. */
  ytd: boolean;
  time: number;
}

const PATTERN = /^(\d{4})(?:Q([1-4])(-ytd)?|-(0[1-9]|1[0-2])(-ytd)?)?$/;

/** Parses a period code, or returns null when it is not one. */
export function tryParsePeriod(code: string): Period | null {
  const m = PATTERN.exec(code.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    return { code: code.trim(), frequency: 'quarter', year, sub: q, ytd: !!m[3], time: year + (q - 1) / 4 };
  }
  if (m[4]) {
    const mo = Number(m[4]);
    return { code: code.trim(), frequency: 'month', year, sub: mo, ytd: !!m[5], time: year + (mo - 1) / 12 };
  }
  return { code: code.trim(), frequency: 'year', year, sub: 0, ytd: false, time: year };
}

/** Parses a period code; a bad one is an error that shows the accepted forms. */
export function parsePeriod(code: string): Period {
  const p = tryParsePeriod(code);
  if (!p) {
    throw new GapscopeError(
      'period.invalid',
      `"${code}" is not a period: expected a year (2025), quarter (2025Q3, 2025Q3-ytd) or month (2025-09)`,
    );
  }
  return p;
}

/** Orders periods by time, year-to-date after the plain period of the same start. */
export function comparePeriods(a: Period, b: Period): number {
  return a.time - b.time || Number(a.ytd) - Number(b.ytd) || a.code.localeCompare(b.code);
}

/** Two periods are comparable in one evaluation when they share frequency and ytd-ness. */
export function periodKind(p: Period): string {
  return p.ytd ? `${p.frequency}-ytd` : p.frequency;
}

/** The same period one year earlier (2025Q3 → 2024Q3). */
export function yearEarlier(p: Period): string {
  const y = String(p.year - 1);
  return y + p.code.slice(4);
}
