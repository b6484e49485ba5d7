// Counts, in one XLSX part's XML, what exceljs will build from it — elements, cells, rows, and the
// cells of the ranges it expands one by one (merged cells, data validations, defined names) — and
// checks the row and column numbers that size its arrays, before exceljs reads the part.
//
// The counts err on the high side (a tag inside a comment counts too), never the low side: the
// address rules below are exceljs 4.4's own (utils/col-cache.js decodeAddress, decodeEx;
// xform/book/defined-name-xform.js extractRanges), so a range counts as many cells as exceljs makes.

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). exceljs sizes arrays by these numbers. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** What a workbook's parts would make exceljs build, summed over the parts. */
export interface XmlTally {
  /** Start tags. */
  elements: number;
  /** `<c>` elements plus the cells of merged, validated and named ranges. */
  cells: number;
  rows: number;
  merges: number;
  /** The first thing exceljs must not be given, as "row 2000000000 (<row r=…>)"; null when none. */
  refusal: string | null;
}

/** A tally with nothing counted. */
export function emptyTally(): XmlTally {
  return { elements: 0, cells: 0, rows: 0, merges: 0, refusal: null };
}

interface Address {
  row: number;
  col: number;
}

/** exceljs's decodeAddress: capitals before digits make the column, digits the row. */
function decodeAddress(value: string): Address {
  let hasCol = false;
  let hasRow = false;
  let col = 0;
  let row = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + c - 64;
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + c - 48;
    } else if (hasRow && hasCol && c !== 36) break;
  }
  return { row: hasRow ? row : NaN, col: hasCol ? col : NaN };
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** exceljs's decodeEx: `[sheet!]A1:B2` as a box, or a single address as a 1 × 1 box. */
function decodeEx(value: string): Box {
  const groups = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(value)!;
  const parts = groups[3]!.split(':');
  const tl = decodeAddress(parts[0]!);
  const br = parts.length > 1 ? decodeAddress(parts[1]!) : tl;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

/** Cells exceljs loops over for a box (none when a side is not a number, as its loops run none). */
function area(b: Box): number {
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  return rows > 0 && cols > 0 ? rows * cols : 0;
}

/** exceljs's extractRanges: a defined name's text split at commas outside quoted sheet names. */
function extractRanges(text: string): string[] {
  const ranges: string[] = [];
  let open = false;
  let last = '';
  for (const item of text.split(',')) {
    if (!item) continue;
    const quotes = (item.match(/'/g) ?? []).length;
    if (!quotes) {
      if (open) last += `${item},`;
      else ranges.push(item);
    } else if (!open && quotes % 2 === 0) ranges.push(item);
    else if (open && quotes % 2 === 1) {
      open = false;
      ranges.push(last + item);
      last = '';
    } else {
      open = true;
      last += `${item},`;
    }
  }
  return ranges;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its character and entity references replaced, as the XML parser sees it. */
function unescape(text: string): string {
  return text.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const cp = dec ? Number(dec) : parseInt(hex!, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Where the tag starting at `at` ends: its `>` outside quotes, or the next `<` if that comes first. */
function tagEnd(xml: Buffer, at: number): number {
  let quote = 0;
  let end = at + 1;
  for (; end < xml.length; end++) {
    const b = xml[end]!;
    if (b === 0x3c) break;
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === 0x3e) break;
  }
  return end;
}

/** The attributes of the tag starting at `at`, their values unescaped. */
function attributes(xml: Buffer, at: number): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of xml.toString('latin1', at, tagEnd(xml, at)).matchAll(ATTRIBUTE))
    if (!map.has(m[1]!)) map.set(m[1]!, unescape(m[2] ?? m[3] ?? ''));
  return map;
}

/** Whether `xml` holds the ASCII text `s` at `at`. */
function holds(xml: Buffer, at: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (xml[at + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** Whether the tag at `at` (just after `<`) is named `name` (a delimiter must follow the name). */
function named(xml: Buffer, at: number, name: string): boolean {
  if (!holds(xml, at, name)) return false;
  const next = xml[at + name.length];
  return next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x3e
    ? true
    : next === 0x2f;
}

/**
 * The text of the defined name whose tag ends at `end`, as exceljs collects it: the text events
 * (comments and CDATA left out) up to the first closing or self-closing tag or the next defined
 * name. Null when the text runs past `max` characters. Stretches of different names never overlap.
 */
function definedNameText(xml: Buffer, end: number, max: number): string | null {
  if (xml[end - 1] === 0x2f) return '';
  let text = '';
  let at = end + 1;
  for (;;) {
    const lt = xml.indexOf(0x3c, at);
    text += xml.toString('latin1', at, lt < 0 ? xml.length : lt);
    if (text.length > max) return null;
    if (lt < 0) return unescape(text);
    const skip = (closer: string): number => {
      const found = xml.indexOf(closer, lt, 'latin1');
      return found < 0 ? xml.length : found + closer.length;
    };
    if (holds(xml, lt, '<!--')) at = skip('-->');
    else if (holds(xml, lt, '<![CDATA[')) at = skip(']]>');
    else if (xml[lt + 1] === 0x3f || xml[lt + 1] === 0x21) at = skip('>');
    else if (xml[lt + 1] === 0x2f || named(xml, lt + 1, 'definedName')) return unescape(text);
    else {
      const tagClose = tagEnd(xml, lt + 1);
      if (xml[tagClose - 1] === 0x2f) return unescape(text);
      at = tagClose + 1;
    }
  }
}

/** Excel keeps a name's formula under 8,192 characters; longer text is not a workbook's. */
const NAME_TEXT = 65_536;

/**
 * Adds one part's XML to `t`, stopping early once `stop(t)` says a limit is passed. The part is
 * read as bytes: every name and attribute that matters is ASCII.
 */
export function tallyXml(xml: Buffer, t: XmlTally, stop: (t: XmlTally) => boolean): void {
  const beyond = (what: string): void => {
    t.refusal ??= what;
  };
  for (let i = xml.indexOf(0x3c); i >= 0 && !t.refusal; i = xml.indexOf(0x3c, i + 1)) {
    const at = i + 1;
    const first = xml[at];
    if (first === undefined || first === 0x2f || first === 0x21 || first === 0x3f) continue;
    t.elements++;
    if (first === 0x63 && named(xml, at, 'c')) t.cells++;
    else if (first === 0x72 && named(xml, at, 'row')) {
      t.rows++;
      const r = parseInt(attributes(xml, at).get('r') ?? '', 10);
      if (r > EXCEL_ROWS) beyond(`row ${r} (<row r="…">)`);
    } else if (first === 0x6d && named(xml, at, 'mergeCell')) {
      t.merges++;
      const box = decodeEx(attributes(xml, at).get('ref') ?? '');
      t.cells += area(box);
      if (box.bottom > EXCEL_ROWS) beyond(`row ${box.bottom} (<mergeCell ref="…">)`);
      if (box.right > EXCEL_COLUMNS) beyond(`column ${box.right} (<mergeCell ref="…">)`);
    } else if (first === 0x64 && named(xml, at, 'dataValidation')) {
      for (const ref of (attributes(xml, at).get('sqref') ?? '').split(/\s+/))
        if (ref.includes(':')) t.cells += area(decodeEx(ref));
    } else if (first === 0x63 && named(xml, at, 'col')) {
      const max = parseInt(attributes(xml, at).get('max') ?? '0', 10);
      if (max > EXCEL_COLUMNS) beyond(`column ${max} (<col max="…">)`);
    } else if (first === 0x64 && named(xml, at, 'definedName')) {
      // exceljs expands a name's range only when it has the form $A$1 or $A$1:$B$2.
      const text = definedNameText(xml, tagEnd(xml, at), NAME_TEXT);
      if (text === null) beyond(`a defined name over ${NAME_TEXT} characters`);
      else
        for (const range of extractRanges(text))
          if (/[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/.test(range.split('!').pop() ?? ''))
            t.cells += area(decodeEx(range));
    }
    if (stop(t)) return;
  }
}
