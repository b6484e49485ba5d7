// The worker pool on its own, with a fixture worker: results and errors across the thread, the
// per-user and queue limits, cancellation, the time limit, the clock, and a stopped import that
// leaves the store as it was and writable, on SQLite and PostgreSQL.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedClock, nowMs, setClock } from '../../../src/core/clock.ts';
import { GapscopeError } from '../../../src/core/errors.ts';
import { jobLimits, parseWorkers } from '../../../src/server/jobs/limits.ts';
import { JobPool } from '../../../src/server/jobs/pool.ts';
import { sourceWorker } from '../../../src/server/jobs/spawn.ts';
import { ApiError, toApiError } from '../../../src/server/problem.ts';
import { storeUrl, type Store } from '../../../src/store/connect.ts';
import { getFramework } from '../../../src/store/frameworks.ts';
import { importFile } from '../../../src/server/import-file.ts';
import { initStore } from '../../../src/store/init.ts';
import { readBundle } from '../../../src/ingest/bundle.ts';
import { freshPostgres, freshSqlite, storeCounts } from '../../helpers/stores.ts';

const spawn = (): ReturnType<typeof sourceWorker> =>
  sourceWorker(new URL('./fixture-worker.ts', import.meta.url));

/** How long to wait for the pool to reach a state: a worker of the sources loads through tsx. */
const WAIT = { timeout: 20_000, interval: 20 };

const pools: JobPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** A pool of the fixture worker; the limits not given are small ones for tests. */
function pool(limits: Partial<Parameters<typeof jobLimits>[0]> = {}, store: string | null = null) {
  const p = new JobPool(
    spawn,
    { workers: 1, perUser: 3, queue: 4, timeLimitMs: 20_000, ...limits },
    store,
  );
  pools.push(p);
  return p;
}

/** The rejection of a promise, as the API's error. */
async function refusal(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    return toApiError(e);
  }
  throw new Error('expected the job to be refused');
}

describe('the worker pool', () => {
  it('runs jobs in a worker thread and gives back their results; bytes are moved, not copied', async () => {
    const p = pool();
    expect(await p.run('sleep', 5, { user: 'a' })).toBe(5);
    const bytes = (await p.run('bytes', 1000, { user: 'a' })) as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes.length, bytes[999]]).toEqual([1000, 7]);
    expect(p.stats()).toEqual({ workers: 1, starting: 0, running: 0, waiting: 0, users: {} });
  });

  it('keeps an error’s code, file and details across the thread', async () => {
    const e = await refusal(pool().run('fail', null, { user: 'a' }));
    expect(e).toMatchObject({ status: 422, code: 'data.invalid', field: null });
    expect(e.detail).toBe('x.csv: 2 rows have problems; nothing was written');
    expect(e.details).toEqual([
      'row 3, column value: "abc" is not a number',
      'row 4, column unit: unknown unit 999999',
    ]);
  });

  it('lets a running job hand something to the request thread, which the job waits for', async () => {
    const p = pool();
    const taken: unknown[] = [];
    const answer = await p.run(
      'hand',
      { version: '7|x', data: new Float64Array([1, 2]) },
      {
        user: 'a',
        onAsk: (value) => void taken.push(value),
      },
    );
    expect(answer).toBe('taken');
    expect(taken).toEqual([{ version: '7|x', data: new Float64Array([1, 2]) }]);
    // Without anyone to take it, the job is told so and goes on.
    expect(await p.run('hand', 1, { user: 'a' })).toBe('refused');
  });

  it('holds a user to perUser jobs running or waiting: the next is a 429 with Retry-After', async () => {
    const p = pool({ perUser: 2 });
    const held = [p.run('sleep', 300, { user: 'a' }), p.run('sleep', 300, { user: 'a' })];
    const e = await refusal(p.run('sleep', 1, { user: 'a' }));
    expect(e).toMatchObject({ status: 429, code: 'job.busy' });
    expect(e.retryAfter).toBeGreaterThanOrEqual(1);
    expect(e.detail).toContain('2 heavy requests');
    // Another user is not held by it.
    expect(await p.run('sleep', 1, { user: 'b' })).toBe(1);
    await Promise.all(held);
    expect(await p.run('sleep', 1, { user: 'a' })).toBe(1);
  });

  it('runs one job of a user at a time, so that another user’s job goes first', async () => {
    const p = pool({ workers: 2 });
    await p.run('sleep', 1, { user: 'a' });
    await vi.waitFor(() => expect(p.stats().workers).toBe(2), WAIT);
    const order: string[] = [];
    const run = (user: string, ms: number): Promise<unknown> =>
      p.run('sleep', ms, { user }).then(() => order.push(user));
    const jobs = [run('a', 300), run('a', 10), run('b', 10)];
    await vi.waitFor(() => expect(p.stats()).toMatchObject({ running: 2, waiting: 1 }), WAIT);
    await Promise.all(jobs);
    expect(order).toEqual(['b', 'a', 'a']);
  });

  it('bounds the queue: past it a job is a 503 with Retry-After', async () => {
    const p = pool({ queue: 2, perUser: 10 });
    const held = [0, 1, 2].map((i) => p.run('sleep', 200, { user: `u${i}` }));
    await vi.waitFor(() => expect(p.stats()).toMatchObject({ running: 1, waiting: 2 }), WAIT);
    const e = await refusal(p.run('sleep', 1, { user: 'other' }));
    expect(e).toMatchObject({ status: 503, code: 'job.queue-full' });
    expect(e.retryAfter).toBeGreaterThanOrEqual(1);
    await Promise.all(held);
  });

  it('drops a waiting job whose request goes away, and stops a running one’s worker for a new one', async () => {
    const p = pool();
    const running = new AbortController();
    const waiting = new AbortController();
    const first = refusal(p.run('spin', 60_000, { user: 'a', signal: running.signal }));
    const second = refusal(p.run('sleep', 1, { user: 'a', signal: waiting.signal }));
    await vi.waitFor(() => expect(p.stats()).toMatchObject({ running: 1, waiting: 1 }), WAIT);
    waiting.abort();
    expect(await second).toMatchObject({ code: 'job.cancelled' });
    expect(p.stats()).toMatchObject({ running: 1, waiting: 0, users: { a: 1 } });
    running.abort();
    expect(await first).toMatchObject({ code: 'job.cancelled' });
    expect(p.stats()).toMatchObject({ running: 0, users: {} });
    // The busy worker was stopped and replaced: the next job runs at once.
    expect(await p.run('sleep', 1, { user: 'a' })).toBe(1);
    expect(p.stats()).toMatchObject({ workers: 1, starting: 0 });
  });

  it('stops a job over its time limit with a clear error, and runs the next on a new worker', async () => {
    const p = pool({ timeLimitMs: 300 });
    const e = await refusal(p.run('spin', 60_000, { user: 'a' }));
    expect(e).toMatchObject({ status: 504, code: 'job.timeout' });
    expect(e.detail).toContain('ran for more than 0.3 s, the most a job may run, and was stopped');
    expect(await p.run('sleep', 1, { user: 'a' })).toBe(1);
  });

  it('answers 500 for a job whose worker dies, and runs the next on a new worker', async () => {
    const p = pool();
    expect(await refusal(p.run('die', null, { user: 'a' }))).toMatchObject({
      status: 500,
      code: 'internal',
    });
    expect(await p.run('sleep', 1, { user: 'a' })).toBe(1);
  });

  it('keeps the request thread’s clock: a fixed one stands still in the worker, a running one runs on', async () => {
    const p = pool();
    const previous = setClock(fixedClock('2025-11-30T08:00:00Z'));
    try {
      expect(await p.run('now', null, { user: 'a' })).toEqual([
        Date.parse('2025-11-30T08:00:00Z'),
        Date.parse('2025-11-30T08:00:00Z'),
      ]);
    } finally {
      setClock(previous);
    }
    const before = nowMs();
    const [start, later] = (await p.run('now', null, { user: 'a' })) as [number, number];
    expect(start).toBeGreaterThanOrEqual(before);
    expect(start - before).toBeLessThan(60_000);
    expect(later).toBeGreaterThan(start);
  });

  it('refuses jobs after close, and ends its workers', async () => {
    const p = pool();
    await p.run('sleep', 1, { user: 'a' });
    await p.close();
    expect(p.stats()).toMatchObject({ workers: 0, starting: 0 });
    expect(await refusal(p.run('sleep', 1, { user: 'a' }))).toMatchObject({
      status: 503,
      code: 'job.closing',
    });
  });
});

describe('the limits', () => {
  it('size the pool from the cores less one, or GAPSCOPE_WORKERS, or what is given', () => {
    expect(jobLimits({}, {}).workers).toBeGreaterThanOrEqual(1);
    expect(jobLimits({}, { GAPSCOPE_WORKERS: '3' })).toEqual({
      workers: 3,
      perUser: 3,
      queue: 32,
      timeLimitMs: 45_000,
    });
    expect(jobLimits({ workers: 2, timeLimitMs: 1000 }, { GAPSCOPE_WORKERS: '3' })).toMatchObject({
      workers: 2,
      timeLimitMs: 1000,
    });
    for (const bad of ['0', '65', 'two', '1.5', '-1'])
      expect(() => parseWorkers(bad, 'GAPSCOPE_WORKERS')).toThrow(GapscopeError);
  });
});

for (const [name, fresh] of [
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
] as const) {
  describe(`an import stopped inside its transaction (${name})`, () => {
    let store: Store;
    afterEach(async () => store?.close());

    it('writes nothing and leaves the store writable', async () => {
      store = await fresh();
      await initStore(store.db, await readBundle());
      const before = await storeCounts(store);
      const p = pool({ timeLimitMs: 1500 }, storeUrl(store));
      const e = await refusal(
        p.run('hang-import', 'unit,indicator,period,value\n330102,C2,2040,41\n', { user: 'a' }),
      );
      expect(e.code).toBe('job.timeout');
      expect(await storeCounts(store)).toEqual(before);
      // Its locks went with its thread: the next import is written at once.
      const { framework } = await getFramework(store.db);
      const report = await importFile(store.db, {
        fileName: 'next.csv',
        bytes: new TextEncoder().encode('unit,indicator,period,value\n330102,C2,2040,42\n'),
        user: 'test',
        framework,
      });
      expect(report).toMatchObject({ outcome: 'applied', added: 1 });
      expect(await storeCounts(store)).toEqual({
        obs: before.obs + 1,
        imports: before.imports + 1,
      });
    });
  });
}
