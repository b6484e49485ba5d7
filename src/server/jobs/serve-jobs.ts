// The worker thread's side of the pool: takes one job at a time, runs its task under the clock the
// request thread sent, and answers its result or its error. The store is opened on first need, as
// this thread's own connection (SQLite: one more connection to the file; PostgreSQL: a pool of 2).

import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { clockFrom, setClock } from '../../core/clock.ts';
import { openStore, type Store } from '../../store/connect.ts';
import {
  toWire,
  transferList,
  type AskMessage,
  type FromWorker,
  type ReadyMessage,
  type ToWorker,
} from './protocol.ts';

/** What a task may ask of the worker: its connection to the server's store, and the request thread. */
export interface TaskContext {
  store(): Promise<Store>;
  /**
   * Hands `value` to the request thread (the job's `onAsk`) and resolves when it has taken it;
   * rejects when it could not.
   */
  ask(value: unknown): Promise<void>;
}

/** PostgreSQL connections a worker opens: one for a job, one spare for a query beside it. */
export const WORKER_POOL_SIZE = 2;

/**
 * The niceness of a worker thread: below the request thread, so that on a busy machine the
 * answers come first and the heavy work takes what is left (Linux's CFS gives a thread at 10
 * about a tenth of the time of one at 0 on the same core).
 */
export const WORKER_NICE = 10;

/**
 * Lowers this thread's priority to `WORKER_NICE`. Linux keeps a niceness per thread, and
 * /proc/thread-self names this one; elsewhere, or when not allowed, the thread keeps its priority.
 */
function yieldToRequests(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, WORKER_NICE);
  } catch {
    // Not Linux, or not allowed: the same priority as the requests.
  }
}

/** Serves jobs to the pool with these tasks by kind; called once, in a worker thread. */
export function serveJobs(
  tasks: Record<string, (input: never, ctx: TaskContext) => Promise<unknown>>,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs() runs in a worker thread');
  yieldToRequests();
  const stores = new Map<string, Promise<Store>>();
  /** The running job's open question, by job id. */
  const asked = new Map<number, (ok: boolean) => void>();
  const context = (id: number, url: string | null): TaskContext => ({
    ask(value) {
      return new Promise((resolve, reject) => {
        asked.set(id, (ok) =>
          ok ? resolve() : reject(new Error('the request thread could not take it')),
        );
        port.postMessage({ type: 'ask', id, value } satisfies AskMessage);
      });
    },
    store() {
      if (!url) throw new Error('this job needs the store, and the pool was given none');
      let store = stores.get(url);
      if (!store) {
        store = openStore(url, { poolSize: WORKER_POOL_SIZE, migrate: false });
        store.catch(() => stores.delete(url));
        stores.set(url, store);
      }
      return store;
    },
  });
  const answer = (m: FromWorker): void => {
    const transfer = m.ok ? transferList(m.value) : [];
    try {
      port.postMessage(m, transfer);
    } catch (e) {
      port.postMessage({ id: m.id, ok: false, error: toWire(e) } satisfies FromWorker);
    }
  };
  port.on('message', (m: ToWorker) => {
    if (m.type === 'answer') {
      asked.get(m.id)?.(m.ok);
      asked.delete(m.id);
      return;
    }
    if (m.type === 'close') {
      void Promise.allSettled([...stores.values()].map(async (s) => (await s).close())).then(() =>
        port.close(),
      );
      return;
    }
    setClock(clockFrom(m.clock, () => performance.now()));
    const task = Object.hasOwn(tasks, m.kind) ? tasks[m.kind] : undefined;
    void (async () => {
      try {
        if (!task) throw new Error(`no job of kind "${m.kind}"`);
        answer({ id: m.id, ok: true, value: await task(m.input as never, context(m.id, m.store)) });
      } catch (e) {
        answer({ id: m.id, ok: false, error: toWire(e) });
      }
    })();
  });
  port.postMessage({ type: 'ready' } satisfies ReadyMessage);
}
