// User text quoted in an error is cut short (F8, the header part): one helper, used by every table
// error, so that a 20 MB header line is never echoed whole.

import { describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import { parseCsv, parseXlsx } from '../../src/ingest/table.ts';
import { decodeFile } from '../../src/ingest/text.ts';
import { excerpt, quote } from '../../src/core/text/quote.ts';
import { makeZip, workbookParts } from './xlsx-fixtures.ts';

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GapscopeError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('quote', () => {
  it('cuts text to 60 characters with an ellipsis, by code point', () => {
    expect(quote('330102')).toBe('"330102"');
    expect(quote('x'.repeat(61))).toBe(`"${'x'.repeat(60)}…"`);
    expect(quote('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(excerpt('😀'.repeat(3), 2)).toBe('😀😀…');
    expect(quote('上城区', 2)).toBe('"上城…"');
  });

  it('shows control characters instead of obeying them', () => {
    expect(quote('a\nb\u0000c\u001bd')).toBe('"a\\u000ab\\u0000c\\u001bd"');
  });
});

describe('errors quote user text short (F8)', () => {
  it('a 20 MB header line yields an error of a few hundred characters', () => {
    const header = 'h'.repeat(20 * 2 ** 20);
    const message = messageOf(() => parseCsv(`${header}\n1\n`, 'huge.csv'));
    expect(message.length).toBeLessThan(300);
    expect(message).toMatch(
      /^huge\.csv, row 1, column 1: the cell holds 20,971,520 characters; the limit is 256: "h{60}…"$/,
    );
  });

  it('a 20 MB header of many columns is refused by its width, not echoed', () => {
    const header = Array.from({ length: 2 ** 20 }, (_, k) => `column${k}`).join(',');
    const message = messageOf(() => parseCsv(`${header}\n`, 'wide.csv'));
    expect(message).toBe('wide.csv: the header has 1,048,576 columns; the limit is 1,024 columns');
  });

  it('a long XLSX header cell, an undecodable line, a bad CSV: all quoted short', async () => {
    const long = 'k'.repeat(5_000);
    const bytes = makeZip(
      workbookParts(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`),
    );
    const e = await parseXlsx(bytes, 'h.xlsx').then(
      () => new Error('expected a refusal'),
      (x: Error) => x,
    );
    expect(e.message).toMatch(
      /^h\.xlsx, row 1, column A: the cell holds 5,000 characters; the limit is 256: "k{60}…"$/,
    );

    const line = Buffer.concat([
      Buffer.from('é'.repeat(5_000)),
      Buffer.from([0xff]),
      Buffer.from('x'.repeat(5_000)),
    ]);
    const m = messageOf(() => decodeFile(line, 'bad.csv'));
    expect(m.length).toBeLessThan(400);

    const csv = messageOf(() => parseCsv(`a,b\n"${'q'.repeat(100_000)}`, 'q.csv'));
    expect(csv.length).toBeLessThan(300);
  });
});
