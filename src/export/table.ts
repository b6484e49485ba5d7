// Writes a table as CSV or XLSX, with every text cell safe from formula injection.

import { neutralise, toCsv } from '../core/text/csv.ts';

export type Cell = string | number | null | undefined;
export type TableFormat = 'csv' | 'xlsx';

/**
 * A table as the bytes of a CSV (UTF-8 with BOM, so spreadsheets read Chinese) or XLSX file. Text
 * cells are neutralised in both (`neutralise()`: an apostrophe before a formula-like text), which
 * the importer undoes (`unneutralise()`), so an export of observations imports back unchanged.
 */
export async function writeTable(
  format: TableFormat,
  header: string[],
  rows: Cell[][],
  sheet = 'data',
): Promise<Uint8Array> {
  if (format === 'csv') return new TextEncoder().encode('\uFEFF' + toCsv(header, rows));
  // Loaded on first use: exceljs is slow to load, and CSV and most callers never need it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header.map(neutralise));
  for (const r of rows)
    ws.addRow(r.map((c) => (typeof c === 'string' ? neutralise(c) : c === undefined ? null : c)));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.getRow(1).font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
