// Measures an XLSX file before exceljs reads it: the sizes its parts declare and inflate to, their
// compression ratios, and what their XML would make exceljs build (xlsx-scan.ts), each against
// TABLE_LIMITS. exceljs inflates every part whole and builds every cell of every sheet, so this is
// the only point at which a small file that would take gigabytes can still be refused cheaply.

import { GapscopeError } from '../core/errors.ts';
import { formatNumber } from '../core/text/format.ts';
import type { TableLimits } from './limits.ts';
import { count, quote } from '../core/text/quote.ts';
import { emptyTally, tallyXml, type XmlTally } from './xlsx-scan.ts';
import {
  inflatePart,
  readZipDirectory,
  TooManyParts,
  ZipFormatError,
  type ZipPart,
} from './zip-directory.ts';

function mib(bytes: number): string {
  return `${formatNumber(bytes / 2 ** 20, 'en', { digits: 1, grouping: false })} MiB`;
}

function overLimit(file: string, message: string): GapscopeError {
  return new GapscopeError('table.limit', message, { file });
}

function unreadable(file: string, message: string): GapscopeError {
  return new GapscopeError('table.xlsx', `not a readable XLSX file: ${message}`, { file });
}

/** The first limit the tally passes, as a message; null when within all. */
function tallyProblem(t: XmlTally, limits: TableLimits): string | null {
  if (t.refusal) return `the workbook reaches outside Excel's grid: ${t.refusal}`;
  const over = (found: number, limit: number, what: string, advice = ''): string =>
    `the workbook holds at least ${count(found)} ${what}; the limit is ${count(limit)}${advice}`;
  if (t.cells > limits.xlsxCells)
    return over(
      t.cells,
      limits.xlsxCells,
      'cells (merged, validated and named ranges counted cell by cell)',
      ' — send a table this large as CSV',
    );
  if (t.rows > limits.rows) return over(t.rows, limits.rows, 'rows');
  if (t.merges > limits.xlsxMerges) return over(t.merges, limits.xlsxMerges, 'merged ranges');
  if (t.elements > limits.xlsxElements)
    return over(t.elements, limits.xlsxElements, 'XML elements');
  return null;
}

/** Throws a GapscopeError naming the file, the limit and what was found when the XLSX passes one. */
export async function checkXlsx(
  bytes: Uint8Array,
  file: string,
  limits: TableLimits,
): Promise<void> {
  let parts: ZipPart[];
  try {
    parts = readZipDirectory(bytes, limits.xlsxParts);
  } catch (e) {
    if (e instanceof TooManyParts)
      throw overLimit(
        file,
        `the workbook has ${count(e.found)} or more parts (files inside the zip); the limit is ${count(limits.xlsxParts)}`,
      );
    if (e instanceof ZipFormatError) throw unreadable(file, e.message);
    throw e;
  }
  const declared = parts.reduce((sum, p) => sum + p.size, 0);
  if (declared > limits.xlsxInflatedBytes)
    throw overLimit(
      file,
      `the workbook's parts inflate to ${mib(declared)} (${count(declared)} bytes); the limit is ${mib(limits.xlsxInflatedBytes)}`,
    );
  for (const p of parts) {
    if (p.size >= limits.xlsxRatioFromBytes && p.size > p.compressedSize * limits.xlsxRatio)
      throw overLimit(
        file,
        `part ${quote(p.name)} inflates ${count(Math.round(p.size / Math.max(1, p.compressedSize)))}-fold (${count(p.compressedSize)} bytes to ${count(p.size)}); the limit is ${limits.xlsxRatio}-fold`,
      );
  }
  const tally = emptyTally();
  // Called at every tag: plain comparisons, no message until one is needed.
  const stop = (t: XmlTally): boolean =>
    t.refusal !== null ||
    t.cells > limits.xlsxCells ||
    t.rows > limits.rows ||
    t.merges > limits.xlsxMerges ||
    t.elements > limits.xlsxElements;
  for (const p of parts) {
    const chunks: Buffer[] = [];
    let size: number;
    try {
      // Never past the declared size: a directory that understates a part is caught here.
      size = await inflatePart(bytes, p, p.size, (chunk) => chunks.push(chunk));
    } catch (e) {
      if (e instanceof ZipFormatError) throw unreadable(file, e.message);
      throw e;
    }
    if (size !== p.size)
      throw unreadable(
        file,
        `part ${quote(p.name)} inflates to ${size > p.size ? 'more than' : 'only'} ${count(Math.min(size, p.size))} bytes, not the ${count(p.size)} its zip directory declares`,
      );
    tallyXml(Buffer.concat(chunks), tally, stop);
    const problem = tallyProblem(tally, limits);
    if (problem) throw overLimit(file, problem);
  }
}
