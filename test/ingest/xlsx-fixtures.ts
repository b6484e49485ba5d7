// Factories for XLSX files made part by part: a zip writer that can also lie about sizes, and the
// few XML parts exceljs needs, so that a test builds exactly the workbook an attack would send.

import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

/** A part of a zip: its bytes (deflated unless `store`), and a declared size that may be false. */
export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  store?: boolean;
  /** Already deflated (raw) data; `size` and `crc` then describe the inflated bytes. */
  deflated?: { data: Uint8Array; size: number; crc: number };
  /** The uncompressed size to declare instead of the true one. */
  declaredSize?: number;
}

/** A zip file of the entries, in order, with a central directory as APPNOTE § 4.3 has it. */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data) : Buffer.from(e.data);
    const name = Buffer.from(e.name);
    const body = e.deflated ? Buffer.from(e.deflated.data) : e.store ? raw : deflateRawSync(raw);
    const size = e.declaredSize ?? (e.deflated ? e.deflated.size : raw.length);
    const crc = e.deflated ? e.deflated.crc : crc32(raw);
    const method = e.store && !e.deflated ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A piece of a part: text, or `size` bytes of `repeat` (never held whole in memory). */
export type Piece = string | { repeat: string; size: number };

/** The pieces deflated as one raw stream, with the inflated size and CRC a zip entry declares. */
export async function deflatePieces(
  pieces: Piece[],
): Promise<{ data: Uint8Array; size: number; crc: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => z.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer): Promise<void> => {
    crc = crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((resolve) => z.once('drain', resolve));
  };
  for (const p of pieces) {
    if (typeof p === 'string') await write(Buffer.from(p));
    else {
      const block = Buffer.from(p.repeat.repeat(Math.ceil(2 ** 20 / p.repeat.length)));
      for (let done = 0; done < p.size; done += 2 ** 20)
        await write(block.subarray(0, Math.min(2 ** 20, p.size - done)));
    }
  }
  z.end();
  await ended;
  return { data: Buffer.concat(out), size, crc };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An inline-string cell (`t="inlineStr"`), its text escaped. */
export function cell(ref: string, text: string): string {
  const t = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
}

/** A row of cells given as [column letter, text] pairs. */
export function row(r: number, cells: [string, string][]): string {
  return `<row r="${r}">${cells.map(([c, t]) => cell(`${c}${r}`, t)).join('')}</row>`;
}

/**
 * The parts of a one-sheet workbook: `sheetData` goes inside <sheetData>, `afterSheetData` after
 * it (merges, validations), `workbookExtra` inside <workbook> (defined names).
 */
export function workbookParts(
  sheetData: string,
  opts: { afterSheetData?: string; workbookExtra?: string } = {},
): ZipEntry[] {
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets>${opts.workbookExtra ?? ''}</workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData>${opts.afterSheetData ?? ''}</worksheet>`,
    },
  ];
}

/** A styles part whose style 1 shows numbers as dates (format 14), as Excel's date cells are. */
export const DATE_STYLES: ZipEntry = {
  name: 'xl/styles.xml',
  data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
};

/** A small valid workbook: a long-layout header and two rows. */
export function smallWorkbook(): Buffer {
  return makeZip(
    workbookParts(
      row(1, [
        ['A', 'unit'],
        ['B', 'indicator'],
        ['C', 'period'],
        ['D', 'value'],
      ]) +
        row(2, [
          ['A', '330102'],
          ['B', 'A'],
          ['C', '2024'],
          ['D', '1.5'],
        ]) +
        row(3, [
          ['A', '330103'],
          ['B', 'B'],
          ['C', '2024'],
          ['D', '2'],
        ]),
    ),
  );
}

/** GB18030 bytes of text whose non-ASCII characters are all two-byte ones (all of GB2312's are). */
export function gb18030(text: string): Buffer {
  const table = gbTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...pair);
    }
  }
  return Buffer.from(out);
}

let gbCache: Map<string, [number, number]> | null = null;

/** Every two-byte GB18030 sequence and its character, from the platform's own decoder. */
function gbTable(): Map<string, [number, number]> {
  if (gbCache) return gbCache;
  const pairs: number[] = [];
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) pairs.push(a, b);
  const chars = [...new TextDecoder('gb18030').decode(Uint8Array.from(pairs))];
  gbCache = new Map();
  chars.forEach((ch, k) => {
    if (!gbCache!.has(ch)) gbCache!.set(ch, [pairs[2 * k]!, pairs[2 * k + 1]!]);
  });
  return gbCache;
}
