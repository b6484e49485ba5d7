// Poppler's command-line tools on a PDF's bytes: its text as laid out, its fonts, its page count,
// and its pages as PNG images.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the bytes to a new temporary file and returns its path. */
export function pdfFile(bytes: Uint8Array, name = 'report.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gapscope-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** `pdftotext -layout`: the text with its columns kept on their lines. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** `pdffonts`: one row per font with its name, type and whether it is embedded. */
export function pdfFonts(path: string): { name: string; type: string; embedded: boolean }[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2);
  return out
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s{2,}/);
      const [emb] = l
        .slice(l.search(/\s(yes|no)\s/))
        .trim()
        .split(/\s+/);
      return { name: cols[0]!, type: cols[1] ?? '', embedded: emb === 'yes' };
    });
}

/** `pdfinfo`'s page count. */
export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/**
 * `pdftoppm -png -r 60` into a folder (kept as the test's artefact); returns the PNG files. The
 * folder is GAPSCOPE_REPORT_PAGES when set, else a temporary one.
 */
export function pdfPngs(path: string, prefix: string): { dir: string; files: string[] } {
  const dir = process.env.GAPSCOPE_REPORT_PAGES ?? mkdtempSync(join(tmpdir(), 'gapscope-pages-'));
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(dir, prefix)]);
  return {
    dir,
    files: readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
      .sort(),
  };
}

/** The text with all white space removed, for finding phrases a line break may have split. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
