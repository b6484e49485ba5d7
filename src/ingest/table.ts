// Reads a CSV or XLSX file into a header and rows of strings, within TABLE_LIMITS, saying which
// encoding its text was read in.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import type { Table, TableEncoding } from '../core/data/table.ts';
import { GapscopeError } from '../core/errors.ts';
import { checkCell } from './cell-rules.ts';
import { TABLE_LIMITS, type TableLimits } from './limits.ts';
import { count, excerpt, quote } from '../core/text/quote.ts';
import { decodeFile } from './text.ts';
import { checkXlsx } from './xlsx-guard.ts';

export type { Table, TableEncoding };

function overLimit(file: string, message: string): GapscopeError {
  return new GapscopeError('table.limit', message, { file });
}

function checkFileSize(bytes: number, file: string, limits: TableLimits): void {
  if (bytes > limits.fileBytes)
    throw overLimit(
      file,
      `the file has ${count(bytes)} bytes; the limit is ${count(limits.fileBytes)}`,
    );
}

/** Counts rows and cells against the limits as they are read. */
function rowCounter(file: string, limits: TableLimits): (width: number) => void {
  let rows = 0;
  return (width) => {
    rows++;
    if (rows > limits.rows)
      throw overLimit(
        file,
        `the file has more than ${count(limits.rows)} rows; the limit is ${count(limits.rows)}`,
      );
    if (rows * width > limits.cells)
      throw overLimit(
        file,
        `the table holds more than ${count(limits.cells)} cells (${count(rows)} rows × ${count(width)} columns so far); the limit is ${count(limits.cells)}`,
      );
  };
}

function checkWidth(width: number, file: string, limits: TableLimits, found: string): void {
  if (width > limits.columns)
    throw overLimit(file, `${found}; the limit is ${count(limits.columns)} columns`);
}

/**
 * Parses CSV: bytes (decoded by text.ts's rule, the table saying which encoding) or text. Refuses,
 * naming the row and column, a cell with a NUL character, and any file past TABLE_LIMITS.
 */
export function parseCsv(
  input: string | Uint8Array,
  file: string,
  limits: TableLimits = TABLE_LIMITS,
): Table {
  checkFileSize(input.length, file, limits);
  const { text, encoding } =
    typeof input === 'string' ? { text: input, encoding: undefined } : decodeFile(input, file);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: true,
      // Named, not discovered: csv-parse's discovery re-examines every byte until the first line
      // ends, which makes a 20 MB first line take 9 s instead of 0.8 s.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Stops one record past the row limit, so the check below sees it passed. The checks run
      // after parsing, not in an on_record callback, which makes csv-parse three times slower; the
      // file size limit already bounds what parsing can hold.
      to: limits.rows + 2,
    });
  } catch (e) {
    if (e instanceof GapscopeError) throw e;
    const err = e as { message: string; lines?: number };
    throw new GapscopeError('table.csv', `not valid CSV: ${excerpt(err.message, 200)}`, {
      file,
      row: err.lines,
    });
  }
  const header = records[0] ?? [];
  checkWidth(header.length, file, limits, `the header has ${count(header.length)} columns`);
  const counted = rowCounter(file, limits);
  const column = (c: number): string => (header[c] ? excerpt(header[c]!) : String(c + 1));
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    counted(record.length);
    const row = r + 1;
    const max = r === 0 ? limits.headerLength : limits.cellLength;
    for (let c = 0; c < record.length; c++) {
      const cell = record[c]!;
      // The common case in one cheap test; checkCell says what is wrong and where.
      if (cell.length > max || cell.includes('\u0000'))
        checkCell(cell, { file, row, column: r === 0 ? String(c + 1) : column(c) }, max);
    }
  }
  if (!records.length)
    throw new GapscopeError('table.empty', 'the file has no header row', { file });
  const rows = records.slice(1);
  return encoding ? { file, header, rows, encoding } : { file, header, rows };
}

/** Excel's name of column `n` (1 → A, 16384 → XFD). */
function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A cell's value as text; `where` names it when the value cannot be text (a date off the calendar). */
function cellText(
  v: CellValue,
  where: () => { file: string; row: number; column: string },
): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime()))
      throw new GapscopeError('table.cell', 'the cell holds a date outside the calendar', where());
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'object' && 'error' in v) return String(v.error);
  if (typeof v === 'object' && 'result' in v) return cellText(v.result as CellValue, where);
  if (typeof v === 'object' && 'richText' in v)
    return (v.richText ?? [])
      .map((t) => t?.text ?? '')
      .join('')
      .trim();
  // A hyperlink's text may itself be rich text.
  if (typeof v === 'object' && 'text' in v) return cellText(v.text as CellValue, where);
  if (typeof v === 'object' && 'formula' in v) return '';
  return String(v);
}

/**
 * Reads the first worksheet of an XLSX file: only the cells that exist, after checkXlsx has
 * measured the file (exceljs inflates and builds the whole workbook; an unchecked 12 KB file can
 * make it take gigabytes). Refuses a NUL character and anything past TABLE_LIMITS.
 */
export async function parseXlsx(
  bytes: Uint8Array,
  file: string,
  limits: TableLimits = TABLE_LIMITS,
): Promise<Table> {
  checkFileSize(bytes.length, file, limits);
  await checkXlsx(bytes, file, limits);
  // Loaded on first use: exceljs (with its zip and XML readers) takes longer to load than a whole
  // evaluation takes to run, and CSV files never need it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's types predate Node's generic Buffer; the bytes are what it expects.
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new GapscopeError(
      'table.xlsx',
      `not a readable XLSX file: ${excerpt(String((e as Error)?.message ?? e), 200)}`,
      { file },
    );
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new GapscopeError('table.empty', 'the workbook has no worksheet', { file });
  const kept: string[][] = [];
  let width = 0;
  const counted = rowCounter(file, limits);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // A sparse array: a cell at XFD costs one entry, not 16,384.
    const cells: string[] = [];
    let last = 0;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const place = () => ({ file, row: rowNumber, column: columnLetter(col) });
      const text = cellText(cell.value, place);
      if (text === '') return;
      checkWidth(
        col,
        file,
        limits,
        `row ${rowNumber} has a cell in column ${columnLetter(col)} (column ${count(col)})`,
      );
      const max = kept.length ? limits.cellLength : limits.headerLength;
      if (text.length > max || text.includes('\u0000')) checkCell(text, place(), max);
      cells[col - 1] = text;
      last = col;
    });
    if (!last) return;
    kept.push(cells);
    width = Math.max(width, last);
    // Rows are padded to the widest, so rows × the widest so far is what the table will hold.
    counted(width);
  });
  if (!kept.length)
    throw new GapscopeError('table.empty', 'the first worksheet is empty', { file });
  const full = (cells: string[]): string[] =>
    Array.from({ length: width }, (_, c) => cells[c] ?? '');
  const [header, ...rows] = kept.map(full);
  return { file, header: header!, rows, encoding: 'xlsx' };
}

/** Parses a file's bytes by its name's extension: .xlsx, or .csv (also .txt or none). */
export async function parseTable(
  bytes: Uint8Array,
  file: string,
  limits: TableLimits = TABLE_LIMITS,
): Promise<Table> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return parseXlsx(bytes, file, limits);
  if (ext === '.csv' || ext === '.txt' || ext === '') return parseCsv(bytes, file, limits);
  throw unsupported(ext, file);
}

function unsupported(ext: string, file: string): GapscopeError {
  return new GapscopeError(
    'file.type',
    `unsupported file type ${quote(ext, 20)}: expected .csv or .xlsx`,
    { file },
  );
}

/** Reads a .csv or .xlsx file, refusing one over the size limit before reading it. */
export async function readTable(path: string, limits: TableLimits = TABLE_LIMITS): Promise<Table> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (!['.xlsx', '.csv', '.txt', ''].includes(ext)) throw unsupported(ext, file);
  let bytes: Uint8Array;
  try {
    checkFileSize((await stat(path)).size, file, limits);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof GapscopeError) throw e;
    throw new GapscopeError('file.unreadable', `cannot read ${path}`, { file });
  }
  return parseTable(bytes, file, limits);
}
