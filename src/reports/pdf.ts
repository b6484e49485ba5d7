// A pdfmake document definition to the bytes of a PDF, set in the embedded CJK font. pdfmake
// reads nothing but the font files: no URL, no other local file.

import type pdfmakeApi from 'pdfmake';
import type { DocumentDefinition } from './document.ts';
import { reportFont, type ReportFont } from './fonts.ts';

/** The font family name the documents and their SVG charts use. */
export const FONT = 'cjk';

let registered: ReportFont | null = null;

/**
 * Loads pdfmake and registers the font with it once (pdfmake keeps fonts in one module-wide
 * object). Loaded on first use: pdfmake is slow to load, and a server may never write a PDF.
 */
async function load(): Promise<typeof pdfmakeApi> {
  const { default: pdfmake } = await import('pdfmake');
  if (registered) return pdfmake;
  const font = reportFont();
  pdfmake.setFonts({
    [FONT]: {
      normal: font.regular,
      bold: font.bold,
      italics: font.regular,
      bolditalics: font.bold,
    },
  });
  const allowed = new Set([font.regular, font.bold]);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  pdfmake.setUrlAccessPolicy(() => false);
  registered = font;
  return pdfmake;
}

/** Renders the document; the font is subset-embedded, so the PDF shows Chinese anywhere. */
export async function renderPdf(doc: DocumentDefinition): Promise<Uint8Array> {
  const pdfmake = await load();
  const buffer = await pdfmake
    .createPdf({ ...doc, defaultStyle: { font: FONT, ...doc.defaultStyle } })
    .getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
