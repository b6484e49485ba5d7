// A chart's data as CSV text, and file names that every file system takes: pure, so the
// browser's downloads and the tests share them.

import { toCsv as csvText } from '../core/text/csv.ts';
import type { ChartTable } from './types.ts';

/** The CSV text of a table (RFC 4180; a cell that starts like a formula is prefixed with '). */
export function toCsv(table: ChartTable): string {
  return csvText(table.header, table.rows);
}

/** A file name without path separators or characters that file systems refuse. */
export function safeName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 0x20 ? '-' : ch)).join('');
  const clean = printable.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return clean || 'chart';
}
