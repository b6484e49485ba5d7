// What the request thread and a worker thread say to each other: a job (its kind, its input, the
// clock to keep and the store to open), its result or its error, and the word to close.

import type { ClockState } from '../../core/clock.ts';
import { formatLocation, GapscopeError, type ErrorLocation } from '../../core/errors.ts';
import { ApiError } from '../problem.ts';

/** A job for a worker: one at a time per worker. */
export interface JobMessage {
  type: 'job';
  id: number;
  kind: string;
  input: unknown;
  /** The request thread's clock when the job started, so that a set clock holds in the worker. */
  clock: ClockState;
  /** The URL that opens the server's store (a worker opens its own connection); null: none. */
  store: string | null;
}

/** Tells a worker to close its store connection and end. */
export interface CloseMessage {
  type: 'close';
}

/** The request thread's answer to a job's question (`TaskContext.ask`). */
export interface AnswerMessage {
  type: 'answer';
  id: number;
  ok: boolean;
}

export type ToWorker = JobMessage | CloseMessage | AnswerMessage;

/** Sent once by a worker when its code is loaded: it takes jobs from then on. */
export interface ReadyMessage {
  type: 'ready';
}

/** A job's outcome, from the worker. */
export type FromWorker =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** A running job hands the request thread something and waits for its answer. */
export interface AskMessage {
  type: 'ask';
  id: number;
  value: unknown;
}

/** An error as structured clone carries it: the API's and the domain's keep their code and details. */
export type WireError =
  | {
      kind: 'api';
      status: ApiError['status'];
      code: string;
      detail: string;
      field: string | null;
      details: string[];
      retryAfter: number | null;
    }
  | { kind: 'gapscope'; code: string; message: string; location: ErrorLocation; details: string[] }
  | { kind: 'other'; name: string; message: string; stack: string };

/** Any thrown value as a `WireError`. */
export function toWire(e: unknown): WireError {
  if (e instanceof ApiError)
    return {
      kind: 'api',
      status: e.status,
      code: e.code,
      detail: e.detail,
      field: e.field,
      details: [...e.details],
      retryAfter: e.retryAfter,
    };
  if (e instanceof GapscopeError) {
    const prefix = formatLocation(e.location);
    const message = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
    return {
      kind: 'gapscope',
      code: e.code,
      message,
      location: { ...e.location },
      details: [...e.details],
    };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return { kind: 'other', name: err.name, message: err.message, stack: err.stack ?? '' };
}

/** The error a `WireError` stands for, as the request thread throws it. */
export function fromWire(w: WireError): Error {
  if (w.kind === 'api')
    return new ApiError(w.status, w.code, w.detail, w.field, w.details, w.retryAfter);
  if (w.kind === 'gapscope') return new GapscopeError(w.code, w.message, w.location, w.details);
  const err = new Error(`in a worker thread: ${w.message}`);
  err.name = w.name;
  err.stack = `${w.name}: in a worker thread: ${w.message}\n${w.stack.split('\n').slice(1).join('\n')}`;
  return err;
}

/**
 * What to transfer rather than copy with `value`: the memory of a byte array that owns it whole
 * (a PDF, an XLSX), so that it moves between threads without a copy.
 */
export function transferList(value: unknown): ArrayBuffer[] {
  return value instanceof Uint8Array &&
    value.buffer instanceof ArrayBuffer &&
    value.byteOffset === 0 &&
    value.byteLength === value.buffer.byteLength
    ? [value.buffer]
    : [];
}
