// Reads a CSV or XLSX file into a header and rows of strings, whatever its encoding.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { GapscopeError } from '../core/errors.ts';
import { decodeText } from './text.ts';

/** A table as read: the header and the data rows, every cell a trimmed string ('' when empty). */
export interface Table {
  file: string;
  header: string[];
  rows: string[][];
}

/** Parses CSV text. */
export function parseCsv(text: string, file: string): Table {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: true,
    });
  } catch (e) {
    const err = e as { message: string; lines?: number };
    throw new GapscopeError('table.csv', `not valid CSV: ${err.message}`, { file, row: err.lines });
  }
  if (!records.length)
    throw new GapscopeError('table.empty', 'the file has no header row', { file });
  const [header, ...rows] = records;
  return { file, header: header!.map((h) => h.trim()), rows };
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v) return cellText(v.result as CellValue);
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  return String(v);
}

/** Reads the first worksheet of an XLSX file. */
export async function parseXlsx(bytes: Uint8Array, file: string): Promise<Table> {
  // Loaded on first use: exceljs (with its zip and XML readers) takes longer to load than a whole
  // evaluation takes to run, and CSV files never need it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's types predate Node's generic Buffer; the bytes are what it expects.
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new GapscopeError('table.xlsx', `not a readable XLSX file: ${(e as Error).message}`, {
      file,
    });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new GapscopeError('table.empty', 'the workbook has no worksheet', { file });
  const width = ws.columnCount;
  const all: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((x) => x !== '')) all.push(cells);
  });
  if (!all.length) throw new GapscopeError('table.empty', 'the first worksheet is empty', { file });
  const [header, ...rows] = all;
  return { file, header: header!, rows };
}

/** Reads a .csv or .xlsx file. */
export async function readTable(path: string): Promise<Table> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new GapscopeError('file.unreadable', `cannot read ${path}`, { file });
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return parseXlsx(bytes, file);
  if (ext === '.csv' || ext === '.txt' || ext === '') return parseCsv(decodeText(bytes), file);
  throw new GapscopeError('file.type', `unsupported file type "${ext}": expected .csv or .xlsx`, {
    file,
  });
}
