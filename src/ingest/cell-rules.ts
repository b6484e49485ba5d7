// The rules every cell of a table meets, CSV or XLSX: no NUL character (PostgreSQL cannot store
// one and SQLite can, so a dry run that passed could fail the import on one back end only), and a
// bounded length.

import { GapscopeError, type ErrorLocation } from '../core/errors.ts';
import { count, quote } from '../core/text/quote.ts';

/** Where a cell is: its file, row (the header is row 1) and column (a name or a letter). */
export interface CellPlace extends ErrorLocation {
  file: string;
  row: number;
  column: string;
}

/** Throws when the cell's text holds U+0000 or is longer than `max` characters. */
export function checkCell(text: string, place: CellPlace, max: number): void {
  if (text.length > max)
    throw new GapscopeError(
      'table.limit',
      `the cell holds ${count(text.length)} characters; the limit is ${count(max)}: ${quote(text)}`,
      place,
    );
  if (text.includes('\u0000'))
    throw new GapscopeError(
      'table.nul',
      `the cell holds a NUL character (U+0000), which the store cannot keep: ${quote(text)}`,
      place,
    );
}
