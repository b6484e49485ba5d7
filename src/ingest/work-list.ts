// A work-item list file parsed for the store's list import: XLSX or CSV, nothing else.

import { GapscopeError } from '../core/errors.ts';
import { parseCsv, parseXlsx, type Table } from './table.ts';

/** Parses a list file by its name's extension; any other extension is refused. */
export async function parseListFile(fileName: string, bytes: Uint8Array): Promise<Table> {
  if (/\.xlsx$/i.test(fileName)) return parseXlsx(bytes, fileName);
  if (/\.csv$/i.test(fileName)) return parseCsv(bytes, fileName);
  throw new GapscopeError('file.type', 'a work-item list is an .xlsx or .csv file', {
    file: fileName,
  });
}
