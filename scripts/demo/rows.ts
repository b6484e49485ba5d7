// Rows of the demo file (long layout) and how they are written as CSV.

import { comparePeriods, parsePeriod } from '../../src/core/data/period.ts';

/** The label every generated row carries in its `source` column. */
export const SYNTHETIC = 'synthetic (demo)';

export const HEADER = ['unit', 'indicator', 'period', 'value', 'status', 'source', 'note'] as const;

/** One observation as written: the value is already formatted. */
export interface DemoRow {
  unit: string;
  indicator: string;
  period: string;
  value: string;
  status: 'final' | 'provisional' | 'estimated';
  source: string;
  note: string;
}

/** A number with `decimals` places, never "-0". */
export function fmt(value: number, decimals: number): string {
  const r = Number(value.toFixed(decimals));
  return (r === 0 ? 0 : r).toFixed(decimals);
}

/** A generated row: status `estimated`, source `synthetic (demo)`, no note. */
export function synthetic(
  unit: string,
  indicator: string,
  period: string,
  value: number,
  decimals: number,
): DemoRow {
  return {
    unit,
    indicator,
    period,
    value: fmt(value, decimals),
    status: 'estimated',
    source: SYNTHETIC,
    note: '',
  };
}

const quote = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Sorts rows by unit code, then series (in the given order), then period, and writes CSV text. */
export function toCsv(rows: DemoRow[], seriesOrder: string[]): string {
  const order = new Map(seriesOrder.map((s, k) => [s, k]));
  const periods = new Map<string, ReturnType<typeof parsePeriod>>();
  const period = (p: string): ReturnType<typeof parsePeriod> => {
    let v = periods.get(p);
    if (!v) periods.set(p, (v = parsePeriod(p)));
    return v;
  };
  const sorted = [...rows].sort(
    (a, b) =>
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
      order.get(a.indicator)! - order.get(b.indicator)! ||
      comparePeriods(period(a.period), period(b.period)),
  );
  const lines = [HEADER.join(',')];
  for (const r of sorted) lines.push(HEADER.map((h) => quote(r[h])).join(','));
  return lines.join('\n') + '\n';
}
