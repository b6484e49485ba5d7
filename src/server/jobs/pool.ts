// The worker pool: heavy work (imports, Monte Carlo and Sobol runs, what-if searches, PDF reports)
// runs on a few worker threads so that the request thread keeps answering everyone else. Jobs wait
// in one bounded queue, first come first served, except that a user runs one job at a time and
// may have only a few in the pool; a job runs for a limited time; a job whose request goes away is
// dropped from the queue, or its worker stopped and replaced.

import type { Worker } from 'node:worker_threads';
import { clockState } from '../../core/clock.ts';
import { ApiError } from '../problem.ts';
import type { JobLimits } from './limits.ts';
import {
  fromWire,
  type AnswerMessage,
  type AskMessage,
  type CloseMessage,
  type FromWorker,
  type JobMessage,
  type ReadyMessage,
} from './protocol.ts';

/** Starts one worker thread that serves jobs (`serveJobs`). */
export type SpawnWorker = () => Worker;

/** Where a pool reports a worker it stopped or lost (the server's logger). */
export interface PoolLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** On whose behalf a job runs, and what ends it early. */
export interface RunOptions {
  /** The user the per-user limit counts the job against. */
  user: string;
  /** Aborted when the job is no longer wanted (the client went away): dropped or stopped. */
  signal?: AbortSignal;
  /** Buffers of the input to move to the worker rather than copy. */
  transfer?: ArrayBuffer[];
  /** Takes what the running job hands over (`TaskContext.ask`); the job waits until it returns. */
  onAsk?: (value: unknown) => void;
}

/** What the pool is doing, for tests and health checks. */
export interface PoolStats {
  /** Worker threads ready for jobs. */
  workers: number;
  /** Worker threads still loading. */
  starting: number;
  running: number;
  waiting: number;
  /** Jobs running or waiting, by user. */
  users: Record<string, number>;
}

interface Job {
  id: number;
  kind: string;
  input: unknown;
  transfer: ArrayBuffer[];
  user: string;
  onAsk: ((value: unknown) => void) | null;
  resolve(value: unknown): void;
  reject(e: unknown): void;
  /** Stops listening to the request's signal. */
  detach(): void;
}

interface Slot {
  worker: Worker | null;
  /** The worker has loaded its code and said so: jobs go only to a ready worker. */
  ready: boolean;
  job: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
  started: number;
}

/** Seconds to suggest in `Retry-After`: at least 1, at most 5 minutes. */
function seconds(ms: number): number {
  return Math.min(300, Math.max(1, Math.ceil(ms / 1000)));
}

/** A bounded pool of worker threads with a queue, per-user limits, a time limit and cancellation. */
export class JobPool {
  private readonly slots: Slot[];
  private readonly waiting: Job[] = [];
  /** Jobs running or waiting, by user. */
  private readonly held = new Map<string, number>();
  /** Users with a job running. */
  private readonly runningUsers = new Set<string>();
  private nextId = 1;
  /** The mean time a job has taken lately, ms (for `Retry-After`). */
  private meanMs = 2000;
  private closed = false;

  constructor(
    private readonly spawn: SpawnWorker,
    readonly limits: JobLimits,
    /** The URL of the store the jobs may open (`storeUrl`), or null. */
    private readonly store: string | null,
    private readonly log: PoolLog | null = null,
  ) {
    this.slots = Array.from({ length: limits.workers }, () => ({
      worker: null,
      ready: false,
      job: null,
      timer: null,
      started: 0,
    }));
  }

  /**
   * Runs `kind` on `input` in a worker and resolves with its result. Refused at once with 429
   * (`job.busy`) when the user already has `perUser` jobs, and with 503 (`job.queue-full`) when
   * `queue` jobs are waiting; both with a `Retry-After`.
   */
  run(kind: string, input: unknown, o: RunOptions): Promise<unknown> {
    if (this.closed)
      return Promise.reject(
        new ApiError(503, 'job.closing', 'the server is shutting down', null, [], 5),
      );
    if (o.signal?.aborted) return Promise.reject(cancelled());
    const mine = this.held.get(o.user) ?? 0;
    if (mine >= this.limits.perUser)
      return Promise.reject(
        new ApiError(
          429,
          'job.busy',
          `you have ${mine} heavy requests (imports, analyses, reports) running or waiting, the most one user may have; send this one when one of them has finished`,
          null,
          [],
          seconds(this.meanMs),
        ),
      );
    const startsNow = !this.runningUsers.has(o.user) && this.slots.some((s) => !s.job);
    if (!startsNow && this.waiting.length >= this.limits.queue)
      return Promise.reject(
        new ApiError(
          503,
          'job.queue-full',
          `${this.waiting.length} heavy requests are waiting for the server's ${this.limits.workers} worker thread(s), the most it queues; try again shortly`,
          null,
          [],
          seconds((this.meanMs * (this.waiting.length + 1)) / this.limits.workers),
        ),
      );
    return new Promise((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        kind,
        input,
        transfer: o.transfer ?? [],
        user: o.user,
        onAsk: o.onAsk ?? null,
        resolve,
        reject,
        detach: () => undefined,
      };
      const signal = o.signal;
      if (signal) {
        const onAbort = (): void => this.cancel(job);
        signal.addEventListener('abort', onAbort, { once: true });
        job.detach = () => signal.removeEventListener('abort', onAbort);
      }
      this.held.set(o.user, mine + 1);
      this.waiting.push(job);
      this.pump();
    });
  }

  /** What the pool is doing now. */
  stats(): PoolStats {
    return {
      workers: this.slots.filter((s) => s.worker && s.ready).length,
      starting: this.slots.filter((s) => s.worker && !s.ready).length,
      running: this.slots.filter((s) => s.job).length,
      waiting: this.waiting.length,
      users: Object.fromEntries(this.held),
    };
  }

  /**
   * Refuses new jobs, drops the waiting ones, stops the running ones, and ends the workers (each
   * closes its store connection first; one that does not end within a second is stopped).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.waiting.splice(0))
      this.settle(job, () =>
        job.reject(new ApiError(503, 'job.closing', 'the server is shutting down', null, [], 5)),
      );
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker;
        if (!worker) return;
        const ended = new Promise((resolve) => worker.once('exit', resolve));
        if (slot.job)
          this.stop(slot, new ApiError(503, 'job.closing', 'the server is shutting down'));
        else {
          slot.worker = null;
          worker.postMessage({ type: 'close' } satisfies CloseMessage);
        }
        const timer = setTimeout(() => void worker.terminate(), 1000);
        await ended;
        clearTimeout(timer);
      }),
    );
  }

  /**
   * Starts waiting jobs on idle workers, the oldest of a user with nothing running first; starts a
   * worker where there is none (a job waits while it loads, which the time limit does not count).
   */
  private pump(): void {
    for (const slot of this.slots) {
      if (this.closed || !this.waiting.length) return;
      if (slot.job) continue;
      if (!slot.worker) slot.worker = this.hire(slot);
      if (!slot.ready) continue;
      const i = this.waiting.findIndex((j) => !this.runningUsers.has(j.user));
      if (i < 0) return;
      this.start(slot, slot.worker, this.waiting.splice(i, 1)[0]!);
    }
  }

  private start(slot: Slot, worker: Worker, job: Job): void {
    slot.job = job;
    slot.started = performance.now();
    this.runningUsers.add(job.user);
    slot.timer = setTimeout(
      () =>
        this.stop(
          slot,
          new ApiError(
            504,
            'job.timeout',
            `the ${job.kind} job ran for more than ${this.limits.timeLimitMs / 1000} s, the most a job may run, and was stopped (a stopped import writes nothing); ask for less: fewer runs or samples, or a smaller file`,
          ),
        ),
      this.limits.timeLimitMs,
    );
    const message: JobMessage = {
      type: 'job',
      id: job.id,
      kind: job.kind,
      input: job.input,
      clock: clockState(),
      store: this.store,
    };
    job.input = null;
    worker.ref();
    try {
      worker.postMessage(message, job.transfer);
    } catch (e) {
      // The input cannot be cloned: a programming error, answered as one.
      this.release(slot);
      worker.unref();
      this.settle(job, () => job.reject(e));
      this.pump();
    }
  }

  /** A new worker for `slot`, not keeping the process alive while idle. */
  private hire(slot: Slot): Worker {
    const worker = this.spawn();
    slot.ready = false;
    worker.unref();
    worker.on('message', (m: FromWorker | ReadyMessage | AskMessage) => {
      if (slot.worker !== worker) return;
      if ('type' in m && m.type === 'ready') {
        slot.ready = true;
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      if ('type' in m) {
        let ok = !!job.onAsk;
        try {
          job.onAsk?.(m.value);
        } catch (err) {
          this.log?.error({ err, kind: job.kind }, 'a job’s question could not be answered');
          ok = false;
        }
        worker.postMessage({ type: 'answer', id: m.id, ok } satisfies AnswerMessage);
        return;
      }
      this.meanMs = 0.8 * this.meanMs + 0.2 * (performance.now() - slot.started);
      this.release(slot);
      worker.unref();
      this.settle(job, () => (m.ok ? job.resolve(m.value) : job.reject(fromWire(m.error))));
      this.pump();
    });
    const lost = (err: unknown): void => {
      if (slot.worker !== worker) return;
      this.log?.error({ err, kind: slot.job?.kind }, 'a worker thread ended unexpectedly');
      if (slot.ready) return this.stop(slot, new ApiError(500, 'internal'));
      // It did not even start: the waiting jobs fail rather than wait on a worker that never will.
      slot.worker = null;
      for (const job of this.waiting.splice(0)) this.settle(job, () => job.reject(err));
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the worker thread exited with code ${code}`)));
    return worker;
  }

  /** Ends the running job with `err`, stops its worker and starts another in its place. */
  private stop(slot: Slot, err: ApiError): void {
    const job = slot.job;
    const worker = slot.worker;
    slot.worker = null;
    if (job) {
      if (err.code === 'job.timeout' || err.code === 'internal')
        this.log?.warn({ kind: job.kind, user: job.user, code: err.code }, 'job stopped');
      this.release(slot);
      this.settle(job, () => job.reject(err));
    }
    void worker?.terminate();
    if (this.closed) return;
    // The replacement starts loading now, so that the next job need not wait for it.
    slot.worker = this.hire(slot);
    this.pump();
  }

  /** Drops a waiting job, or stops a running one, whose request went away. */
  private cancel(job: Job): void {
    const i = this.waiting.indexOf(job);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      this.settle(job, () => job.reject(cancelled()));
      this.pump();
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    if (slot) this.stop(slot, cancelled());
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.job) this.runningUsers.delete(slot.job.user);
    slot.job = null;
  }

  /** Counts the job out of its user's and hands over its outcome. */
  private settle(job: Job, outcome: () => void): void {
    job.detach();
    const left = (this.held.get(job.user) ?? 1) - 1;
    if (left > 0) this.held.set(job.user, left);
    else this.held.delete(job.user);
    outcome();
  }
}

function cancelled(): ApiError {
  return new ApiError(503, 'job.cancelled', 'the request went away before its job finished');
}
