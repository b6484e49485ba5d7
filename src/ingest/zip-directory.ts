// Reads a zip file's central directory — its parts with their declared sizes — as JSZip (exceljs's
// reader) does, and inflates one part within a byte budget, so that an XLSX is measured before
// exceljs unpacks it. APPNOTE.TXT (PKWARE) § 4.3 gives the layout.

import { createInflateRaw } from 'node:zlib';
import { quote } from '../core/text/quote.ts';

/** One part (file) of a zip, with the sizes its central directory declares. */
export interface ZipPart {
  /** The name as stored (CP437 or UTF-8; for messages only). */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** The declared uncompressed size. */
  size: number;
  /** Where the part's data begin in the file. */
  dataStart: number;
}

/** A zip that cannot be read; `message` says why. */
export class ZipFormatError extends Error {}

const EOCD = [0x50, 0x4b, 0x05, 0x06];
const ZIP64_LOCATOR = [0x50, 0x4b, 0x06, 0x07];
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
/** 0xFFFFFFFF as JSZip reads it. */
const MAX32 = -1;

/** The last offset of `sig` in `b`, −1 when absent (JSZip takes the last one, so must we). */
function lastIndexOf(b: Uint8Array, sig: number[]): number {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).lastIndexOf(Buffer.from(sig));
}

/** Reads the central directory; throws ZipFormatError where JSZip would fail, or earlier. */
export function readZipDirectory(bytes: Uint8Array, maxParts: number): ZipPart[] {
  const n = bytes.length;
  const need = (at: number, len: number): void => {
    if (at < 0 || len < 0 || at + len > n) throw new ZipFormatError('the zip is truncated');
  };
  // JSZip's readInt: little-endian through 32-bit shifts, so 0xFFFFFFFF reads as −1 and anything
  // at or past 2^31 wraps. Reading numbers the same way keeps the two readers on the same bytes
  // (a value that wraps points outside a file this size, and is refused here).
  const int = (at: number, size: number): number => {
    need(at, size);
    let v = 0;
    for (let i = at + size - 1; i >= at; i--) v = (v << 8) + bytes[i]!;
    return v;
  };
  const u16 = (at: number): number => int(at, 2);
  const u32 = (at: number): number => int(at, 4);
  const u64 = (at: number): number => int(at, 8);

  const eocd = lastIndexOf(bytes, EOCD);
  if (eocd < 0)
    throw new ZipFormatError(
      'no zip directory found (an XLSX file is a zip; a password-protected workbook is not)',
    );
  let records = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  let zip64Tail = 0;
  if (
    u16(eocd + 4) === MAX16 ||
    u16(eocd + 6) === MAX16 ||
    u16(eocd + 8) === MAX16 ||
    records === MAX16 ||
    cdSize === MAX32 ||
    cdOffset === MAX32
  ) {
    const locator = lastIndexOf(bytes, ZIP64_LOCATOR);
    if (locator < 0) throw new ZipFormatError('the zip64 directory locator is missing');
    let at = u64(locator + 8);
    if (at < 0 || at + 4 > n || u32(at) !== ZIP64_EOCD) {
      at = lastIndexOf(bytes, [0x50, 0x4b, 0x06, 0x06]);
      if (at < 0) throw new ZipFormatError('the zip64 directory end is missing');
    }
    records = u64(at + 32);
    cdSize = u64(at + 40);
    cdOffset = u64(at + 48);
    zip64Tail = 20 + 12 + u64(at + 4);
  }
  if (records > maxParts) return tooMany(records);
  // Data prepended to the zip shift every offset (JSZip's "zero").
  const extra = eocd - (cdOffset + cdSize + zip64Tail);
  if (extra < 0) throw new ZipFormatError(`the zip is missing ${-extra} bytes`);
  const zero = extra;

  const parts: ZipPart[] = [];
  let at = zero + cdOffset;
  // JSZip reads entries for as long as their signature follows, whatever the count says.
  while (at + 4 <= n && u32(at) === CENTRAL) {
    if (parts.length >= maxParts) return tooMany(parts.length + 1);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    need(at + 46, nameLength + extraLength + commentLength);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Extra fields are read as JSZip reads them (while 4 bytes remain before the block's end; a
    // later field of an id replacing an earlier one), so that both take the same sizes and offset.
    // The zip64 field (id 1) holds, in order, each size or offset that is 0xFFFFFFFF.
    let zip64: { start: number; end: number } | null = null;
    const extraEnd = at + 46 + nameLength + extraLength;
    for (let e = at + 46 + nameLength; e + 4 < extraEnd;) {
      const len = u16(e + 2);
      need(e + 4, len);
      if (u16(e) === 1) zip64 = { start: e + 4, end: e + 4 + len };
      e += 4 + len;
    }
    if (zip64) {
      let f = zip64.start;
      const next = (): number => {
        if (f + 8 > zip64!.end)
          throw new ZipFormatError(`part ${quote(name)} has a short zip64 field`);
        f += 8;
        return u64(f - 8);
      };
      if (size === MAX32) size = next();
      if (compressedSize === MAX32) compressedSize = next();
      if (localOffset === MAX32) localOffset = next();
    }
    if (size < 0 || compressedSize < 0 || localOffset < 0)
      throw new ZipFormatError(`part ${quote(name)} declares a size or offset past 2 GiB`);
    if (flags & 1) throw new ZipFormatError(`part ${quote(name)} is encrypted`);
    const local = zero + localOffset;
    if (u32(local) !== LOCAL) throw new ZipFormatError(`part ${quote(name)} has no local header`);
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    need(dataStart, compressedSize);
    parts.push({ name, method, flags, compressedSize, size, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (!parts.length && records > 0)
    throw new ZipFormatError(`the zip directory should list ${records} parts but lists none`);
  return parts;
}

function tooMany(found: number): never {
  throw new TooManyParts(found);
}

/** More parts than allowed: `found` is how many the directory declares (at least). */
export class TooManyParts extends Error {
  constructor(readonly found: number) {
    super(`${found} parts`);
  }
}

/**
 * Inflates one part, handing each chunk to `onChunk`, and stops as soon as the output passes
 * `cap` bytes. Returns the inflated size, or `cap + 1` when it passed the cap.
 */
export async function inflatePart(
  bytes: Uint8Array,
  part: ZipPart,
  cap: number,
  onChunk: (chunk: Buffer) => void,
): Promise<number> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + part.dataStart, part.compressedSize);
  if (part.method === 0) {
    if (data.length > cap) return cap + 1;
    for (let i = 0; i < data.length; i += 2 ** 20) onChunk(data.subarray(i, i + 2 ** 20));
    return data.length;
  }
  if (part.method !== 8)
    throw new ZipFormatError(`part ${quote(part.name)} uses compression method ${part.method}`);
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) return cap + 1;
      onChunk(chunk);
    }
  } catch (e) {
    throw new ZipFormatError(`part ${quote(part.name)} is damaged (${(e as Error).message})`);
  } finally {
    inflate.destroy();
  }
  return total;
}
