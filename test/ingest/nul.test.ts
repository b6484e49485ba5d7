// A NUL character (U+0000) in any cell or header is refused when the file is parsed, with its row
// and column (F10): SQLite stores one and PostgreSQL cannot, so a dry run that passed on one back
// end could fail the import with a 500 on the other. Refused at parse time, both agree.

import { afterEach, describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import type { Framework } from '../../src/core/framework/schema.ts';
import { parseCsv, parseXlsx } from '../../src/ingest/table.ts';
import { toApiError } from '../../src/server/problem.ts';
import type { Store } from '../../src/store/connect.ts';
import { getFramework } from '../../src/store/frameworks.ts';
import { importFile } from '../../src/server/import-file.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { thrownError } from '../helpers/errors.ts';
import { freshPostgres, freshSqlite } from '../helpers/stores.ts';
import { makeZip, row, workbookParts } from './xlsx-fixtures.ts';

describe('NUL characters (F10)', () => {
  it('refuses a CSV cell holding U+0000, naming its row and column', () => {
    const e = thrownError(() =>
      parseCsv(
        'unit,indicator,period,value,note\n330102,C1,2024,1,ok\n330102,C2,2024,2,a\u0000b\n',
        'n.csv',
      ),
    );
    expect(e.code).toBe('table.nul');
    expect(e.location).toEqual({ file: 'n.csv', row: 3, column: 'note' });
    expect(e.message).toBe(
      'n.csv, row 3, column note: the cell holds a NUL character (U+0000), which the store cannot keep: "a\\u0000b"',
    );
    expect(toApiError(e).status).toBe(422);
  });

  it('refuses a header cell holding U+0000, and a NUL byte in the file’s bytes', () => {
    expect(() => parseCsv('unit,val\u0000ue\n330102,1\n', 'h.csv')).toThrow(
      /^h\.csv, row 1, column 2: the cell holds a NUL character/,
    );
    const bytes = Buffer.from('unit,value\n330102,1\u0000\n');
    expect(() => parseCsv(bytes, 'b.csv')).toThrow(/^b\.csv, row 2, column value: .*NUL/);
  });

  it('refuses an XLSX cell holding U+0000 however it is written', async () => {
    for (const text of ['a&#0;b', 'a\u0000b']) {
      const bytes = makeZip(
        workbookParts(
          row(1, [['A', 'unit']]) +
            `<row r="2"><c r="A2" t="inlineStr"><is><t>${text}</t></is></c></row>`,
        ),
      );
      await expect(parseXlsx(bytes, 'n.xlsx')).rejects.toBeInstanceOf(GapscopeError);
    }
  });
});

describe.each([
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
])('a NUL in an import on %s', (_name, open) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('is refused alike by the dry run and the import, and nothing is written', async () => {
    store = await open();
    await initStore(store.db, await readBundle({ demo: false }));
    const framework: Framework = (await getFramework(store.db)).framework;
    const bytes = new TextEncoder().encode(
      'unit,indicator,period,value,note\n330102,C1,2024,5,fine\n330105,C1,2024,6,bad\u0000note\n',
    );
    for (const dryRun of [true, false]) {
      const e = await importFile(store.db, {
        fileName: 'nul.csv',
        bytes,
        user: 'analyst',
        framework,
        dryRun,
      }).then(
        () => new Error(`the ${dryRun ? 'dry run' : 'import'} accepted the file`),
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(GapscopeError);
      expect((e as GapscopeError).code).toBe('table.nul');
      expect((e as GapscopeError).message).toMatch(/^nul\.csv, row 3, column note: /);
    }
    const n = await store.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });
});
