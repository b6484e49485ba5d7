// Each file's encoding is detected and reported, never guessed silently (F9): a BOM decides; valid
// UTF-8 is UTF-8 (or ASCII); a GB18030 file is GB18030; a UTF-8 file with a few damaged bytes is
// refused with the line and byte offset of the first, instead of being read as GB18030.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import { parseCsv, readTable } from '../../src/ingest/table.ts';
import { decodeFile, decodeText } from '../../src/ingest/text.ts';
import { toApiError } from '../../src/server/problem.ts';
import { gb18030 } from './xlsx-fixtures.ts';

/** A table of county names: many Chinese characters, as an office's export has. */
const NAMES = [
  ['330102', '上城区'],
  ['330105', '拱墅区'],
  ['330106', '西湖区'],
  ['330108', '滨江区'],
  ['330109', '萧山区'],
  ['330110', '余杭区'],
  ['330122', '桐庐县'],
  ['330127', '淳安县'],
  ['330182', '建德市'],
  ['330000', '浙江省'],
];
const TEXT = 'unit,name\n' + NAMES.map((r) => r.join(',')).join('\n') + '\n';

function refusal(f: () => unknown): GapscopeError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GapscopeError);
    return e as GapscopeError;
  }
  throw new Error('expected a refusal');
}

describe('encodings (F9)', () => {
  it('reads pure ASCII as ASCII', () => {
    const t = parseCsv(Buffer.from('unit,value\n330102,1.5\n'), 'a.csv');
    expect(t.encoding).toBe('ascii');
    expect(t.rows).toEqual([['330102', '1.5']]);
  });

  it('reads valid UTF-8 as UTF-8, with or without a BOM, and UTF-16 by its BOM', () => {
    expect(decodeFile(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeFile(Buffer.from('\uFEFF' + TEXT))).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeFile(le)).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('reads a GB18030 file as GB18030 and says so, though some of its pairs are valid UTF-8', () => {
    const bytes = gb18030(TEXT);
    // 省 is CA A1 in GB18030, a valid two-byte UTF-8 sequence (U+02A1) by chance.
    expect([...bytes.subarray(bytes.length - 3, bytes.length - 1)]).toEqual([0xca, 0xa1]);
    const t = parseCsv(bytes, 'gb.csv');
    expect(t.encoding).toBe('gb18030');
    expect(t.rows).toEqual(NAMES);
    expect(decodeText(bytes)).toBe(TEXT);
  });

  it('refuses a UTF-8 file with a damaged byte, naming its line and byte offset', () => {
    const bytes = Buffer.from(TEXT);
    const at = bytes.indexOf(Buffer.from('拱'));
    expect(at).toBe(34);
    bytes[at] = 0xff;
    const e = refusal(() => parseCsv(bytes, 'damaged.csv'));
    expect(e.code).toBe('file.encoding');
    expect(e.message).toMatch(
      /^damaged\.csv: the file is UTF-8 \(\d+ valid multi-byte characters\) with 3 invalid byte sequences, the first at line 3, byte offset 34: "330105,\uFFFD\uFFFD\uFFFD墅区.*"; it was not read as GB18030/,
    );
    expect(toApiError(e).status).toBe(422);
    // A sequence cut short is damage too.
    const cut = Buffer.concat([Buffer.from(TEXT), Buffer.from([0xe4, 0xb8]), Buffer.from(TEXT)]);
    expect(refusal(() => decodeFile(cut, 'cut.csv')).message).toMatch(
      /with 1 invalid byte sequence, the first at line 12, byte offset 180/,
    );
  });

  it('refuses bytes that are neither, and Latin-1 that would read as rare Chinese', () => {
    expect(
      refusal(() => decodeFile(Buffer.from([0x61, 0x81, 0x0a, 0xff, 0xfe, 0x00]), 'bin.csv'))
        .message,
    ).toMatch(
      /^bin\.csv: the file is neither UTF-8 nor GB18030: the first byte that is neither is at line 1, byte offset 1/,
    );
    const latin1 = Buffer.from('name\nPérez\nMüller\nGarcía\n', 'latin1');
    expect(refusal(() => decodeFile(latin1, 'l1.csv')).message).toMatch(
      /^l1\.csv: the file is not UTF-8, and as GB18030 3 of its 3 Chinese characters would be rare ones/,
    );
  });

  it('refuses a file whose UTF-8 BOM is followed by bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gb18030(TEXT)]);
    expect(refusal(() => decodeFile(bytes, 'bom.csv')).message).toMatch(
      /^bom\.csv: the file begins with a UTF-8 byte-order mark but is not valid UTF-8: the first bad byte is at line 2, byte offset 20/,
    );
  });

  it('reports the encoding of a file read from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapscope-enc-'));
    writeFileSync(join(dir, 'gb.csv'), gb18030(TEXT));
    writeFileSync(join(dir, 'u8.csv'), TEXT);
    expect((await readTable(join(dir, 'gb.csv'))).encoding).toBe('gb18030');
    expect((await readTable(join(dir, 'u8.csv'))).encoding).toBe('utf-8');
  });
});
