// `gapscope template`: writes the import template for the store's framework and units, and the
// filled-in file goes back in with `gapscope import`.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-cli-template-'));
const db = join(dir, 'store.db');

const run = (...argv: string[]): Promise<CliRun> => runCli(argv, 'analyst');

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe('gapscope template', () => {
  beforeAll(async () => {
    expect((await run('init', '--db', db, '--no-demo')).code).toBe(0);
  });

  it('is listed and explains itself', async () => {
    expect((await run('--help')).out).toMatch(/template\s+the data-import template/);
    expect((await run('template', '--help')).out).toMatch(/--layout long\|wide/);
  });

  it('writes a wide template pre-filled for a period; filled in, it imports', async () => {
    const out = join(dir, 'wide.xlsx');
    const r = await run(
      'template',
      '--layout',
      'wide',
      '--period',
      '2025',
      '--output',
      out,
      '--db',
      db,
    );
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/wrote the wide import template to .*wide\.xlsx/);
    const wb = await workbook(out);
    const ws = wb.getWorksheet('data')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 4)).toEqual(['unit', 'name', 'period', 'C1']);
    ws.getRow(2).getCell(4).value = 6.4;
    const filled = join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const imp = await run('import', filled, '--db', db);
    expect(imp.code).toBe(0);
    expect(imp.out).toMatch(/1 observations?: 1 new/);
  });

  it('defaults to the long layout; refuses a bad layout, period or file type', async () => {
    const out = join(dir, 'long.xlsx');
    expect((await run('template', '--output', out, '--db', db)).code).toBe(0);
    const header = ((await workbook(out)).worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['unit', 'indicator', 'period', 'value', 'status', 'source', 'note']);

    const bad = await run('template', '--layout', 'tall', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--layout must be one of long, wide; got "tall"/);
    const period = await run('template', '--period', '2025Q5', '--output', out, '--db', db);
    expect(period.code).toBe(1);
    expect(period.err).toMatch(/"2025Q5" is not a period/);
    const csv = await run('template', '--output', join(dir, 't.csv'), '--db', db);
    expect(csv.err).toMatch(/--output must end in \.xlsx/);
  });

  it('needs a store', async () => {
    const r = await run('template', '--db', join(dir, 'none.db'), '--output', join(dir, 'x.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/run gapscope init/);
  });
});
