// User text and numbers as error messages show them: text cut short, so that a 20 MB cell or
// header is never echoed whole, and control characters shown, not obeyed.

import { formatNumber } from './format.ts';

const ELLIPSIS = '…';

/**
 * At most `max` characters of `text` (whole code points; "…" appended when cut), with control
 * characters written as `\uXXXX` so that a message stays on its line.
 */
export function excerpt(text: string, max = 60): string {
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (n === max) return out + ELLIPSIS;
    const c = ch.codePointAt(0)!;
    out += c < 0x20 || (c >= 0x7f && c < 0xa0) ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
    n++;
  }
  return out;
}

/** `text` in double quotes, cut to `max` characters: `"330102"`, `"unit,name,…"`. */
export function quote(text: string, max = 60): string {
  return `"${excerpt(text, max)}"`;
}

/** A count with thousands separators: 1048576 → "1,048,576". */
export function count(n: number): string {
  return formatNumber(n, 'en', { digits: 0 });
}
