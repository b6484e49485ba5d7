// How much heavy work the server takes on at once: worker threads, jobs waiting, jobs per user and
// how long one may run (docs/SECURITY.md § Heavy work). The numbers are sized for a 2-core server.

import { availableParallelism } from 'node:os';
import { GapscopeError } from '../../core/errors.ts';

/** The limits of the worker pool. */
export interface JobLimits {
  /** Worker threads: the cores less the one the requests are answered on, at least 1. */
  workers: number;
  /** Jobs one user may have running or waiting at once; one of them runs at a time. */
  perUser: number;
  /** Jobs waiting for a worker, all users together; past it the server answers 503. */
  queue: number;
  /** Longest a job may run, ms; then its worker is stopped and replaced. */
  timeLimitMs: number;
}

/** The limits besides the number of workers. */
export const DEFAULT_JOB_LIMITS: Omit<JobLimits, 'workers'> = {
  perUser: 3,
  queue: 32,
  timeLimitMs: 45_000,
};

/** The most worker threads the server starts, whatever it is told. */
export const MAX_WORKERS = 64;

/** The cores less one for the request thread, at least 1. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A worker count from its text (GAPSCOPE_WORKERS, `serve --workers`): an integer from 1 to 64. */
export function parseWorkers(text: string, name: string): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS)
    throw new GapscopeError(
      'server.workers',
      `${name} takes a number of worker threads from 1 to ${MAX_WORKERS}; got "${text}"`,
    );
  return n;
}

/** The limits in force: those given, else GAPSCOPE_WORKERS for the workers, else the defaults. */
export function jobLimits(
  given: Partial<JobLimits> = {},
  env: NodeJS.ProcessEnv = process.env,
): JobLimits {
  const fromEnv = env.GAPSCOPE_WORKERS?.trim();
  return {
    ...DEFAULT_JOB_LIMITS,
    workers: fromEnv ? parseWorkers(fromEnv, 'GAPSCOPE_WORKERS') : defaultWorkers(),
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
  };
}
