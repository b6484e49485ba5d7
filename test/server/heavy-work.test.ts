// Heavy work off the request thread, over HTTP, on SQLite and PostgreSQL: while a large import and
// a Monte Carlo run are in the worker pool, reads keep being answered and the import lands whole;
// a user past the per-user limit gets a 429; a request that goes away frees its slot; a job past
// its time limit is stopped with a clear error. And the bundle (`gapscope serve`) runs its jobs in
// its own worker entry, on the process's clock. No timing is asserted: that is bench/cases/jobs.ts.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../src/store/connect.ts';
import type { ProblemBody } from '../../src/server/problem.ts';
import { Client, seedStore, signedIn, startApi } from '../helpers/api.ts';
import { monthlyCsv } from '../helpers/large-files.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serve-process.ts';
import { freshPostgres, freshSqlite } from '../helpers/stores.ts';

/** How long to wait for the pool to reach a state: its workers load the sources through tsx. */
const WAIT = { timeout: 30_000, interval: 20 };

/** Observations of one import, as stored. */
async function importedRows(store: Store, importId: number): Promise<number> {
  const r = await store.db
    .selectFrom('observations')
    .where('import_id', '=', importId)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A Monte Carlo request of `runs` runs with a seed of its own (so that no cached result answers it). */
function monteCarlo(
  client: Client,
  runs: number,
  seed: number,
  signal?: AbortSignal,
): Promise<Response> {
  const h: Record<string, string> = {
    'content-type': 'application/json',
    cookie: client.cookie,
    'x-csrf-token': client.csrf,
    'accept-language': 'en',
  };
  return fetch(`${client.base}/api/uncertainty`, {
    method: 'POST',
    headers: h,
    body: JSON.stringify({ period: '2024', runs, seed }),
    signal,
  });
}

for (const [name, fresh] of [
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
] as const) {
  describe(`heavy work in the worker pool (${name})`, () => {
    let store: Store;
    let api: Awaited<ReturnType<typeof startApi>>;
    let viewer: Client;
    let analyst: Client;

    beforeAll(async () => {
      store = await fresh();
      await seedStore(store);
      api = await startApi(store, { jobs: { workers: 2 } });
      viewer = await signedIn(api.base, 'viewer');
      analyst = await signedIn(api.base, 'analyst');
    }, 120_000);

    afterAll(async () => {
      await api?.close();
      await store?.close();
    });

    it('answers reads while a large import and a Monte Carlo run work; the import lands whole', async () => {
      const { bytes, rows } = await monthlyCsv(store, 30);
      let importDone = false;
      let analysisDone = false;
      const importing = analyst.upload('months.csv', bytes).then((res) => {
        importDone = true;
        return res;
      });
      const analysing = monteCarlo(viewer, 3000, 11).then((res) => {
        analysisDone = true;
        return res;
      });
      const statuses: number[] = [];
      let beforeImport = 0;
      let beforeAnalysis = 0;
      for (let i = 0; !(importDone && analysisDone); i++) {
        const res = await viewer.get(
          i % 2 ? '/api/ranking?period=2024' : '/api/overview?period=2024',
        );
        statuses.push(res.status);
        await res.arrayBuffer();
        if (!importDone) beforeImport++;
        if (!analysisDone) beforeAnalysis++;
      }
      expect(new Set(statuses)).toEqual(new Set([200]));
      expect(beforeImport).toBeGreaterThanOrEqual(3);
      expect(beforeAnalysis).toBeGreaterThanOrEqual(3);

      const imported = await importing;
      expect(imported.status).toBe(200);
      const report = (await imported.json()) as {
        outcome: string;
        added: number;
        importId: number;
      };
      expect(report).toMatchObject({ outcome: 'applied', added: rows });
      expect(await importedRows(store, report.importId)).toBe(rows);

      const analysed = await analysing;
      expect(analysed.status).toBe(200);
      expect(((await analysed.json()) as { units: unknown[] }).units).toHaveLength(90);
    }, 120_000);

    it('refuses a user’s heavy request past the limit with 429; going away frees the slots', async () => {
      const gone = [0, 1, 2].map(() => new AbortController());
      const held = gone.map((a, i) =>
        monteCarlo(viewer, 20_000, 100 + i, a.signal).catch(() => null),
      );
      // One runs, two wait (a user runs one job at a time).
      await vi.waitFor(() => expect(api.jobs.stats().users.viewer).toBe(3), WAIT);

      const refused = await monteCarlo(viewer, 10, 200);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await refused.json()) as ProblemBody;
      expect(body.error).toMatchObject({ code: 'job.busy', field: null });
      expect(body.error.message).toContain('several heavy requests');
      expect(body.error.detail).toContain('you have 3 heavy requests');

      // Another user is not held by it: their job takes the second worker.
      const other = await monteCarlo(analyst, 10, 201);
      expect(other.status).toBe(200);

      for (const a of gone) a.abort();
      await Promise.all(held);
      await vi.waitFor(
        () => expect(api.jobs.stats()).toMatchObject({ running: 0, users: {} }),
        WAIT,
      );
      const again = await monteCarlo(viewer, 10, 202);
      expect(again.status).toBe(200);
    }, 120_000);

    it('stops a job past its time limit with a clear error, and serves the next', async () => {
      const strict = await startApi(store, { jobs: { workers: 1, timeLimitMs: 1000 } });
      try {
        const client = await signedIn(strict.base, 'viewer');
        const res = await monteCarlo(client, 20_000, 300);
        expect(res.status).toBe(504);
        const body = (await res.json()) as ProblemBody;
        expect(body.error.code).toBe('job.timeout');
        expect(body.error.message).toBe(
          'This took longer than one job may run, and was stopped; ask for less (fewer runs or samples), or split the file.',
        );
        expect(body.error.detail).toContain('ran for more than 1 s, the most a job may run');
        expect((await monteCarlo(client, 10, 301)).status).toBe(200);
      } finally {
        await strict.close();
      }
    }, 120_000);
  });
}

describe('the bundle’s worker (gapscope serve)', () => {
  let server: ServeProcess;
  let base: string;

  beforeAll(async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'gapscope-jobs-')), 'jobs.db');
    const store = await openStore(db);
    await seedStore(store);
    await store.close();
    server = await startServeProcess(db, ['--workers', '1']);
    base = server.base;
  }, 120_000);

  afterAll(() => server?.stop());

  it('imports, analyses and assesses targets in dist/server/job-worker.js, on the process’s clock', async () => {
    const analyst = await signedIn(base, 'analyst');
    const res = await analyst.upload('one.csv', 'unit,indicator,period,value\n330102,C2,2040,41\n');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: 'applied', added: 1 });
    const [latest] = (await (await analyst.get('/api/imports')).json()) as { at: string }[];
    // GAPSCOPE_NOW (vitest.config.ts) started the process's clock; the worker kept it.
    expect(latest!.at.slice(0, 10)).toBe(process.env.GAPSCOPE_NOW!.slice(0, 10));
    expect((await monteCarlo(analyst, 20, 5)).status).toBe(200);
    // The targets assessment is a job of the pool too (targets-result.ts).
    const targets = await analyst.get('/api/targets?unit=330106&indicator=P2');
    expect(targets.status).toBe(200);
    expect(((await targets.json()) as { rows: unknown[] }).rows).toHaveLength(1);
  }, 60_000);
});
