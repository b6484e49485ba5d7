// A request's heavy work handed to the worker pool, on behalf of the signed-in user: dropped from
// the queue, or its worker stopped, when the client goes away or the request runs out of time.

import type { Context } from 'hono';
import type { EvaluationInput } from '../../core/pipeline/evaluate.ts';
import { storeUrl } from '../../store/connect.ts';
import type { ImportReport } from '../../store/import.ts';
import type { AppEnv } from '../env.ts';
import { keepLiveInputs, type LiveInputs } from '../live.ts';
import type { RunOptions } from './pool.ts';
import type { TaskContext } from './serve-jobs.ts';
import type { ImportJob, JobInput, JobKind, JobOutput } from './tasks.ts';

const STORE_KINDS: ReadonlySet<JobKind> = new Set<JobKind>(['import', 'list-import']);

/**
 * Runs a job of `kind` for the request `c` in the pool and resolves with its result; throws the
 * pool's 429, 503 or 504 `ApiError`s and the task's own errors. `o.transfer` lists buffers of
 * the input to move to the worker (an uploaded file) rather than copy; `o.onAsk` takes what the
 * job hands over while it runs.
 */
export async function runJob<K extends JobKind>(
  c: Context<AppEnv>,
  kind: K,
  input: JobInput<K>,
  o: Pick<RunOptions, 'transfer' | 'onAsk'> = {},
): Promise<JobOutput<K>> {
  const store = c.get('store');
  if (STORE_KINDS.has(kind) && storeUrl(store) === null) {
    // A database in memory cannot be opened from another thread: written here, as before.
    const { TASKS } = await import('./tasks.ts');
    const task = TASKS[kind] as (i: JobInput<K>, ctx: TaskContext) => Promise<JobOutput<K>>;
    return task(input, { store: async () => store, ask: async (value) => o.onAsk?.(value) });
  }
  const signal = AbortSignal.any([
    c.req.raw.signal,
    AbortSignal.timeout(c.get('options').timeoutMs),
  ]);
  return (await c.get('jobs').run(kind, input, {
    ...o,
    user: c.get('user')?.name ?? '(anonymous)',
    signal,
  })) as JobOutput<K>;
}

/**
 * Imports a data file in the pool (the upload's bytes moved, not copied). The worker reads the new
 * data's live inputs inside the import's transaction and hands them here before they show: kept
 * in the cache, so that no read after the import has to read them on this thread.
 */
export async function runImport(c: Context<AppEnv>, job: ImportJob): Promise<ImportReport> {
  let forget = (): void => undefined;
  try {
    return await runJob(c, 'import', job, {
      transfer: [job.upload.body.buffer as ArrayBuffer],
      onAsk: (inputs) => (forget = keepLiveInputs(c.get('cache'), inputs as LiveInputs)),
    });
  } catch (e) {
    // Not written after all (stopped, or failed to commit): the version they were read for
    // may yet come with other data.
    forget();
    throw e;
  }
}

/** An evaluation's input as a job carries it: without its hasher, a function (the worker has its own). */
export function portable(input: EvaluationInput): EvaluationInput {
  const { hasher: _hasher, ...rest } = input;
  return rest;
}
