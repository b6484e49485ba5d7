// The CJK font the PDFs are set in. It is embedded in every PDF (only the glyphs used), so a
// reader needs no Chinese font of their own; it must be on the machine that writes the PDF.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GapscopeError } from '../core/errors.ts';

/** A regular and a bold face (TrueType or OpenType files, one face each). */
export interface ReportFont {
  regular: string;
  bold: string;
  /** Where it was found, for messages: the environment, or the npm package. */
  origin: string;
}

/** The npm package that ships Noto Sans SC (SIL Open Font License) as TrueType files. */
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

/** The package's regular and bold faces, when it is installed. */
function packagedFont(): ReportFont | null {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));
  } catch {
    return null;
  }
  const regular = join(dir, '400Regular', 'NotoSansSC_400Regular.ttf');
  const bold = join(dir, '700Bold', 'NotoSansSC_700Bold.ttf');
  return existsSync(regular) && existsSync(bold) ? { regular, bold, origin: FONT_PACKAGE } : null;
}

/** GAPSCOPE_PDF_FONT (and optionally GAPSCOPE_PDF_FONT_BOLD): a .ttf or .otf with Chinese glyphs. */
function fontFromEnv(env: NodeJS.ProcessEnv): ReportFont | null {
  const regular = env.GAPSCOPE_PDF_FONT;
  if (!regular) return null;
  const bold = env.GAPSCOPE_PDF_FONT_BOLD || regular;
  for (const [name, file] of [
    ['GAPSCOPE_PDF_FONT', regular],
    ['GAPSCOPE_PDF_FONT_BOLD', bold],
  ] as const) {
    if (!existsSync(file))
      throw new GapscopeError('report.font', `${name} names ${file}, which does not exist`);
    if (!/\.(ttf|otf)$/i.test(file))
      throw new GapscopeError(
        'report.font',
        `${name} must name one font face, a .ttf or .otf file (a .ttc collection cannot be used); got ${file}`,
      );
  }
  return { regular, bold, origin: 'GAPSCOPE_PDF_FONT' };
}

/**
 * The font for the PDFs: GAPSCOPE_PDF_FONT when set, else Noto Sans SC from the npm package;
 * fails with what to do when there is none.
 */
export function reportFont(env: NodeJS.ProcessEnv = process.env): ReportFont {
  const found = fontFromEnv(env) ?? packagedFont();
  if (!found) {
    throw new GapscopeError(
      'report.font',
      `no Chinese font for the PDF: install the dependencies (npm ci brings ${FONT_PACKAGE}, Noto Sans SC), or set GAPSCOPE_PDF_FONT to a .ttf or .otf file with Chinese glyphs (and GAPSCOPE_PDF_FONT_BOLD for its bold face)`,
    );
  }
  return found;
}
