// A table as a file gives it (ingest reads CSV and XLSX into one), and the rows of observations
// read from it: what ingest hands the store to import.

import type { Observation } from './dataset.ts';
import type { Problems } from './problems.ts';

/** How a file's bytes became text: "ascii" when every byte was < 0x80 (UTF-8 and GB18030 agree). */
export type TextEncoding = 'ascii' | 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How a table's text was read: a text encoding for CSV, "xlsx" for a workbook (always Unicode). */
export type TableEncoding = TextEncoding | 'xlsx';

/** A table as read: the header and the data rows, every cell a trimmed string ('' when empty). */
export interface Table {
  file: string;
  header: string[];
  rows: string[][];
  /** How the file's bytes became text; absent when parseCsv was handed text already decoded. */
  encoding?: TableEncoding;
}

/** An observation with where it came from and the long layout's optional columns. */
export interface RowObservation extends Observation {
  row: number;
  column: string;
  status?: string;
  source?: string;
  note?: string;
  /** The unit of measure the file states for the value, if it has a column for it. */
  measure?: string;
}

/**
 * A data file as read for an import: its observations, the problems reading found (more are
 * added as the store checks the rows against what it holds), and how its text was read.
 */
export interface ObservationFile {
  /** The file's name, as messages and the import record name it. */
  name: string;
  /** The SHA-256 of the file's bytes, 64 hex digits: the same file twice is one import. */
  hash: string;
  encoding: TableEncoding | null;
  observations: RowObservation[];
  problems: Problems;
}
