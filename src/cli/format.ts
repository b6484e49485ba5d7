// Plain-text tables for the terminal, aligned for Chinese characters (two columns wide), and the
// terminal's numbers: core/text/format.ts's, in English without thousands separators.

import { formatNumber, formatSigned } from '../core/text/format.ts';

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Renders rows under a header; columns listed in `numeric` are right-aligned. */
export function textTable(
  header: string[],
  rows: string[][],
  numeric: Set<number> = new Set(),
): string {
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))),
  );
  const line = (r: string[]): string =>
    r
      .map((cell, c) => pad(cell, widths[c]!, numeric.has(c)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A number for the terminal: fixed decimals, no thousands separators; "–" when missing. */
export function fixed(v: number | null | undefined, digits = 2): string {
  return formatNumber(v, 'en', { digits, grouping: false });
}

/** A change for the terminal: +3, −2, 0 (unsigned when it rounds to zero); "–" when missing. */
export function signed(v: number | null | undefined, digits = 0): string {
  return formatSigned(v, 'en', { digits, grouping: false });
}
