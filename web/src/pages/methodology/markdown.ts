// A small Markdown reader for the methods document: headings, paragraphs, pipe tables, lists,
// fenced code and inline code, bold and italic. It returns a tree that a component renders
// as React elements, so no text is ever injected as HTML; anything else stays plain text.

/** Inline content. */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] };

export type Align = 'left' | 'center' | 'right' | null;

/** Block content. */
export type Block =
  | { t: 'heading'; level: number; id: string; c: Inline[] }
  | { t: 'para'; c: Inline[] }
  | { t: 'list'; ordered: boolean; items: Inline[][] }
  | { t: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] }
  | { t: 'code'; lang: string; v: string };

const PUNCT = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;

/** The plain text of inline content (for anchors and tests). */
export function plainText(c: Inline[]): string {
  return c.map((x) => (x.t === 'text' || x.t === 'code' ? x.v : plainText(x.c))).join('');
}

/** An anchor id for a heading: lower case, spaces to -, punctuation dropped, letters of any script kept. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** Parses inline Markdown: `code`, **strong**, *em* / _em_ (not inside words), \-escapes. */
export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = (): void => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\\' && i + 1 < src.length && PUNCT.test(src[i + 1]!)) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      let n = 1;
      while (src[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const end = src.indexOf(fence, i + n);
      if (end > 0) {
        flush();
        out.push({ t: 'code', v: src.slice(i + n, end).replace(/^ (.*) $/, '$1') });
        i = end + n;
        continue;
      }
      text += fence;
      i += n;
      continue;
    }
    if (ch === '*' && src[i + 1] === '*') {
      const end = findClose(src, '**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ t: 'strong', c: parseInline(src.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && opens(src, i)) {
      const end = findClose(src, ch, i + 1);
      if (end > i + 1) {
        flush();
        out.push({ t: 'em', c: parseInline(src.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

/** An emphasis mark opens when followed by a non-space and, for _, not preceded by a letter or digit. */
function opens(src: string, i: number): boolean {
  const next = src[i + 1];
  if (next === undefined || /\s/.test(next) || next === src[i]) return false;
  return src[i] === '*' || i === 0 || !WORD.test(src[i - 1]!);
}

/** The index of the closing mark after `from`, skipping code spans and escapes; −1 if none. */
function findClose(src: string, mark: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (!src.startsWith(mark, i) || /\s/.test(src[i - 1] ?? ' ')) continue;
    if (mark === '**') return i;
    if (mark === '*' && src[i + 1] === '*') {
      i++;
      continue;
    }
    // A closing _ must not be followed by a letter or digit (x_ij stays as it is).
    if (mark === '_' && i + 1 < src.length && WORD.test(src[i + 1]!)) continue;
    return i;
  }
  return -1;
}

/** Splits a table row on unescaped pipes outside code spans. */
function cells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const out: string[] = [];
  let cur = '';
  let code = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '\\|';
      i++;
    } else if (ch === '`') {
      code = !code;
      cur += ch;
    } else if (ch === '|' && !code) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const FENCE = /^\s*(```+|~~~+)\s*([\w-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Parses a Markdown document into blocks. */
export function parseMarkdown(src: string): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const ids = new Map<string, number>();
  let i = 0;
  const blank = (l: string | undefined): boolean => l === undefined || l.trim() === '';
  const startsBlock = (l: string, next: string | undefined): boolean =>
    HEADING.test(l) ||
    FENCE.test(l) ||
    LIST_ITEM.test(l) ||
    (l.includes('|') && next !== undefined && DELIMITER.test(next));

  while (i < lines.length) {
    const line = lines[i]!;
    if (blank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++;
      blocks.push({ t: 'code', lang: fence[2] ?? '', v: body.join('\n') });
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      const c = parseInline(h[2]!);
      const base = slug(plainText(c)) || 'section';
      const n = ids.get(base) ?? 0;
      ids.set(base, n + 1);
      blocks.push({ t: 'heading', level: h[1]!.length, id: n ? `${base}-${n}` : base, c });
      i++;
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && DELIMITER.test(lines[i + 1]!)) {
      const head = cells(line);
      const align: Align[] = cells(lines[i + 1]!).map((d) =>
        d.startsWith(':') && d.endsWith(':')
          ? 'center'
          : d.endsWith(':')
            ? 'right'
            : d.startsWith(':')
              ? 'left'
              : null,
      );
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && !blank(lines[i]) && lines[i]!.includes('|')) {
        const r = cells(lines[i++]!);
        rows.push(head.map((_, k) => parseInline(r[k] ?? '')));
      }
      blocks.push({ t: 'table', align, head: head.map(parseInline), rows });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]!);
      const items: string[] = [];
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i]!);
        if (m && /\d/.test(m[2]!) === ordered) {
          items.push(m[3]!);
          i++;
        } else if (!blank(lines[i]) && /^\s+\S/.test(lines[i]!) && items.length) {
          // A continuation line of the item above.
          items[items.length - 1] += ' ' + lines[i++]!.trim();
        } else if (blank(lines[i]) && LIST_ITEM.exec(lines[i + 1] ?? '')) {
          i++;
        } else break;
      }
      blocks.push({ t: 'list', ordered, items: items.map(parseInline) });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !blank(lines[i])) {
      if (para.length && startsBlock(lines[i]!, lines[i + 1])) break;
      para.push(lines[i++]!.trim());
    }
    blocks.push({ t: 'para', c: parseInline(para.join(' ')) });
  }
  return blocks;
}

/** A piece of text, written normally or as a subscript. */
export interface TextPart {
  text: string;
  sub: boolean;
}

const SUBSCRIPT = /(?<=[\p{L}\p{N})⁺⁻])_(\{[^}]*\}|<?[\p{L}\p{N}]+(?:,[\p{L}\p{N}]+)*)/gu;

/**
 * Splits plain text at the formula subscripts METHODS.md writes as x_ij, Σ_k, F_{k−1}, P_<i or
 * x_i,0, so that they can be set as subscripts; an underscore after a space, or in a series id
 * such as POP_RURAL, stays as it is.
 */
export function subscriptParts(text: string): TextPart[] {
  const out: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(SUBSCRIPT)) {
    const s = m[1]!;
    // A series id such as POP_RURAL is a name, not a subscript.
    const word = /[\p{L}\p{N}]*$/u.exec(text.slice(0, m.index))![0];
    if (/^[A-Z][A-Z0-9]+$/.test(word) && /^[A-Z][A-Z0-9]*$/.test(s)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), sub: false });
    out.push({ text: s.startsWith('{') ? s.slice(1, -1) : s, sub: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), sub: false });
  return out;
}
