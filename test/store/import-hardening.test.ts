// Imports under hostile input, on both back ends: empty files, infinite values, files of bad rows,
// two unit columns, and an export read back in that must revise nothing.

import { afterEach, describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import type { Framework } from '../../src/core/framework/schema.ts';
import { neutralise } from '../../src/core/text/csv.ts';
import { observationsTable } from '../../src/export/exports.ts';
import { writeTable, type TableFormat } from '../../src/export/table.ts';
import { MAX_PROBLEMS } from '../../src/ingest/data.ts';
import { toApiError } from '../../src/server/problem.ts';
import type { Store } from '../../src/store/connect.ts';
import { getFramework } from '../../src/store/frameworks.ts';
import { importFile } from '../../src/server/import-file.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { readObservations } from '../../src/store/observations.ts';
import { freshPostgres, freshSqlite, storeCounts } from '../helpers/stores.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Notes and sources a spreadsheet would take as formulas, and some it would not. */
const TEXTS = [
  '=HYPERLINK("http://x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '＝1+1',
  '＋1',
  '－1',
  '＠x',
  "'=1",
  "''+x",
  "'x",
  "'-5",
  '-5',
  '-',
  'a\n=b',
  "'; DROP TABLE observations; --",
  '上城区',
];

describe.each([
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
])('import hardening: %s', (_name, open) => {
  let store: Store;
  let framework: Framework;
  const setup = async (demo = false): Promise<void> => {
    store = await open();
    await initStore(store.db, await readBundle({ demo }));
    framework = (await getFramework(store.db)).framework;
  };
  const imp = (
    fileName: string,
    bytes: Uint8Array,
    extra: Partial<Parameters<typeof importFile>[1]> = {},
  ): ReturnType<typeof importFile> =>
    importFile(store.db, { fileName, bytes, user: 'analyst', framework, ...extra });
  const refusal = async (p: Promise<unknown>): Promise<GapscopeError> => {
    const e = await p.then(
      () => new Error('expected a refusal'),
      (x: unknown) => x,
    );
    if (!(e instanceof GapscopeError)) throw e;
    return e;
  };
  afterEach(async () => {
    await store?.close();
  });

  it('F13: refuses a file with no observation rows, naming it, and writes nothing', async () => {
    await setup();
    await imp('good.csv', enc('unit,indicator,period,value\n330102,C1,2024,5\n'));
    const before = await storeCounts(store);
    for (const [name, text] of [
      ['empty.csv', 'unit,indicator,period,value\n'],
      ['blanks.csv', 'unit,indicator,period,value\n330102,C1,2024,\n330105,C1,2024,\n'],
      ['wide.csv', 'unit,period,C1\n'],
    ] as const) {
      for (const dryRun of [false, true]) {
        const e = await refusal(imp(name, enc(text), { dryRun }));
        expect(e.code).toBe('data.no-rows');
        expect(e.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: .*no rows`));
        expect(toApiError(e).status).toBe(422);
      }
    }
    expect(await storeCounts(store)).toEqual(before);
  });

  it('F6: refuses "1e309" in a series without a plausible range, and writes nothing', async () => {
    await setup();
    const before = await storeCounts(store);
    const e = await refusal(
      imp('inf.csv', enc('unit,indicator,period,value\n330102,POP,2024,1e309\n')),
    );
    expect(e.details).toEqual(['row 2, column value: "1e309" is not a finite number']);
    expect(await storeCounts(store)).toEqual(before);
  });

  it('F8: a file of 10,000 bad rows is refused with a bounded list and the count of the rest', async () => {
    await setup();
    const junk = 'z'.repeat(500);
    const rows = Array.from({ length: 10_000 }, () => `330102,C1,2024,${junk}`);
    const e = await refusal(
      imp('bad.csv', enc(`unit,indicator,period,value\n${rows.join('\n')}\n`)),
    );
    expect(e.message).toMatch(/^bad\.csv: 10000 problems in the data; nothing was written/);
    expect(e.details).toHaveLength(MAX_PROBLEMS + 1);
    expect(e.details.at(-1)).toBe(`… and ${10_000 - MAX_PROBLEMS} more`);
    const body = toApiError(e);
    expect(body.details.at(-1)).toBe(`… and ${10_000 - MAX_PROBLEMS} more`);
    expect(JSON.stringify(body).length).toBeLessThan(100_000);
  });

  it('F8: the warnings of a report are capped the same way, with the count of the rest', async () => {
    await setup();
    // Linping (330113) exists from 2021-04-09: each month of 2001–2020 is a warning, 240 in all.
    const rows: string[] = [];
    for (let y = 2001; y <= 2020; y++)
      for (let m = 1; m <= 12; m++) rows.push(`330113,POP,${y}-${String(m).padStart(2, '0')},60`);
    const r = await imp('old.csv', enc(`unit,indicator,period,value\n${rows.join('\n')}\n`), {
      dryRun: true,
    });
    expect(r.warnings).toHaveLength(MAX_PROBLEMS);
    expect(r.moreWarnings).toBe(240 - MAX_PROBLEMS);
  });

  it('F14: a file with both unit and code columns is refused, naming both', async () => {
    await setup();
    const e = await refusal(
      imp('two.csv', enc('unit,indicator,period,value,code\n330102,C1,2024,5,330105\n')),
    );
    expect(e.code).toBe('data.ambiguous-column');
    expect(e.message).toMatch(/"unit".*"code"/);
    expect(await storeCounts(store)).toEqual({ obs: 0, imports: 0 });
  });

  for (const format of ['csv', 'xlsx'] as TableFormat[]) {
    it(`F14: an ${format.toUpperCase()} export of notes and sources that look like formulas imports back with nothing revised`, async () => {
      await setup();
      // Written as our exports write them, so that the store holds TEXTS exactly.
      const lines = TEXTS.map(neutralise).map(
        (t, k) => `330102,POP,${2000 + k},${k - 5},${quoted(t)},${quoted(t)}`,
      );
      const first = await imp(
        'notes.csv',
        enc(`unit,indicator,period,value,source,note\n${lines.join('\n')}\n`),
      );
      expect(first).toMatchObject({ outcome: 'applied', added: TEXTS.length });
      const stored = await readObservations(store.db, { series: ['POP'] });
      expect(stored.map((o) => o.note)).toEqual(TEXTS);
      expect(stored.map((o) => o.source)).toEqual(TEXTS);
      const t = observationsTable(stored);
      const bytes = await writeTable(format, t.header, t.rows);
      const again = await imp(`export.${format}`, bytes);
      expect(again).toMatchObject({
        outcome: 'applied',
        added: 0,
        revised: 0,
        unchanged: TEXTS.length,
      });
    });
  }

  it('F14: an export of the whole demo store imports back with nothing revised', async () => {
    await setup(true);
    const stored = await readObservations(store.db, {});
    const t = observationsTable(stored);
    const r = await imp('all.csv', await writeTable('csv', t.header, t.rows), { dryRun: true });
    expect(r).toMatchObject({ added: 0, revised: 0, unchanged: stored.length });
  });
});
