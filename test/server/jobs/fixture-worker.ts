// A worker for the pool's tests, serving jobs as the server's does: jobs that wait, keep the thread
// busy, read the clock, fail, make bytes, or start an import and hang inside its transaction.

import { setTimeout as sleep } from 'node:timers/promises';
import { nowMs } from '../../../src/core/clock.ts';
import { GapscopeError } from '../../../src/core/errors.ts';
import { serveJobs, type TaskContext } from '../../../src/server/jobs/serve-jobs.ts';
import { getFramework } from '../../../src/store/frameworks.ts';
import { importFile } from '../../../src/server/import-file.ts';

/** Keeps the thread busy for `ms` (or for ever), as a long computation does. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

serveJobs({
  sleep: async (ms: number) => (await sleep(ms), ms),
  spin: async (ms: number) => (spin(ms), ms),
  now: async () => [nowMs(), (await sleep(20), nowMs())],
  fail: async () => {
    throw new GapscopeError(
      'data.invalid',
      '2 rows have problems; nothing was written',
      { file: 'x.csv' },
      ['row 3, column value: "abc" is not a number', 'row 4, column unit: unknown unit 999999'],
    );
  },
  bytes: async (n: number) => new Uint8Array(n).fill(7),
  /** Ends the thread in the middle of a job, as a crash would. */
  die: async () => process.exit(3),
  /** Hands its input to the request thread; says whether it was taken. */
  hand: async (value: unknown, ctx: TaskContext) =>
    ctx.ask(value).then(
      () => 'taken',
      () => 'refused',
    ),
  /** An import that stops, for ever, inside its write transaction (after its locks are taken). */
  'hang-import': async (text: string, ctx: TaskContext) => {
    const { db } = await ctx.store();
    const { framework } = await getFramework(db);
    return importFile(db, {
      fileName: 'hang.csv',
      bytes: new TextEncoder().encode(text),
      user: 'test',
      framework,
      onProgress: (m) => {
        if (m.startsWith('writing')) spin(Infinity);
      },
    });
  },
});
