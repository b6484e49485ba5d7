// The PDF's CJK font: Noto Sans SC from its npm package, or the file GAPSCOPE_PDF_FONT names.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_PACKAGE, reportFont } from '../../src/reports/fonts.ts';

describe('the report font', () => {
  it('is Noto Sans SC from the npm package by default', () => {
    const f = reportFont({});
    expect(f.origin).toBe(FONT_PACKAGE);
    expect(f.regular).toMatch(/NotoSansSC_400Regular\.ttf$/);
    expect(f.bold).toMatch(/NotoSansSC_700Bold\.ttf$/);
    expect(existsSync(f.regular) && existsSync(f.bold)).toBe(true);
  });

  it('is the file GAPSCOPE_PDF_FONT names, and says what is wrong with a bad one', () => {
    const { regular } = reportFont({});
    expect(reportFont({ GAPSCOPE_PDF_FONT: regular })).toEqual({
      regular,
      bold: regular,
      origin: 'GAPSCOPE_PDF_FONT',
    });
    expect(() => reportFont({ GAPSCOPE_PDF_FONT: '/nowhere/font.ttf' })).toThrow(
      /GAPSCOPE_PDF_FONT names \/nowhere\/font\.ttf, which does not exist/,
    );
    expect(() =>
      reportFont({ GAPSCOPE_PDF_FONT: regular, GAPSCOPE_PDF_FONT_BOLD: '/x.ttc' }),
    ).toThrow(/GAPSCOPE_PDF_FONT_BOLD names \/x\.ttc, which does not exist/);
  });
});
