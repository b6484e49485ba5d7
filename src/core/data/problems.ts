// Problems found in a file, each named by row and column, and the rules for quoting its cells:
// what ingest finds reading a file and what the store finds checking it against what it holds
// are reported alike.

import { GapscopeError } from '../errors.ts';
import { excerpt, quote as quoteText } from '../text/quote.ts';
import { isDecimal } from '../text/number.ts';

/**
 * The most problems a report lists; the rest are only counted, so that a file of bad rows cannot
 * make a report (and an HTTP response) many times its own size (docs/SECURITY.md).
 */
export const MAX_PROBLEMS = 200;
/** The most problems an error's message lists; its details list up to `MAX_PROBLEMS`. */
const MAX_IN_MESSAGE = 50;
/** The most characters of a cell a problem quotes: a 45 MB cell is named, not repeated. */
const MAX_QUOTED = 40;

/** A cell's text for a message, cut to its first `MAX_QUOTED` characters. */
export const cut = (text: string): string => excerpt(text, MAX_QUOTED);

/** A cell's text in double quotes for a message, cut to its first `MAX_QUOTED` characters. */
export const quote = (text: string): string => quoteText(text, MAX_QUOTED);

/** Problems found in a file, each with its row and column: the first `MAX_PROBLEMS`, then a count. */
export class Problems {
  list: string[] = [];
  /** How many problems were found beyond the first `MAX_PROBLEMS`. */
  more = 0;
  add(row: number, column: string, message: string): void {
    // The column is a header cell, as long as the file makes it: cut like a quoted cell.
    if (this.list.length < MAX_PROBLEMS)
      this.list.push(`row ${row}, column ${cut(column)}: ${message}`);
    else this.more++;
  }
  /** Every problem found, listed or only counted. */
  get count(): number {
    return this.list.length + this.more;
  }
  /**
   * Throws one error naming how many problems there are, with the first 50 in its message and the
   * first `MAX_PROBLEMS` in `details`, each list ending "… and N more" when it is not all of them.
   */
  throwIfAny(file: string, what = 'nothing was read'): void {
    const n = this.count;
    if (!n) return;
    const shown = this.list.slice(0, MAX_IN_MESSAGE);
    const more = n > shown.length ? `\n  … and ${n - shown.length} more` : '';
    throw new GapscopeError(
      'data.invalid',
      `${n} problem${n === 1 ? '' : 's'} in the data; ${what}:\n  ${shown.join('\n  ')}${more}`,
      { file },
      this.more ? [...this.list, `… and ${this.more} more`] : this.list,
    );
  }
}

/** The problem with a cell that `parseNumber()` refused, for a message. */
export function numberProblem(text: string): string {
  if (isDecimal(text)) return `${quote(text)} is not a finite number`;
  const hint = /^[\d,，\s.]+$/.test(text) ? ' (remove thousands separators)' : '';
  return `${quote(text)} is not a number${hint}`;
}
