// The limits every table file is read within, in one place: docs/SECURITY.md § Files and parsers
// gives the reason for each number.

/**
 * Limits on a CSV or XLSX file and on what it may hold. The product's largest import is the whole
 * province's data, at most ~1 M observations (one row each in the long layout, one cell each in
 * the wide one); a wide sheet has at most a few hundred columns.
 */
export const TABLE_LIMITS = {
  /** Bytes of a file as stored (CSV or XLSX): a 1 M-row long CSV with notes is ~100 MB. */
  fileBytes: 128 * 2 ** 20,
  /** Rows of a sheet or records of a CSV, the header included: Excel's own maximum, > 1 M. */
  rows: 1_048_576,
  /** Columns of a table: a wide sheet has a few hundred; this leaves room for several times that. */
  columns: 1_024,
  /** Cells of the table as read (rows × columns): 1 M observations × the long layout's 9 columns. */
  cells: 10_000_000,
  /** Characters in one cell: Excel's own maximum, so any cell Excel can hold is readable. */
  cellLength: 32_767,
  /** Characters in one header cell: a header names a column; nothing longer is a name. */
  headerLength: 256,
  /** Bytes all parts of an XLSX file inflate to: 1.5 M cells of sheet XML (~45 bytes each) ×2. */
  xlsxInflatedBytes: 128 * 2 ** 20,
  /** Inflated ÷ compressed size of an XLSX part: real sheets measure 8–15, deflate's ceiling is ~1,030. */
  xlsxRatio: 100,
  /** Parts inflating to less than this are not held to xlsxRatio: small parts compress oddly. */
  xlsxRatioFromBytes: 2 ** 20,
  /** Parts (files inside the zip) of an XLSX file: a workbook of a few sheets has ~15. */
  xlsxParts: 1_000,
  /**
   * Cells exceljs would build for the whole workbook (cell elements and the cells of merged,
   * validated and named ranges): ~0.45 KB of memory each, so ≤ ~700 MB; 1 M observations in the
   * wide layout fit, a long-layout history that large comes as CSV.
   */
  xlsxCells: 1_500_000,
  /** XML start tags in all parts of an XLSX file: about two per cell (`<c>`, `<v>`) and one per row. */
  xlsxElements: 4_000_000,
  /** Merged ranges in a workbook: exceljs checks each against every other (n² / 2 checks). */
  xlsxMerges: 10_000,
} as const;

/** Limits of the shape of TABLE_LIMITS (tests and callers may pass tighter ones). */
export type TableLimits = { readonly [K in keyof typeof TABLE_LIMITS]: number };
