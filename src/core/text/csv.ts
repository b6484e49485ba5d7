// CSV output whose cells a spreadsheet will not run as formulas, and the rule that reads the
// neutralised text back exactly (docs/SECURITY.md § Values and round trips).

import { isDecimal } from './number.ts';

/** Characters that make a spreadsheet read a cell as a formula, in ASCII and full width. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * True when a spreadsheet could run `text` as a formula (or as a command, through DDE): it starts
 * with a tab or a line break, or, after any leading whitespace, with = + - @ or their full-width
 * forms (＝＋－＠), which some spreadsheets fold to ASCII. A signed number (`-5`, ` +2.5e3`) is
 * a number to a spreadsheet, not a formula, so it is left as it is.
 */
function formulaLike(text: string): boolean {
  const first = text[0];
  if (first === '\t' || first === '\r' || first === '\n') return true;
  const rest = text.trimStart();
  return FORMULA_START.has(rest[0] ?? '') && !isDecimal(rest);
}

/**
 * True when the exporter prefixes `text` with an apostrophe: it is formula-like once any leading
 * apostrophes are set aside. Counting texts that already start with apostrophes makes the prefix
 * reversible: `unneutralise()` removes exactly the one apostrophe this adds, and nothing else.
 */
function needsApostrophe(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 0x27) i++;
  return formulaLike(i ? text.slice(i) : text);
}

/** `text` with an apostrophe in front when a spreadsheet could take it as a formula (linear time). */
export function neutralise(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}

/**
 * The text `neutralise()` was given: one leading apostrophe removed when what follows would have
 * been neutralised, the text unchanged otherwise. The importer reads every text cell through it,
 * so that an export imported again revises nothing (`'=1` → `=1`, `''=1` → `'=1`, `'x` stays).
 */
export function unneutralise(text: string): string {
  return text.charCodeAt(0) === 0x27 && needsApostrophe(text.slice(1)) ? text.slice(1) : text;
}

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const t = neutralise(v);
  // Quoted when it holds a quote, comma or line break, and when it starts or ends with whitespace,
  // which a CSV reader that trims (ours does) keeps only inside quotes.
  return /[",\n\r]/.test(t) || t.trim() !== t ? `"${t.replace(/"/g, '""')}"` : t;
}

/** A CSV text (RFC 4180, \n line ends) from a header and rows; numbers keep full precision. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
