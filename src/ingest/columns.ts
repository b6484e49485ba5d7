// Picks named columns out of a table as numbers or labels, reporting every bad cell by row and column.

import { GapscopeError } from '../core/errors.ts';
import { numberProblem, Problems } from './data.ts';
import { parseNumber } from '../core/text/number.ts';
import type { Table } from './table.ts';

/** What a numeric column's cells must be: any number, ≥ 0, or > 0; and why, for the message. */
export interface NumberRule {
  min?: 'any' | 'non-negative' | 'positive';
  /** The rule in words, e.g. "Theil L takes logarithms". */
  why?: string;
}

/** The index of a column by its header, or an error naming the file, the option and the header. */
export function columnIndex(table: Table, name: string, option: string): number {
  const c = table.header.indexOf(name);
  if (c < 0) {
    throw new GapscopeError(
      'table.no-column',
      `${option} names the column "${name}", which the file does not have; its columns are ${table.header.join(', ')}`,
      { file: table.file },
    );
  }
  return c;
}

/**
 * A column as numbers. Every cell must be a plain, finite number obeying the rule; all problems are
 * reported at once with their row (the header is row 1) and column, and nothing is returned.
 */
export function numberColumn(
  table: Table,
  name: string,
  option: string,
  rule: NumberRule = {},
): Float64Array {
  const c = columnIndex(table, name, option);
  const problems = new Problems();
  const out = new Float64Array(table.rows.length);
  const min = rule.min ?? 'any';
  const why = rule.why ? ` (${rule.why})` : '';
  table.rows.forEach((cells, k) => {
    const text = cells[c] ?? '';
    const row = k + 2;
    if (text === '') return problems.add(row, name, `no value${why}`);
    const v = parseNumber(text);
    if (v === null) return problems.add(row, name, numberProblem(text));
    if (min === 'positive' && !(v > 0)) return problems.add(row, name, `${text} must be > 0${why}`);
    if (min === 'non-negative' && !(v >= 0))
      return problems.add(row, name, `${text} must be ≥ 0${why}`);
    out[k] = v;
  });
  problems.throwIfAny(table.file, 'nothing was computed');
  return out;
}

/** A column as labels; an empty cell is an error naming its row, with `why` the rule in words. */
export function labelColumn(table: Table, name: string, option: string, why: string): string[] {
  const c = columnIndex(table, name, option);
  const problems = new Problems();
  const out = table.rows.map((cells, k) => {
    const text = cells[c] ?? '';
    if (text === '') problems.add(k + 2, name, `no label: ${why}`);
    return text;
  });
  problems.throwIfAny(table.file, 'nothing was computed');
  return out;
}
