// The store contract: the same suite runs against SQLite and PostgreSQL (sqlite.test.ts,
// postgres.test.ts). Each test opens a fresh store.

import { afterEach, describe, expect, it } from 'vitest';
import { nowIso } from '../../src/core/clock.ts';
import type { Framework } from '../../src/core/framework/schema.ts';
import { evaluate } from '../../src/core/pipeline/evaluate.ts';
import { evaluationJson } from '../../src/core/outputs/evaluation-json.ts';
import { loadFramework } from '../../src/ingest/framework-file.ts';
import { BUNDLED } from '../../src/ingest/bundled.ts';
import type { Store } from '../../src/store/connect.ts';
import { getEvaluation, publishEvaluation } from '../../src/store/evaluations.ts';
import { getFramework, saveFramework } from '../../src/store/frameworks.ts';
import { importFile } from '../../src/server/import-file.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { datasetFromStore, history, readObservations } from '../../src/store/observations.ts';
import { readAudit } from '../../src/store/audit.ts';
import { frameworkSeries } from '../../src/core/framework/series.ts';
import { storeCounts } from '../helpers/stores.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const csv = (...rows: string[]): Uint8Array =>
  enc(['unit,indicator,period,value', ...rows].join('\n') + '\n');

/** Runs the contract against stores made by `open`. */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
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
    ) => importFile(store.db, { fileName, bytes, user: 'analyst', framework, ...extra });
    afterEach(async () => {
      await store?.close();
    });

    it('initialises with the geography, the default framework and the demo data, once', async () => {
      await setup(true);
      expect(await store.db.selectFrom('units').select('code').execute()).toHaveLength(102);
      const c = await storeCounts(store);
      expect(c.obs).toBe(21504);
      const again = await initStore(store.db, await readBundle());
      expect(again.demo?.outcome).toBe('duplicate');
      expect(await storeCounts(store)).toEqual(c);
    });

    it('keeps every revision, answers "as of" and traces each figure to its import', async () => {
      await setup();
      const r1 = await imp('march.csv', csv('330102,C1,2024,6.5', '330105,C1,2024,7'), {
        at: '2025-03-01T00:00:00.000Z',
      });
      expect(r1).toMatchObject({ outcome: 'applied', added: 2, revised: 0 });
      const r2 = await imp('april.csv', csv('330102,C1,2024,6.8', '330105,C1,2024,7'), {
        at: '2025-04-01T00:00:00.000Z',
        user: 'statistician',
      });
      expect(r2).toMatchObject({ outcome: 'applied', added: 0, revised: 1, unchanged: 1 });
      const now = await readObservations(store.db, { series: ['C1'] });
      expect(now.map((o) => [o.unit, o.value, o.revision])).toEqual([
        ['330102', 6.8, 2],
        ['330105', 7, 1],
      ]);
      const march = await readObservations(store.db, {
        series: ['C1'],
        asOf: '2025-03-15T00:00:00.000Z',
      });
      expect(march.map((o) => o.value)).toEqual([6.5, 7]);
      expect(
        await readObservations(store.db, { series: ['C1'], asOf: '2025-02-01T00:00:00.000Z' }),
      ).toEqual([]);
      const h = await history(store.db, { units: ['330102'], series: ['C1'], periods: ['2024'] });
      expect(h.map((x) => [x.revision, x.value, x.fileName, x.user])).toEqual([
        [1, 6.5, 'march.csv', 'analyst'],
        [2, 6.8, 'april.csv', 'statistician'],
      ]);
    });

    it('reads "as of" a moment after the last import as the current data, and never later revisions', async () => {
      await setup();
      await imp('march.csv', csv('330102,C1,2024,6.5', '330105,C1,2024,7'), {
        at: '2025-03-01T00:00:00.000Z',
      });
      await imp('april.csv', csv('330102,C1,2024,6.8'), { at: '2025-04-01T00:00:00.000Z' });
      const now = await readObservations(store.db, { series: ['C1'] });
      expect(
        await readObservations(store.db, { series: ['C1'], asOf: '2025-04-01T00:00:00.000Z' }),
      ).toEqual(now);
      expect(await readObservations(store.db, { series: ['C1'], asOf: '2030-01-01' })).toEqual(now);
      // A revision recorded after the moment is not seen, even when the imports' own times say
      // nothing came later (as while an import is still landing).
      await store.db
        .updateTable('imports')
        .set({ created_at: '2025-03-01T00:00:00.000Z' })
        .execute();
      const asOf = await readObservations(store.db, {
        series: ['C1'],
        asOf: '2025-03-15T00:00:00.000Z',
      });
      expect(asOf.map((o) => [o.unit, o.value, o.revision])).toEqual([
        ['330102', 6.5, 1],
        ['330105', 7, 1],
      ]);
    });

    it('recognises the same file by its hash and changes nothing', async () => {
      await setup();
      const bytes = csv('330102,C1,2024,6.5');
      await imp('a.csv', bytes);
      const before = await storeCounts(store);
      const again = await imp('renamed.csv', bytes);
      expect(again.outcome).toBe('duplicate');
      expect(again.duplicateOf?.importId).toBeGreaterThan(0);
      expect(await storeCounts(store)).toEqual(before);
    });

    it('a dry run reports and writes nothing', async () => {
      await setup();
      const r = await imp('a.csv', csv('330102,C1,2024,6.5'), { dryRun: true });
      expect(r).toMatchObject({ outcome: 'dry-run', added: 1 });
      expect(await storeCounts(store)).toEqual({ obs: 0, imports: 0 });
    });

    const bad: [string, Uint8Array, RegExp, Partial<Parameters<typeof importFile>[1]>?][] = [
      [
        'unknown unit',
        csv('330102,C1,2024,1', '339999,C1,2024,1'),
        /row 3, column unit: unknown unit "339999"/,
      ],
      [
        'unknown indicator',
        csv('330102,C1,2024,1', '330102,Z9,2024,1'),
        /row 3, column indicator: unknown indicator or series "Z9"/,
      ],
      [
        'not a number',
        csv('330102,C1,2024,1', '330105,C1,2024,n/a'),
        /row 3, column value: "n\/a" is not a number/,
      ],
      [
        'implausible',
        csv('330102,C1,2024,1', '330105,C1,2024,900'),
        /row 3, column value: 900 is outside the plausible range of C1/,
      ],
      [
        'duplicate key',
        csv('330102,C1,2024,1', '330102,C1,2024,2'),
        /row 3, column value: duplicate: unit 330102, C1, 2024 is also in row 2/,
      ],
      [
        'bad period',
        csv('330102,C1,2024,1', '330102,C1,2024Q5,2'),
        /row 3, column period: "2024Q5" is not a period/,
      ],
      [
        'outside scope',
        csv('330102,C1,2024,1', '330282,C1,2024,2'),
        /row 3, column unit: unit 330282 is outside your scope \(330100\)/,
        { scope: '330100' },
      ],
      [
        'wrong measure',
        enc('unit,indicator,period,value,measure\n330102,C1,2024,1,%\n330105,C1,2024,2,CNY\n'),
        /row 3, column measure: C1 is measured in "%", the file says "CNY"/,
      ],
      [
        'bad status',
        enc('unit,indicator,period,value,status\n330102,C1,2024,1,final\n330105,C1,2024,2,guess\n'),
        /row 3, column status: "guess" is not a status/,
      ],
    ];
    for (const [what, bytes, message, extra] of bad) {
      it(`refuses a file with ${what} on its last row, reporting it, and writes nothing`, async () => {
        await setup();
        await imp('good.csv', csv('330102,C2,2024,50'));
        const before = await storeCounts(store);
        await expect(imp('bad.csv', bytes, extra)).rejects.toThrow(message);
        expect(await storeCounts(store)).toEqual(before);
      });
    }

    it('lists every problem of a file at once', async () => {
      await setup();
      const err = await imp(
        'bad.csv',
        csv('339999,C1,2024,1', '330102,Z9,2024,1', '330102,C1,24,1'),
      ).catch((e: Error & { details: string[] }) => e);
      expect((err as { details: string[] }).details).toHaveLength(3);
    });

    it('reads GB18030 and UTF-8 with a BOM', async () => {
      await setup();
      const gbk = Uint8Array.from([
        ...enc('unit,indicator,period,value,note\n330102,C1,2024,5,'),
        0xc9,
        0xcf,
        0xb3,
        0xc7,
        0xc7,
        0xf8, // 上城区
        0x0a,
      ]);
      // The report says how each file was read.
      expect((await imp('gbk.csv', gbk)).encoding).toBe('gb18030');
      expect(
        (await imp('bom.csv', enc('\uFEFFunit,indicator,period,value\n330105,C1,2024,6\n')))
          .encoding,
      ).toBe('utf-8-bom');
      const obs = await readObservations(store.db, { series: ['C1'] });
      expect(obs.map((o) => [o.unit, o.value, o.note])).toEqual([
        ['330102', 5, '上城区'],
        ['330105', 6, ''],
      ]);
    });

    it('keeps a published framework version immutable', async () => {
      await setup();
      expect(await saveFramework(store.db, framework, { user: 'admin' })).toBe('unchanged');
      const changed = { ...framework, name: { ...framework.name, zh: '改' } };
      await expect(saveFramework(store.db, changed, { user: 'admin' })).rejects.toThrow(
        /published and cannot change/,
      );
      expect(
        await saveFramework(store.db, { ...changed, version: '2026.1' }, { user: 'admin' }),
      ).toBe('added');
      expect((await getFramework(store.db)).framework.version).toBe('2026.1');
    });

    it('reproduces a published evaluation from the data as it then stood', async () => {
      await setup(true);
      const series = [...frameworkSeries(framework)];
      const units = (
        await store.db
          .selectFrom('units')
          .select('code')
          .where('level', '=', 'county')
          .orderBy('code')
          .execute()
      ).map((u) => u.code);
      const run = async (asOf: string | null) => {
        const { data } = await datasetFromStore(store.db, series, { asOf, units });
        return evaluationJson(evaluate({ framework, data, period: '2024', asOf }), {
          period: '2024',
        });
      };
      const t1 = nowIso();
      const published = await run(t1);
      const id = await publishEvaluation(store.db, published, { user: 'admin', asOf: t1 });
      await new Promise((r) => setTimeout(r, 5));
      await imp('correction.csv', csv('330102,C1,2024,0.5'));
      const nowResult = await run(null);
      expect(nowResult.inputsHash).not.toBe(published.inputsHash);
      const rerun = await run(t1);
      expect(rerun.hash).toBe(published.hash);
      expect((await getEvaluation(store.db, id)).result).toEqual(
        JSON.parse(JSON.stringify(published)),
      );
      // the same numbers as evaluating the bundled files directly
      const files = await loadFramework(BUNDLED.framework);
      expect(files.framework.id).toBe(framework.id);
    });

    it('audits imports and framework changes', async () => {
      await setup();
      await imp('a.csv', csv('330102,C1,2024,6.5'));
      const log = await readAudit(store.db);
      expect(log.map((e) => e.action)).toEqual(['import', 'framework.add']);
      expect(JSON.parse(log[0]!.after!)).toMatchObject({ fileName: 'a.csv', added: 1 });
    });
  });
}
