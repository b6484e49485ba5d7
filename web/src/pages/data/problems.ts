// An import's problems as table rows: the server lists each as "row 3, column unit: unknown unit
// "999999"" (ingest/data.ts); the Data page shows row, column and problem side by side.

/** One problem of a file. `row` is the spreadsheet row (the header is row 1); null when the
 * problem is about the whole file. */
export interface Problem {
  key: number;
  row: number | null;
  column: string | null;
  message: string;
}

const ROW_COLUMN = /^row (\d+), column ([^:]+): ([\s\S]*)$/;

/** Splits each detail into row, column and message; a detail of another form keeps its text. */
export function parseProblems(details: readonly string[]): Problem[] {
  return details.map((d, key) => {
    const m = ROW_COLUMN.exec(d);
    return m
      ? { key, row: Number(m[1]), column: m[2]!, message: m[3]! }
      : { key, row: null, column: null, message: d };
  });
}

/** The distinct columns named, in the order they first appear (for the table's filter). */
export function problemColumns(problems: readonly Problem[]): string[] {
  return [...new Set(problems.flatMap((p) => (p.column ? [p.column] : [])))];
}
