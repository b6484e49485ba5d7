// Starts a worker thread of the pool from wherever the code runs: the bundle's own entry
// (dist/server/job-worker.js, beside the chunk this code is in), or, when the sources run
// directly (the tests, the benchmarks, through tsx or Vitest), worker.ts through tsx's loader,
// registered inside the new thread since a worker does not inherit the loader of its parent.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const here = import.meta.url;

/** The bundle's worker entry, from any file of dist/ (every one sits two folders below the root). */
const BUNDLED = '../server/job-worker.js';

const NAME = 'gapscope-jobs';

/** Starts one worker thread of the server's pool. */
export function spawnJobWorker(): Worker {
  return here.endsWith('.ts')
    ? sourceWorker(new URL('./worker.ts', here))
    : new Worker(new URL(BUNDLED, here), { name: NAME });
}

/** A worker thread that runs a TypeScript module of the sources (`entry`) through tsx. */
export function sourceWorker(entry: URL): Worker {
  // tsx's ESM API (its "./esm/api" export, whose require-condition path createRequire would give).
  const tsx = new URL('./api/index.mjs', pathToFileURL(createRequire(here).resolve('tsx/esm')));
  const boot = [
    `const { register } = await import(${JSON.stringify(tsx.href)});`,
    'register();',
    `await import(${JSON.stringify(entry.href)});`,
  ].join('\n');
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { name: NAME });
}
