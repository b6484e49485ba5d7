// The store from the command line, end to end on SQLite and PostgreSQL: init, import a month's
// file, a bad file rejected with every error and nothing changed, a correction and its history,
// exports, reproducing a published evaluation, and a process killed mid-import.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/connect.ts';
import { repoPath } from '../helpers/fixtures.ts';
import { freshPostgresUrl } from '../helpers/stores.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-cli-store-'));

const run = (...argv: string[]): Promise<CliRun> => runCli(argv, 'county-analyst');

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function observationCount(db: string): Promise<number> {
  const s = await openStore(db);
  try {
    const r = await s.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  } finally {
    await s.close();
  }
}

for (const backend of ['SQLite', 'PostgreSQL'] as const) {
  describe(`gapscope store commands on ${backend}`, () => {
    let db: string;
    beforeAll(async () => {
      db = backend === 'SQLite' ? join(dir, `${backend}.db`) : await freshPostgresUrl();
      const r = await run('init', '--db', db);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/102 units, framework zhejiang-default@2025\.1/);
      expect(r.out).toMatch(/demo data: 21504 observations/);
    });

    it('imports a month’s file, then recognises it again', async () => {
      const f = file(
        '2025-10.csv',
        'unit,indicator,period,value,status\n330102,C1,2025-10,6.1,provisional\n330105,C1,2025-10,5.9,provisional\n',
      );
      const r = await run('import', f, '--db', db);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/2 observations: 2 new, 0 revised, 0 unchanged/);
      const again = await run('import', f, '--db', db);
      expect(again.out).toMatch(/already imported/);
    });

    it('rejects a bad file, listing every error, and changes nothing', async () => {
      const before = await observationCount(db);
      const f = file(
        'bad.csv',
        'unit,indicator,period,value\n330102,C1,2025,abc\n999999,C1,2025,1\n330102,C1,2025-13,1\n330105,P1,2025,99\n',
      );
      const r = await run('import', f, '--db', db);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/4 problems in the data; nothing was written/);
      expect(r.err).toMatch(/row 2, column value: "abc" is not a number/);
      expect(r.err).toMatch(/row 3, column unit: unknown unit "999999"/);
      expect(r.err).toMatch(/row 4, column period: "2025-13" is not a period/);
      expect(r.err).toMatch(/row 5, column value: 99 is outside the plausible range of P1/);
      expect(await observationCount(db)).toBe(before);
    });

    it('a dry run reports and writes nothing', async () => {
      const before = await observationCount(db);
      const r = await run(
        'import',
        file('dry.csv', 'unit,indicator,period,value\n330106,C1,2025-10,4\n'),
        '--db',
        db,
        '--dry-run',
      );
      expect(r.out).toMatch(/nothing written \(dry run\)/);
      expect(await observationCount(db)).toBe(before);
    });

    it('refuses rows outside the importer’s scope, all of them, and writes none', async () => {
      const f = file(
        'scope.csv',
        'unit,indicator,period,value\n330102,C2,2025-10,40\n330203,C2,2025-10,40\n330205,C2,2025-10,40\n',
      );
      const r = await run('import', f, '--db', db, '--scope', '330100');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/row 3, column unit: unit 330203 is outside your scope/);
      expect(r.err).toMatch(/row 4, column unit: unit 330205 is outside your scope/);
    });

    it('reproduces last month’s evaluation after a correction, and shows the figure’s history', async () => {
      const published = await run(
        'evaluate',
        '--db',
        db,
        '--period',
        '2024',
        '--json',
        '--publish',
      );
      expect(published.code).toBe(0);
      const first = JSON.parse(published.out);
      await new Promise((r) => setTimeout(r, 10));
      const fix = await run(
        'import',
        file(
          'fix.csv',
          'unit,indicator,period,value,source\n330102,C1,2024,12.5,city statistics bureau\n',
        ),
        '--db',
        db,
      );
      expect(fix.out).toMatch(/0 new, 1 revised/);
      const now = JSON.parse((await run('evaluate', '--db', db, '--period', '2024', '--json')).out);
      expect(now.inputsHash).not.toBe(first.inputsHash);
      const again = JSON.parse(
        (await run('evaluate', '--db', db, '--period', '2024', '--json', '--as-of', first.asOf))
          .out,
      );
      expect(again.hash).toBe(first.hash);
      expect(again.units).toEqual(first.units);
      const h = await run(
        'history',
        '--db',
        db,
        '--unit',
        '330102',
        '--indicator',
        'C1',
        '--period',
        '2024',
        '--json',
      );
      const revs = JSON.parse(h.out);
      expect(
        revs.map((x: { revision: number; fileName: string; user: string }) => [
          x.revision,
          x.fileName,
          x.user,
        ]),
      ).toEqual([
        [1, 'zhejiang-demo.csv', 'county-analyst'],
        [2, 'fix.csv', 'county-analyst'],
      ]);
      const out = join(dir, `results-${backend}.xlsx`);
      expect((await run('export', 'results', '--db', db, '--output', out)).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('unit');
      expect(wb.worksheets[0]!.rowCount).toBe(91);
    });

    it('exports observations as they stood, and the revision history, with formula-safe cells', async () => {
      const inj = await run(
        'import',
        file(
          'inj.csv',
          'unit,indicator,period,value,note\n330106,C2,2025-10,40,"=HYPERLINK(""http://x"")"\n',
        ),
        '--db',
        db,
      );
      expect(inj.code).toBe(0);
      const obs = await run(
        'export',
        'observations',
        '--db',
        db,
        '--indicator',
        'C2',
        '--unit',
        '330106',
      );
      expect(obs.out).toMatch(/330106,C2,2025-10,40,final,,"'=HYPERLINK\(""http:\/\/x""\)"/);
      const old = await run(
        'export',
        'observations',
        '--db',
        db,
        '--indicator',
        'C2',
        '--unit',
        '330106',
        '--as-of',
        '2000-01-01',
      );
      expect(old.out.trim().split('\n')).toHaveLength(1);
      const hist = await run(
        'export',
        'history',
        '--db',
        db,
        '--indicator',
        'C1',
        '--unit',
        '330102',
      );
      expect(hist.out).toMatch(/330102,C1,2024,2,12\.5/);
    });

    it('summarises the three gaps from the store', async () => {
      const r = await run('gaps', '--db', db, '--period', '2024', '--json');
      expect(r.code).toBe(0);
      const g = JSON.parse(r.out) as {
        demo: boolean;
        urbanRural: { province: { ratio: { value: number } } }[];
      };
      expect(g.demo).toBe(true);
      expect(g.urbanRural[0]!.province.ratio.value).toBeCloseTo(1.829, 3);
    });

    it('leaves the store as it was when the process is killed mid-import', async () => {
      const rows = ['unit,indicator,period,value'];
      const units = readFileSync(repoPath('data/geography/zhejiang/units.csv'), 'utf8')
        .split('\n')
        .filter((l) => /^33\d{4},33\d{2}00,county/.test(l))
        .map((l) => l.slice(0, 6));
      expect(units.length).toBe(90);
      for (const u of units)
        for (let y = 1900; y < 2100; y++)
          for (let m = 1; m <= 12; m++) rows.push(`${u},C2,${y}-${String(m).padStart(2, '0')},50`);
      const big = file(`big-${backend}.csv`, rows.join('\n') + '\n');
      const before = await observationCount(db);
      const child = spawn(
        process.execPath,
        [repoPath('bin/gapscope.js'), 'import', big, '--db', db],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          if (stderr.includes('writing')) setTimeout(() => (child.kill('SIGKILL'), resolve()), 100);
        });
        child.on('exit', () =>
          reject(new Error(`import ended before it could be killed: ${stderr}`)),
        );
      });
      await new Promise((r) => child.on('close', r));
      expect(child.signalCode).toBe('SIGKILL');
      expect(await observationCount(db)).toBe(before);
      // the store still works
      const r = await run(
        'import',
        file(`after-${backend}.csv`, 'unit,indicator,period,value\n330102,C2,2025-11,41\n'),
        '--db',
        db,
      );
      expect(r.code).toBe(0);
    });
  });
}

it('README quick start: the bundled demo needs no store', () => {
  expect(readFileSync(repoPath('README.md'), 'utf8')).toMatch(/npm install && npm start/);
});
