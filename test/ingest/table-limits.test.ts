// Table files past TABLE_LIMITS are refused cheaply, each with an error naming the file, the limit
// and what was found (F1): an XLSX is measured before exceljs inflates it, and only the cells that
// exist are read; CSV has the same limits on rows, columns, cell length and bytes.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import { TABLE_LIMITS, type TableLimits } from '../../src/ingest/limits.ts';
import { parseCsv, parseTable, parseXlsx, readTable } from '../../src/ingest/table.ts';
import { toApiError } from '../../src/server/problem.ts';
import {
  cell,
  deflatePieces,
  makeZip,
  row,
  smallWorkbook,
  workbookParts,
  type ZipEntry,
} from './xlsx-fixtures.ts';

const HEADER = row(1, [
  ['A', 'unit'],
  ['B', 'indicator'],
  ['C', 'period'],
  ['D', 'value'],
]);
const DATA = row(2, [
  ['A', '330102'],
  ['B', 'A'],
  ['C', '2024'],
  ['D', '1'],
]);

/** The error a call throws (synchronously or not), which must be a GapscopeError. */
async function refusal(f: () => unknown): Promise<GapscopeError> {
  try {
    await f();
  } catch (e) {
    expect(e).toBeInstanceOf(GapscopeError);
    return e as GapscopeError;
  }
  throw new Error('expected a refusal');
}

/** The workbook with its sheet made of `pieces` (text and long runs of one character). */
async function sheetOf(pieces: Parameters<typeof deflatePieces>[0]): Promise<ZipEntry[]> {
  const parts = workbookParts('@@');
  const [pre, post] = String(parts[4]!.data).split('@@');
  parts[4] = {
    name: parts[4]!.name,
    data: '',
    deflated: await deflatePieces([pre!, ...pieces, post!]),
  };
  return parts;
}

describe('XLSX limits (F1)', () => {
  it('refuses a cell at column XFD at once, reading only the cells that exist', async () => {
    let sheet = HEADER.replace('</row>', `${cell('XFD1', 'x')}</row>`);
    for (let r = 2; r <= 2001; r++)
      sheet += row(r, [
        ['A', '330102'],
        ['B', 'A'],
        ['C', '2024'],
        ['D', String(r)],
      ]);
    const bytes = makeZip(workbookParts(sheet));
    expect(bytes.length).toBeLessThan(64 * 1024);
    const started = performance.now();
    const heap = process.memoryUsage().heapUsed;
    const e = await refusal(() => parseXlsx(bytes, 'xfd.xlsx'));
    expect(e.code).toBe('table.limit');
    expect(e.message).toBe(
      'xfd.xlsx: row 1 has a cell in column XFD (column 16,384); the limit is 1,024 columns',
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 2 ** 20);
    expect(toApiError(e).status).toBe(422);
  });

  it('reads a sparse sheet within the limits as a table as wide as its widest row', async () => {
    const bytes = makeZip(
      workbookParts(HEADER + `<row r="5">${cell('A5', '330102')}${cell('F5', 'far')}</row>`),
    );
    const t = await parseXlsx(bytes, 'sparse.xlsx');
    expect(t.header).toEqual(['unit', 'indicator', 'period', 'value', '', '']);
    expect(t.rows).toEqual([['330102', '', '', '', '', 'far']]);
    expect(t.encoding).toBe('xlsx');
  });

  it('refuses a sheet that inflates to 400 MB of whitespace before inflating it', async () => {
    const bytes = makeZip(await sheetOf([HEADER, { repeat: ' ', size: 400 * 2 ** 20 }]));
    expect(bytes.length).toBeLessThan(2 * 2 ** 20);
    const started = performance.now();
    const e = await refusal(() => parseXlsx(bytes, 'spaces.xlsx'));
    expect(e.message).toMatch(
      /^spaces\.xlsx: the workbook's parts inflate to 400\.0 MiB \([\d,]+ bytes\); the limit is 128\.0 MiB$/,
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a part whose compression ratio is absurd, though under the size limit', async () => {
    const bytes = makeZip(await sheetOf([HEADER, { repeat: ' ', size: 20 * 2 ** 20 }]));
    const e = await refusal(() => parseXlsx(bytes, 'ratio.xlsx'));
    expect(e.message).toMatch(
      /^ratio\.xlsx: part "xl\/worksheets\/sheet1\.xml" inflates [\d,]+-fold \([\d,]+ bytes to 20,971,\d+\); the limit is 100-fold$/,
    );
  });

  it('refuses a part that inflates past the size its zip directory declares, without inflating the rest', async () => {
    const parts = await sheetOf([HEADER, { repeat: ' ', size: 400 * 2 ** 20 }]);
    parts[4] = { ...parts[4]!, deflated: { ...parts[4]!.deflated!, size: 2_000 } };
    const heap = process.memoryUsage().heapUsed;
    const e = await refusal(() => parseXlsx(makeZip(parts), 'lie.xlsx'));
    expect(e.message).toBe(
      'lie.xlsx: not a readable XLSX file: part "xl/worksheets/sheet1.xml" inflates to more than 2,000 bytes, not the 2,000 its zip directory declares',
    );
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(100 * 2 ** 20);
  });

  it.each([
    [
      'a merged range over the whole grid',
      { afterSheetData: '<mergeCells><mergeCell ref="A3:XFD1048576"/></mergeCells>' },
      /the workbook holds at least 17,179,836,424 cells \(merged, validated and named ranges counted cell by cell\); the limit is 1,500,000/,
    ],
    [
      'a data validation over the whole grid',
      {
        afterSheetData:
          '<dataValidations><dataValidation type="whole" sqref="A1 &#65;3:XFD1048576"><formula1>1</formula1></dataValidation></dataValidations>',
      },
      /at least 17,179,836,424 cells/,
    ],
    [
      'a defined name over the whole grid, split by a comment',
      {
        workbookExtra:
          '<definedNames><definedName name="x">data!$A$1:<!-- </definedName> -->$XFD$1048576</definedName></definedNames>',
      },
      /at least 17,179,869,184 cells/,
    ],
    [
      'a row numbered beyond the grid',
      { sheetData: HEADER + '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>' },
      /the workbook reaches outside Excel's grid: row 2000000000 \(<row r="…">\)/,
    ],
    [
      'a merged cell beyond the grid',
      { afterSheetData: '<mergeCells><mergeCell ref="A9999999"/></mergeCells>' },
      /outside Excel's grid: row 9999999 \(<mergeCell ref="…">\)/,
    ],
    [
      'a column range beyond the grid',
      { before: '<cols><col min="1" max="1000000000" width="9"/></cols>' },
      /outside Excel's grid: column 1000000000 \(<col max="…">\)/,
    ],
  ])(
    'refuses %s, which exceljs would build cell by cell',
    async (_, opts: Record<string, string>, expected) => {
      const parts = workbookParts(opts.sheetData ?? HEADER + DATA, opts);
      if (opts.before)
        parts[4]!.data = String(parts[4]!.data).replace('<sheetData>', `${opts.before}<sheetData>`);
      const bytes = makeZip(parts);
      expect(bytes.length).toBeLessThan(4_096);
      const started = performance.now();
      const e = await refusal(() => parseXlsx(bytes, 'bomb.xlsx'));
      expect(e.code).toBe('table.limit');
      expect(e.message).toMatch(/^bomb\.xlsx: /);
      expect(e.message).toMatch(expected);
      expect(performance.now() - started).toBeLessThan(2_000);
    },
  );

  it('refuses more rows, cells or parts than allowed, counted in the XML', async () => {
    const tight: TableLimits = { ...TABLE_LIMITS, rows: 2, xlsxCells: 100 };
    let e = await refusal(() => parseXlsx(smallWorkbook(), 'rows.xlsx', tight));
    expect(e.message).toBe('rows.xlsx: the workbook holds at least 3 rows; the limit is 2');
    e = await refusal(() =>
      parseXlsx(smallWorkbook(), 'cells.xlsx', { ...tight, rows: 10, xlsxCells: 11 }),
    );
    expect(e.message).toMatch(
      /^cells\.xlsx: the workbook holds at least 12 cells .* the limit is 11/,
    );
    e = await refusal(() =>
      parseXlsx(smallWorkbook(), 'parts.xlsx', { ...TABLE_LIMITS, xlsxParts: 4 }),
    );
    expect(e.message).toBe(
      'parts.xlsx: the workbook has 5 or more parts (files inside the zip); the limit is 4',
    );
  });

  it('refuses a sheet whose rows, padded to its widest, would be more cells than allowed', async () => {
    let sheet = HEADER;
    for (let r = 2; r <= 20; r++) sheet += row(r, [['A', String(r)]]);
    sheet += row(21, [['Z', 'far']]);
    const e = await refusal(() =>
      parseXlsx(makeZip(workbookParts(sheet)), 'padded.xlsx', { ...TABLE_LIMITS, cells: 100 }),
    );
    expect(e.message).toBe(
      'padded.xlsx: the table holds more than 100 cells (21 rows × 26 columns so far); the limit is 100',
    );
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapscope-limits-'));
    writeFileSync(join(dir, 'big.csv'), 'unit,value\n' + 'x,1\n'.repeat(1000));
    const e = await refusal(() =>
      readTable(join(dir, 'big.csv'), { ...TABLE_LIMITS, fileBytes: 1000 }),
    );
    expect(e.message).toBe('big.csv: the file has 4,011 bytes; the limit is 1,000');
  });

  it('still reads a valid workbook, and says it is one', async () => {
    const t = await parseTable(smallWorkbook(), 'ok.xlsx');
    expect(t).toEqual({
      file: 'ok.xlsx',
      header: ['unit', 'indicator', 'period', 'value'],
      rows: [
        ['330102', 'A', '2024', '1.5'],
        ['330103', 'B', '2024', '2'],
      ],
      encoding: 'xlsx',
    });
  });
});

describe('CSV limits (F1)', () => {
  it('refuses more rows than allowed, counting the header', () => {
    const text = 'v\n' + '1\n'.repeat(TABLE_LIMITS.rows);
    expect(() => parseCsv(text, 'rows.csv')).toThrow(
      'rows.csv: the file has more than 1,048,576 rows; the limit is 1,048,576',
    );
  });

  it('refuses more columns than allowed', () => {
    const header = Array.from({ length: 1025 }, (_, c) => `c${c}`).join(',');
    expect(() => parseCsv(`${header}\n`, 'wide.csv')).toThrow(
      'wide.csv: the header has 1,025 columns; the limit is 1,024 columns',
    );
  });

  it('refuses more cells than allowed', () => {
    const tight = { ...TABLE_LIMITS, cells: 10 };
    expect(() => parseCsv('a,b,c\n1,2,3\n4,5,6\n7,8,9\n', 'cells.csv', tight)).toThrow(
      /^cells\.csv: the table holds more than 10 cells \(4 rows × 3 columns so far\); the limit is 10$/,
    );
  });

  it('refuses a cell or a header cell longer than allowed, quoting only its start', () => {
    const long = 'x'.repeat(40_000);
    let e = (() => {
      try {
        parseCsv(`unit,note\n330102,${long}\n`, 'long.csv');
      } catch (err) {
        return err as GapscopeError;
      }
    })()!;
    expect(e.message).toBe(
      `long.csv, row 2, column note: the cell holds 40,000 characters; the limit is 32,767: "${'x'.repeat(60)}…"`,
    );
    e = (() => {
      try {
        parseCsv(`unit,${'h'.repeat(300)}\n`, 'head.csv');
      } catch (err) {
        return err as GapscopeError;
      }
    })()!;
    expect(e.message).toMatch(
      /^head\.csv, row 1, column 2: the cell holds 300 characters; the limit is 256: "h{60}…"$/,
    );
  });

  it('refuses a file over the size limit, as bytes or as text', () => {
    const tight = { ...TABLE_LIMITS, fileBytes: 10 };
    expect(() => parseCsv(Buffer.from('unit,value\n1,2\n'), 'b.csv', tight)).toThrow(
      'b.csv: the file has 15 bytes; the limit is 10',
    );
    expect(() => parseCsv('unit,value\n1,2\n', 't.csv', tight)).toThrow(/the file has 15 bytes/);
  });
});
