// A PDF read back with pdfjs-dist, for the report tests on any machine: its text as laid out, its
// fonts, its page count, and its pages as PNG images.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// Loading the worker module here lets pdfjs run it on this thread: Node has no web workers.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import {
  getDocument,
  OPS,
  VerbosityLevel,
  type PDFDocumentProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** A PDF file's path, or its bytes. */
export type PdfSource = string | Uint8Array;

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * Opens the PDF, gives it to `use` and closes it. With `standardFonts: false` pdfjs has no font
 * files of its own, so a font the PDF does not embed stays marked as missing.
 */
async function withPdf<T>(
  pdf: PdfSource,
  use: (doc: PDFDocumentProxy) => Promise<T>,
  { standardFonts = true } = {},
): Promise<T> {
  const task = getDocument({
    // A copy: pdfjs takes over the buffer it is given.
    data: new Uint8Array(typeof pdf === 'string' ? readFileSync(pdf) : pdf),
    isEvalSupported: false,
    useSystemFonts: false,
    fontExtraProperties: true,
    verbosity: VerbosityLevel.ERRORS,
    cMapUrl: join(pdfjsDir, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: standardFonts ? join(pdfjsDir, 'standard_fonts/') : undefined,
  });
  try {
    return await use(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** Writes the bytes to a new temporary file and returns its path. */
export function pdfFile(bytes: Uint8Array, name = 'report.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gapscope-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** A piece of text on a page: its baseline's start in points from the bottom left, its width. */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * One page's text as lines, top to bottom, like `pdftotext -layout`: runs whose baselines are
 * within half a character's height of each other make a line, left to right; a gap between two
 * runs becomes spaces (about one per half character), so a table row stays on one line with its
 * cells apart and a word split by a change of font stays whole.
 */
function layoutPage(runs: Run[]): string {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - run.y) <= Math.min(line[0]!.size, run.size) / 2)
      line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let out = line[0]!.text;
      for (let k = 1; k < line.length; k++) {
        const prev = line[k - 1]!;
        const run = line[k]!;
        const gap = run.x - (prev.x + prev.width);
        const touching = gap <= run.size * 0.1 || /\s$/.test(out) || /^\s/.test(run.text);
        if (!touching) out += ' '.repeat(Math.max(1, Math.round(gap / (run.size / 2))));
        out += run.text;
      }
      return out.trimEnd();
    })
    .join('\n');
}

/**
 * The text of every page with its lines kept, as `pdftotext -layout` gives it: each page ends with
 * a form feed.
 */
export async function pdfText(pdf: PdfSource): Promise<string> {
  return withPdf(pdf, async (doc) => {
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      const runs = content.items
        // pdfjs adds white-space items for the gaps it sees; the layout makes its own.
        .filter((it): it is TextItem => 'str' in it && it.str.trim() !== '')
        .map((it) => ({
          text: it.str,
          x: it.transform[4] as number,
          y: it.transform[5] as number,
          width: it.width,
          size: Math.hypot(it.transform[2] as number, it.transform[3] as number) || it.height,
        }));
      text += `${layoutPage(runs)}\n\f`;
    }
    return text;
  });
}

/** A font as pdfjs loaded it (`type` and `subtype` come with `fontExtraProperties`). */
interface LoadedFont {
  name?: string;
  type?: string;
  subtype?: string;
  isType3Font?: boolean;
  missingFile?: boolean;
}

/** pdffonts' names for pdfjs's font types and subtypes. */
const FONT_TYPES: Record<string, string> = {
  Type1: 'Type 1',
  Type1C: 'Type 1C',
  MMType1: 'Type 1',
  TrueType: 'TrueType',
  Type3: 'Type 3',
  CIDFontType0: 'CID Type 0',
  CIDFontType0C: 'CID Type 0C',
  CIDFontType2: 'CID TrueType',
  OpenType: 'OpenType',
};

function fontType(f: LoadedFont): string {
  const key = f.isType3Font ? 'Type3' : (f.subtype ?? f.type ?? '');
  return FONT_TYPES[key] ?? key;
}

/**
 * Every font the pages draw text with, like `pdffonts`: its name, its type and whether the PDF
 * embeds it (a FontFile, FontFile2 or FontFile3 stream, or a Type 3 font's own glyphs).
 */
export async function pdfFonts(
  pdf: PdfSource,
): Promise<{ name: string; type: string; embedded: boolean }[]> {
  return withPdf(
    pdf,
    async (doc) => {
      const fonts = new Map<string, { name: string; type: string; embedded: boolean }>();
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const ops = await page.getOperatorList();
        ops.fnArray.forEach((fn, k) => {
          if (fn !== OPS.setFont) return;
          const id = (ops.argsArray[k] as [string, number])[0];
          if (fonts.has(id)) return;
          const f = page.commonObjs.get(id) as LoadedFont;
          // Without font files of its own (see withPdf) pdfjs marks every font the PDF does not
          // embed as missing; an embedded font it cannot parse is marked so too, which errs safe.
          fonts.set(id, { name: f.name ?? id, type: fontType(f), embedded: !f.missingFile });
        });
      }
      return [...fonts.values()];
    },
    { standardFonts: false },
  );
}

/** The number of pages. */
export async function pdfPages(pdf: PdfSource): Promise<number> {
  return withPdf(pdf, async (doc) => doc.numPages);
}

/** The canvas pdfjs makes in Node (an @napi-rs/canvas one), as far as it is used here. */
interface NodeCanvas {
  canvas: { toBuffer(mime: 'image/png'): Uint8Array };
  context: unknown;
}

/**
 * Each page drawn at 60 dpi (as `pdftoppm -png -r 60`) into a folder kept as the test's artefact:
 * `<prefix>-<page>.png`, the page number padded to the width of the page count. The folder is
 * GAPSCOPE_REPORT_PAGES when set, else a temporary one.
 */
export async function pdfPngs(
  pdf: PdfSource,
  prefix: string,
): Promise<{ dir: string; files: string[] }> {
  const dir = process.env.GAPSCOPE_REPORT_PAGES ?? mkdtempSync(join(tmpdir(), 'gapscope-pages-'));
  mkdirSync(dir, { recursive: true });
  const files = await withPdf(pdf, async (doc) => {
    const factory = doc.canvasFactory as {
      create(width: number, height: number): NodeCanvas;
      destroy(c: NodeCanvas): void;
    };
    const names: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 60 / 72 });
      const c = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvas: null, canvasContext: c.context, viewport }).promise;
      const name = `${prefix}-${String(p).padStart(String(doc.numPages).length, '0')}.png`;
      writeFileSync(join(dir, name), c.canvas.toBuffer('image/png'));
      factory.destroy(c);
      names.push(name);
    }
    return names;
  });
  return { dir, files };
}

/** The text with all white space removed, for finding phrases a line break may have split. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
