// `gapscope import` with long reports: the problems and warnings beyond those listed are counted,
// "… and N more", and an empty file is refused by name.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-cli-import-'));
const db = join(dir, 'store.db');
const run = (...argv: string[]): Promise<CliRun> => runCli(argv, 'analyst');

function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
}

describe('gapscope import reports', () => {
  beforeAll(async () => {
    expect((await run('init', '--db', db, '--no-demo')).code).toBe(0);
  });

  it('lists the first problems and counts the rest', async () => {
    const rows = Array.from({ length: 300 }, () => '330102,C1,2024,abc');
    const r = await run(
      'import',
      file('bad.csv', ['unit,indicator,period,value', ...rows]),
      '--db',
      db,
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.csv: 300 problems in the data; nothing was written/);
    expect(r.err).toMatch(/… and 250 more\n$/);
  });

  it('lists the first 10 warnings and counts all the rest, beyond those the report lists', async () => {
    // Linping (330113) exists from 2021-04-09: each month of 2001–2020 is a warning, 240 in all.
    const rows: string[] = [];
    for (let y = 2001; y <= 2020; y++)
      for (let m = 1; m <= 12; m++) rows.push(`330113,POP,${y}-${String(m).padStart(2, '0')},60`);
    const r = await run(
      'import',
      file('old.csv', ['unit,indicator,period,value', ...rows]),
      '--db',
      db,
      '--dry-run',
    );
    expect(r.code).toBe(0);
    expect(r.out.match(/ warning: /g)).toHaveLength(10);
    expect(r.out).toMatch(/… and 230 more warnings/);
  });

  it('refuses a file with no rows, naming it', async () => {
    const r = await run('import', file('empty.csv', ['unit,indicator,period,value']), '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^gapscope: error: empty\.csv: no rows/m);
  });
});
