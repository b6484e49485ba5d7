// Looking up one period and one unit of an evaluation, with errors that list what there is.

import { GapscopeError } from '../errors.ts';
import type { Evaluation, PeriodResult } from '../pipeline/evaluate.ts';

/** The result of one period (default: the latest evaluated). */
export function periodResult(ev: Evaluation, period?: string): PeriodResult {
  const p =
    period === undefined
      ? ev.periods[ev.periods.length - 1]
      : ev.periods.find((x) => x.period === period);
  if (!p) {
    throw new GapscopeError(
      'evaluate.no-period',
      `no results for period ${period ?? '(none)'}; evaluated: ${ev.periods.map((x) => x.period).join(', ') || 'none'}`,
    );
  }
  return p;
}

/** The position of a unit among the evaluated units. */
export function unitIndex(ev: Evaluation, unit: string): number {
  const u = ev.units.indexOf(unit);
  if (u < 0) {
    throw new GapscopeError(
      'diagnostics.unknown-unit',
      `unit ${unit} is not among the ${ev.units.length} evaluated units`,
    );
  }
  return u;
}
