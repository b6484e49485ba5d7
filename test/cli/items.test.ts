// `gapscope items` and `gapscope progress` end to end on SQLite and PostgreSQL: list with filters
// and statuses, show one item, export the list and import it back unchanged, a bad list refused
// whole, a month's report, and department accounts.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { freshPostgresUrl } from '../helpers/stores.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-cli-items-'));
const run = (...argv: string[]): Promise<CliRun> => runCli(argv, 'office');

for (const backend of ['SQLite', 'PostgreSQL'] as const) {
  describe(`gapscope items and progress on ${backend}`, () => {
    let db: string;
    beforeAll(async () => {
      db = backend === 'SQLite' ? join(dir, `${backend}.db`) : await freshPostgresUrl();
      const r = await run('init', '--db', db);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/38 task-force departments/);
      expect(r.out).toMatch(/demo work items: 37 items, 375 progress reports/);
    });

    it('is listed and explains itself', async () => {
      expect((await run('--help')).out).toMatch(/items\s+the task force’s work items/);
      expect((await run('--help')).out).toMatch(/progress\s+report a month’s progress/);
      expect((await run('items', '--help')).out).toMatch(/--due-month YYYY-MM/);
      expect((await run('progress', '--help')).out).toMatch(/--share P/);
    });

    it('lists items with their status as of a date, filtered', async () => {
      const r = await run(
        'items',
        'list',
        '--db',
        db,
        '--as-of',
        '2025-11-30',
        '--status',
        'overdue',
      );
      expect(r.code).toBe(0);
      expect(r.out).toMatch(
        /KP-2025-005\s+overdue ⚑\s+87\.3\s+80\.0\s+housing\s+2025-12-31\s+生活垃圾焚烧厂超低排放改造/,
      );
      expect(r.out).toMatch(/3 items, status as of 2025-11-30/);
      const json = await run(
        'items',
        'list',
        '--db',
        db,
        '--as-of',
        '2025-11-30',
        '--lead',
        'power-grid',
        '--json',
      );
      const items = JSON.parse(json.out) as { id: string; status: { status: string } }[];
      expect(items.map((i) => [i.id, i.status.status])).toEqual([['KP-2025-013', 'on-track']]);
      const bad = await run('items', 'list', '--db', db, '--status', 'late');
      expect(bad.code).toBe(1);
      expect(bad.err).toMatch(
        /--status must be one of done, overdue, not-started, at-risk, on-track/,
      );
      expect((await run('items', 'list', '--db', db, '--as-of', '2025-02-30')).err).toMatch(
        /--as-of must be a date/,
      );
    });

    it('shows an item with why its status is what it is', async () => {
      const r = await run('items', 'show', 'MR-2025-007', '--db', db, '--as-of', '2025-11-30');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/status at-risk as of 2025-11-30: expected 91\.5 %, reported 66\.0 %/);
      expect(r.out).toMatch(
        /· at risk: the progress report for 2025-10 is missing \(it was due by 2025-11-10\)/,
      );
      const none = await run('items', 'show', 'NOPE', '--db', db);
      expect(none.code).toBe(1);
      expect(none.err).toMatch(/there is no work item "NOPE"/);
    });

    it('exports the list and imports it back unchanged; a bad list is refused whole', async () => {
      const out = join(dir, `${backend}-items.xlsx`);
      const e = await run('items', 'export', '--db', db, '--output', out);
      expect(e.code).toBe(0);
      expect(e.err).toMatch(/wrote the work items to/);
      const back = await run('items', 'import', out, '--db', db);
      expect(back.code).toBe(0);
      expect(back.out).toMatch(/37 rows: 0 new, 0 changed, 37 unchanged/);
      const bad = join(dir, 'bad.csv');
      writeFileSync(
        bad,
        '清单,事项名称,牵头单位,开始时间,完成时限\n重点项目,甲,省水利厅,2025-01-01,2025-12-31\n重大政策,乙,省火星厅,2025-01-01,2025-13-01\n',
      );
      const r = await run('items', 'import', bad, '--db', db);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/2 problems in the data; nothing was written/);
      expect(r.err).toMatch(/row 3, column 牵头单位: "省火星厅" is not a known department/);
      expect(r.err).toMatch(/row 3, column 完成时限: a date YYYY-MM-DD/);
      const list = await run('items', 'list', '--db', db, '--json');
      expect(JSON.parse(list.out)).toHaveLength(37);
      const dry = await run('items', 'import', bad.replace('bad', 'good'), '--db', db);
      expect(dry.code).toBe(1);
      expect(dry.err).toMatch(/cannot read/);
    });

    it('records a month’s report as a new revision and prints the status', async () => {
      const r = await run(
        'progress',
        '--db',
        db,
        '--item',
        'KP-2025-009',
        '--month',
        '2025-10',
        '--value',
        '1290',
        '--investment',
        '270000',
        '--narrative',
        '补报十月进展',
      );
      expect(r.code).toBe(0);
      expect(r.out).toMatch(
        /recorded the 2025-10 report on KP-2025-009 \(revision 1, for housing\)/,
      );
      const show = await run('items', 'show', 'KP-2025-009', '--db', db, '--as-of', '2099-01-01');
      expect(show.out).toMatch(/report 2025-10 r1 \d{4}-\d{2}-\d{2} \(late\): 1290 补报十月进展/);
      const bad = await run(
        'progress',
        '--db',
        db,
        '--item',
        'KP-2025-009',
        '--month',
        '2025-10',
        '--value',
        'lots',
      );
      expect(bad.code).toBe(1);
      expect(bad.err).toMatch(/--value must be a number, not "lots"/);
      expect((await run('progress', '--db', db, '--item', 'KP-2025-009')).err).toMatch(
        /needs --item and --month/,
      );
      const future = await run(
        'progress',
        '--db',
        db,
        '--item',
        'KP-2025-009',
        '--month',
        '2099-01',
        '--share',
        '5',
      );
      expect(future.err).toMatch(/2099-01 has not begun/);
    });

    it('adds a department user with its department, and lists the departments', async () => {
      const r = await run(
        'user',
        'add',
        'water',
        '--role',
        'department',
        '--department',
        'water-resources',
        '--db',
        db,
      );
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/created water \(department, department water-resources\)/);
      const none = await run('user', 'add', 'nodept', '--role', 'department', '--db', db);
      expect(none.code).toBe(1);
      expect(none.err).toMatch(/a department user needs a department/);
      expect(
        (
          await run(
            'user',
            'add',
            'x-dept',
            '--role',
            'department',
            '--department',
            'mars',
            '--db',
            db,
          )
        ).err,
      ).toMatch(/"mars" is not a known department/);
      expect((await run('user', 'list', '--db', db)).out).toMatch(
        /water\s+department\s+water-resources/,
      );
      const deps = await run('items', 'departments', '--db', db);
      expect(deps.out).toMatch(/power-grid\s+国网浙江省电力有限公司\s+enterprise/);
    });
  });
}
