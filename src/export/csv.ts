// CSV output whose cells a spreadsheet will not run as formulas.

/** Text that starts like a formula (=, +, -, @, tab, CR) is prefixed with ' so it stays text. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)
    ? `'${text}`
    : text;
}

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const t = neutralise(v);
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** A CSV text (RFC 4180, \n line ends) from a header and rows; numbers keep full precision. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
