// Reads golden CSV files (COINr outputs) into rows keyed by their first column.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** A golden table: column names and, per row key (unit code), its cells as strings. */
export interface Golden {
  columns: string[];
  rows: Map<string, Record<string, string>>;
  order: string[];
}

/** Reads a CSV whose first column is the row key. */
export function readGolden(path: string): Golden {
  const records: string[][] = parse(readFileSync(path, 'utf8'), { bom: true });
  const [header, ...body] = records;
  const rows = new Map<string, Record<string, string>>();
  const order: string[] = [];
  for (const r of body) {
    rows.set(r[0]!, Object.fromEntries(header!.map((h, c) => [h, r[c]!])));
    order.push(r[0]!);
  }
  return { columns: header!, rows, order };
}

/** A golden cell as a number; NaN for an empty cell or NA. */
export function goldenNumber(text: string | undefined): number {
  return text === undefined || text === '' || text === 'NA' ? NaN : Number(text);
}
