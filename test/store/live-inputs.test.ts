// The live evaluation inputs, on SQLite and PostgreSQL: the server (cached per data version), the
// command (--db, --as-of) and the reports (the source the brief and report commands hand over) read
// them through one store loader, and give the same framework, data, units, names and demo flag —
// also as of a moment before the demo data were imported, where the server and the reports once
// said "demo" and the command did not.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/data/dataset.ts';
import { DEMO_SOURCE } from '../../src/core/data/demo.ts';
import type { Framework } from '../../src/core/framework/schema.ts';
import { inputsFromStore } from '../../src/cli/inputs.ts';
import type { CliIo } from '../../src/cli/io.ts';
import type { ReportSource } from '../../src/reports/source.ts';
import { ResultCache } from '../../src/server/cache.ts';
import { liveInputs } from '../../src/server/live.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { getFramework } from '../../src/store/frameworks.ts';
import { importFile } from '../../src/server/import-file.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { dataVersion, loadLiveInputs } from '../../src/store/live-inputs.ts';
import { freshPostgresUrl } from '../helpers/stores.ts';

const REAL_AT = '2025-03-01T00:00:00.000Z';
const DEMO_AT = '2025-06-01T00:00:00.000Z';
const BETWEEN = '2025-04-01T00:00:00.000Z';
const AFTER = '2025-07-01T00:00:00.000Z';

const io: CliIo = { stdout: () => undefined, stderr: () => undefined, user: 'test' };

/** A long CSV of `unit,indicator,period,value,source` rows. */
const csv = (rows: string[]): Uint8Array =>
  new TextEncoder().encode(['unit,indicator,period,value,source', ...rows].join('\n') + '\n');

/** What a face of the system evaluates, as plain values to compare. */
interface Seen {
  framework: string;
  units: string[] | undefined;
  names: [string, string][];
  data: { units: string[]; series: string[]; periods: string[]; values: number[][][] };
  city: (string | null)[] | undefined;
  demo: boolean;
}

function seen(x: {
  framework: Framework;
  data: Dataset;
  units: string[] | undefined;
  names: Map<string, string>;
  demo: boolean;
}): Seen {
  return {
    framework: `${x.framework.id}@${x.framework.version}`,
    // The command says "every unit of the data" by undefined, the others by an empty list.
    units: x.units?.length ? x.units : undefined,
    names: [...x.names].sort(([a], [b]) => a.localeCompare(b)),
    data: {
      units: x.data.units,
      series: x.data.series,
      periods: x.data.periods,
      values: x.data.values.map((p) => p.map((s) => [...s])),
    },
    city: x.data.attrs.city,
    demo: x.demo,
  };
}

/** The reports' face: a ReportSource as the brief and report commands hand it over, with names. */
function seenByReports(source: ReportSource): Seen {
  const names = new Map(source.geography.units.map((u) => [u.code, u.name.zh]));
  return seen({ ...source, names });
}

const sqliteUrl = async (): Promise<string> =>
  join(mkdtempSync(join(tmpdir(), 'gapscope-live-')), 'test.db');

for (const [backend, freshUrl] of [
  ['SQLite', sqliteUrl],
  ['PostgreSQL', freshPostgresUrl],
] as const) {
  describe(`the live inputs on ${backend}: one loader for the server, the command and the reports`, () => {
    let url: string;
    let store: Store;

    beforeAll(async () => {
      url = await freshUrl();
      store = await openStore(url);
      await initStore(store.db, await readBundle({ demo: false }));
      const { framework } = await getFramework(store.db);
      const imp = (fileName: string, rows: string[], at: string) =>
        importFile(store.db, { fileName, bytes: csv(rows), user: 'analyst', framework, at });
      await imp(
        'bureau.csv',
        ['330102,C1,2024,6.5,bureau', '330105,C1,2024,7,bureau', '330122,C1,2024,5.5,bureau'],
        REAL_AT,
      );
      await imp(
        'demo.csv',
        [
          `330102,C1,2025,6.9,${DEMO_SOURCE}`,
          `330127,C1,2024,4.8,${DEMO_SOURCE}`,
          `330105,C1,2024,7.2,${DEMO_SOURCE}`,
        ],
        DEMO_AT,
      );
    });
    afterAll(async () => {
      await store?.close();
    });

    /** The server's and the command's view as of `asOf` (null: now). */
    const faces = async (asOf: string | null): Promise<{ server: Seen; cli: Seen }> => ({
      server: seen(await liveInputs(store, new ResultCache(), asOf)),
      cli: seen(await inputsFromStore({ db: url, ...(asOf ? { 'as-of': asOf } : {}) }, io)),
    });

    it('gives the server, the command and the reports the same inputs now: demo data included', async () => {
      const { server, cli } = await faces(null);
      const reports = seenByReports(await loadLiveInputs(store.db));
      expect(cli).toEqual(server);
      expect(reports).toEqual(server);
      expect(server.demo).toBe(true);
      expect(server.data.units).toEqual(['330102', '330105', '330122', '330127']);
      expect(server.data.periods).toEqual(['2024', '2025']);
      expect(server.units).toEqual(['330102', '330105', '330122', '330127']);
      expect(server.city).toEqual(['330100', '330100', '330100', '330100']);
      expect(server.names).toContainEqual(['330122', '桐庐县']);
    });

    it('says "not demo" on every face as of a moment before the demo data were imported', async () => {
      const { server, cli } = await faces(BETWEEN);
      expect(cli).toEqual(server);
      expect(server.demo).toBe(false);
      expect(server.data.units).toEqual(['330102', '330105', '330122']);
      expect(server.data.periods).toEqual(['2024']);
      const c1 = server.data.series.indexOf('C1');
      expect(server.data.values[0]![c1]).toEqual([6.5, 7, 5.5]);
    });

    it('says "demo" on every face as of a moment after the demo data were imported', async () => {
      const { server, cli } = await faces(AFTER);
      expect(cli).toEqual(server);
      expect(server.demo).toBe(true);
      const c1 = server.data.series.indexOf('C1');
      expect(server.data.values[0]![c1]).toEqual([6.5, 7.2, 5.5, 4.8]);
    });

    it('reads the data version first: the newest import and framework', async () => {
      const inputs = await loadLiveInputs(store.db);
      expect(inputs.version).toBe(await dataVersion(store.db));
      expect(inputs.version).toMatch(/^\d+\|\d{4}-\d{2}-\d{2}T/);
    });
  });
}
