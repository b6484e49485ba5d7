// What an XLSX cell reads as: dates as ISO days (one off the calendar refused, not a crash), error
// values as their text, a hyperlink's text even when it is rich text, a formula by its result.

import { describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import { parseXlsx } from '../../src/ingest/table.ts';
import { DATE_STYLES, makeZip, row, workbookParts } from './xlsx-fixtures.ts';

const HEAD = row(1, [
  ['A', 'unit'],
  ['B', 'value'],
]);

function workbook(secondRow: string): Uint8Array {
  return makeZip([...workbookParts(HEAD + `<row r="2">${secondRow}</row>`), DATE_STYLES]);
}

describe('XLSX cell values', () => {
  it('reads a date-formatted number as its day', async () => {
    const t = await parseXlsx(workbook('<c r="A2" s="1"><v>45658</v></c>'), 'd.xlsx');
    expect(t.rows).toEqual([['2025-01-01', '']]);
  });

  it('refuses a date-formatted number off the calendar, naming the cell (was a RangeError, a 500)', async () => {
    const e = await parseXlsx(workbook('<c r="B2" s="1"><v>1e20</v></c>'), 'd.xlsx').then(
      () => new Error('expected a refusal'),
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(GapscopeError);
    expect((e as GapscopeError).message).toBe(
      'd.xlsx, row 2, column B: the cell holds a date outside the calendar',
    );
  });

  it('reads error values, formula results and formulas without one', async () => {
    const t = await parseXlsx(
      workbook(
        '<c r="A2" t="e"><v>#N/A</v></c><c r="B2"><f>1+1</f><v>2</v></c><c r="C2"><f>1+2</f></c>',
      ),
      'f.xlsx',
    );
    expect(t.rows).toEqual([['#N/A', '2']]);
  });
});
