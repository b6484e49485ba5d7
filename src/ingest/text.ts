// Decodes a text file's bytes and says which encoding it took, refusing a file it would misread.
//
// The rule, per file:
// 1. A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE, and every byte after it must be
//    valid in that encoding.
// 2. Without one, a file whose bytes are all valid UTF-8 is UTF-8 ("ascii" when all are < 0x80).
// 3. Otherwise count, reading as UTF-8, the valid multi-byte sequences (V) and the invalid ones (I).
//    GB18030 Chinese text forms valid UTF-8 sequences only by chance (a lead byte C2–DF or E0–EF
//    followed by trail bytes in 80–BF): in the bundled Chinese files encoded as GB18030, V / I is
//    0.09–0.33. A UTF-8 file with a few damaged bytes has V in the hundreds and I of a few. So when
//    V ≥ I the file is UTF-8 with damage, and it is refused, naming the first invalid sequence's
//    line and byte offset — reading it as GB18030 would turn every Chinese character into another.
// 4. When V < I, the file must decode as GB18030 without error, and most of its two-byte
//    characters must have a trail byte ≥ 0x80: all of GB2312's 7,445 characters do, while a
//    Latin-1 or Windows-1252 file (é before a letter) reads as two-byte characters with an ASCII
//    trail byte. A file failing either is refused, with the offset of the first bad byte.

import type { TextEncoding } from '../core/data/table.ts';
import { GapscopeError } from '../core/errors.ts';
import { count, quote } from '../core/text/quote.ts';

export type { TextEncoding };

/** A file's text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

interface Utf8Scan {
  /** Valid sequences of two to four bytes. */
  multi: number;
  /** Invalid sequences (each one U+FFFD to a lenient decoder). */
  invalid: number;
  /** Byte offset of the first invalid sequence, −1 when none. */
  first: number;
}

/** Reads bytes as UTF-8 the way the WHATWG decoder does, counting valid and invalid sequences. */
function scanUtf8(b: Uint8Array, from: number): Utf8Scan {
  let multi = 0;
  let invalid = 0;
  let first = -1;
  let i = from;
  const n = b.length;
  while (i < n) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      if (x === 0xf4) hi = 0x8f;
    }
    let j = i + 1;
    let ok = need > 0;
    for (let k = 0; ok && k < need; k++, j++) {
      const y = b[j];
      if (y === undefined || y < lo || y > hi) ok = false;
      else {
        lo = 0x80;
        hi = 0xbf;
      }
    }
    if (ok) multi++;
    else {
      if (first < 0) first = i;
      invalid++;
      // The byte that broke a sequence starts the next one (it is read again).
      if (need > 0 && j > i + 1) j--;
      else j = i + 1;
    }
    i = j;
  }
  return { multi, invalid, first };
}

interface Gb18030Scan {
  twoByte: number;
  /** Two-byte characters whose trail byte is ASCII (0x40–0x7E). */
  asciiTrail: number;
  /** Byte offset of the first sequence that is not GB18030, −1 when none. */
  first: number;
}

/** Walks bytes as GB18030 (WHATWG), counting two-byte characters and finding the first bad byte. */
function scanGb18030(b: Uint8Array): Gb18030Scan {
  let twoByte = 0;
  let asciiTrail = 0;
  let i = 0;
  const n = b.length;
  const digit = (y: number | undefined): boolean => y !== undefined && y >= 0x30 && y <= 0x39;
  const lead = (y: number | undefined): boolean => y !== undefined && y >= 0x81 && y <= 0xfe;
  while (i < n) {
    const x = b[i]!;
    if (x <= 0x80) {
      i++;
      continue;
    }
    if (x === 0xff) return { twoByte, asciiTrail, first: i };
    const y = b[i + 1];
    if (digit(y)) {
      if (!lead(b[i + 2]) || !digit(b[i + 3])) return { twoByte, asciiTrail, first: i };
      const pointer =
        ((x - 0x81) * 10 + (y! - 0x30)) * 1260 + (b[i + 2]! - 0x81) * 10 + (b[i + 3]! - 0x30);
      if ((pointer > 39419 && pointer < 189000) || pointer > 1237575)
        return { twoByte, asciiTrail, first: i };
      i += 4;
    } else if (y !== undefined && ((y >= 0x40 && y <= 0x7e) || (y >= 0x80 && y <= 0xfe))) {
      twoByte++;
      if (y < 0x80) asciiTrail++;
      i += 2;
    } else return { twoByte, asciiTrail, first: i };
  }
  return { twoByte, asciiTrail, first: -1 };
}

/** "line 3, byte offset 41: "…"" for the bad byte at `offset`, with the text around it. */
function where(b: Uint8Array, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (b[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  const from = Math.max(start, offset - 30);
  let to = offset + 30;
  for (let i = offset; i < Math.min(b.length, to); i++)
    if (b[i] === 0x0a) {
      to = i;
      break;
    }
  const around = new TextDecoder('utf-8').decode(b.subarray(from, Math.min(b.length, to)));
  return `line ${line}, byte offset ${offset}: ${quote(around)}`;
}

function refuse(message: string, file: string | undefined): GapscopeError {
  return new GapscopeError('file.encoding', message, file ? { file } : {});
}

const SAVE_AS = 'save the file again as UTF-8 (in Excel: CSV UTF-8)';

/** Decodes a text file by the rule above; `file` names it in errors. */
export function decodeFile(bytes: Uint8Array, file?: string): DecodedText {
  const boms: [number[], TextEncoding, string][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8-bom', 'utf-8'],
    [[0xff, 0xfe], 'utf-16le', 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be', 'utf-16be'],
  ];
  for (const [mark, encoding, label] of boms) {
    if (!mark.every((m, k) => bytes[k] === m)) continue;
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
    } catch {
      const at = label === 'utf-8' ? scanUtf8(bytes, 3).first : -1;
      throw refuse(
        `the file begins with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()}` +
          (at >= 0 ? `: the first bad byte is at ${where(bytes, at)}` : '') +
          `; ${SAVE_AS}`,
        file,
      );
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: text.length === bytes.length ? 'ascii' : 'utf-8' };
  } catch {
    // Not UTF-8 throughout: GB18030, or UTF-8 with damage, or neither (rules 3 and 4 above).
  }
  const u = scanUtf8(bytes, 0);
  if (u.multi >= u.invalid) {
    throw refuse(
      `the file is UTF-8 (${count(u.multi)} valid multi-byte characters) with ${count(u.invalid)} ` +
        `invalid byte sequence${u.invalid === 1 ? '' : 's'}, the first at ${where(bytes, u.first)}; ` +
        `it was not read as GB18030, which would garble every Chinese character — repair those bytes or ${SAVE_AS}`,
      file,
    );
  }
  const g = scanGb18030(bytes);
  let text: string | null = null;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    // Reported below with the offset the scan found.
  }
  if (text === null || g.first >= 0) {
    throw refuse(
      `the file is neither UTF-8 nor GB18030: ${g.first >= 0 ? `the first byte that is neither is at ${where(bytes, g.first)}` : `the first byte that is not UTF-8 is at ${where(bytes, u.first)}`}; ${SAVE_AS}`,
      file,
    );
  }
  if (g.asciiTrail * 2 > g.twoByte) {
    throw refuse(
      `the file is not UTF-8, and as GB18030 ${count(g.asciiTrail)} of its ${count(g.twoByte)} ` +
        `Chinese characters would be rare ones made with an ASCII byte — it looks like Latin-1 or ` +
        `Windows-1252 (the first byte that is not UTF-8 is at ${where(bytes, u.first)}); ${SAVE_AS}`,
      file,
    );
  }
  return { text, encoding: 'gb18030' };
}

/** The text of a file decoded by `decodeFile`'s rule. */
export function decodeText(bytes: Uint8Array, file?: string): string {
  return decodeFile(bytes, file).text;
}
