// Plain decimal numbers in cells, recognised by one pass over the text (never a backtracking
// regular expression, whose time can grow with the square of a cell's length).

const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/** The index just past the run of ASCII digits that starts at `i`. */
function digitsFrom(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    i++;
  }
  return i;
}

/**
 * True when `text` is a plain decimal number: an optional sign, digits with an optional decimal
 * point (`12`, `12.`, `12.5`, `.5`), and an optional exponent (`e-3`, `E+10`). Nothing else: no
 * spaces, no thousands separators, no percent sign, no `Infinity` or `NaN`, no hexadecimal. The
 * language of `/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/`, read in time linear in the length.
 */
export function isDecimal(text: string): boolean {
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === PLUS || first === MINUS) i++;
  const intEnd = digitsFrom(text, i);
  let digits = intEnd - i;
  i = intEnd;
  if (text.charCodeAt(i) === DOT) {
    const fracEnd = digitsFrom(text, i + 1);
    digits += fracEnd - i - 1;
    i = fracEnd;
  }
  if (digits === 0) return false;
  const e = text.charCodeAt(i);
  if (e === LOWER_E || e === UPPER_E) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === PLUS || sign === MINUS) i++;
    const expEnd = digitsFrom(text, i);
    if (expEnd === i) return false;
    i = expEnd;
  }
  return i === text.length;
}

/**
 * The number a cell states, or null when it is not a plain decimal number (`isDecimal`) or is too
 * large to be finite (`1e309`): no stored value, weight or statistic may be ±Infinity.
 */
export function parseNumber(text: string): number | null {
  if (!isDecimal(text)) return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}
