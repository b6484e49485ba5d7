// `gapscope brief` and `gapscope report` end to end on a SQLite store made on first use: the files
// they write, what they say, and their errors.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { pdfText, squeeze } from '../reports/pdf-tools.ts';

describe('gapscope brief and report', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gapscope-cli-reports-'));
    db = join(dir, 'store.db');
  });

  it('brief writes the PDF and the annex, preparing a new store first', async () => {
    const out = join(dir, 'brief.pdf');
    const annex = join(dir, 'brief.xlsx');
    const r = await runCli([
      'brief',
      '--month',
      '2025-11',
      '--out',
      out,
      '--annex',
      annex,
      '--db',
      db,
    ]);
    expect(r.err).toMatch(/preparing a new store/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^DEMO DATA — brief for 2025-11 \(zh-CN; index 2024; \d+ work items\): wrote .*brief\.pdf \(\d+ kB\), .*brief\.xlsx \(\d+ kB\) in \d+\.\d s\n$/,
    );
    const text = squeeze(await pdfText(out));
    for (const h of [
      '月度工作简报',
      '一、城乡一体融合高质量发展指数',
      '二、三大差距',
      '三、工作推进',
    ])
      expect(text).toContain(h);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(annex);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(6);
  });

  it('report writes the county report in English', async () => {
    const out = join(dir, 'report.pdf');
    const r = await runCli([
      'report',
      '--unit',
      '330122',
      '--out',
      out,
      '--lang',
      'en',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/report for 330122 Tonglu County, 2025 \(en; rank \d+ of 90\)/);
    expect(await pdfText(out)).toContain('Tonglu County');
  });

  it('says what is missing or wrong', async () => {
    const none = join(dir, 'none.pdf');
    let r = await runCli(['brief', '--out', none, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/brief needs --month and --out/);
    r = await runCli(['brief', '--month', '11/2025', '--out', none, '--db', db]);
    expect(r.err).toMatch(/a month is written YYYY-MM \(2025-11\); got "11\/2025"/);
    r = await runCli(['brief', '--month', '2025-11', '--out', none, '--lang', 'fr', '--db', db]);
    expect(r.err).toMatch(/--lang must be one of zh-CN, en; got "fr"/);
    r = await runCli(['report', '--unit', '999999', '--out', none, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unit 999999 is not among the 90 evaluated units/);
    expect(existsSync(none)).toBe(false);
  });

  it('are listed in the help', async () => {
    const r = await runCli(['--help']);
    expect(r.out).toMatch(/brief\s+the monthly brief/);
    expect(r.out).toMatch(/report\s+the county report/);
  });
});
