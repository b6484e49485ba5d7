// The one clock of gapscope: every "now" and "today" the code reads comes from here, so that a
// test, a benchmark or a re-run of a past report can set it. Nothing else reads the system time.

/** A clock: milliseconds since 1970-01-01T00:00:00Z, like `Date.now()`. */
export type Clock = () => number;

/** The system's clock. */
export const systemClock: Clock = () => Date.now();

let current: Clock = systemClock;

/** Now, in milliseconds since the epoch, from the clock in force. */
export function nowMs(): number {
  return current();
}

/** Now as ISO 8601 UTC text with milliseconds (the store's time format). */
export function nowIso(): string {
  return new Date(current()).toISOString();
}

/**
 * Puts `clock` in force for the whole process and returns the clock it replaces, so that the
 * caller can put that one back.
 */
export function setClock(clock: Clock): Clock {
  const previous = current;
  current = clock;
  return previous;
}

/** Reads an ISO moment (`2025-11-30`, `2025-11-30T08:00:00+08:00`, …) into milliseconds. */
export function parseClockStart(text: string): number {
  const t = text.trim();
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
  if (!/^\d{4}-\d{2}-\d{2}/.test(t) || Number.isNaN(ms))
    throw new RangeError(
      `"${text}" is not a date or an ISO 8601 moment (e.g. 2025-11-30T10:00:00Z)`,
    );
  return ms;
}

/** The clocks made by `fixedClock`, which stand still. */
const standing = new WeakSet<Clock>();

/** A clock that always reads `at` (an ISO moment or milliseconds). */
export function fixedClock(at: string | number): Clock {
  const ms = typeof at === 'number' ? at : parseClockStart(at);
  const clock: Clock = () => ms;
  standing.add(clock);
  return clock;
}

/**
 * A clock that starts at `at` and then runs with real time (from the monotonic `elapsed`, in
 * milliseconds, e.g. `performance.now`). Time still moves forward, so records written one after
 * another keep their order, while the date is the one given.
 */
export function startedClock(at: string | number, elapsed: () => number): Clock {
  const start = typeof at === 'number' ? at : parseClockStart(at);
  const origin = elapsed();
  return () => start + Math.floor(elapsed() - origin);
}

/** The clock in force as data another thread can take up: its reading now, and whether it runs. */
export interface ClockState {
  /** Milliseconds since the epoch. */
  at: number;
  /** False for a `fixedClock`, which reads the same moment for ever. */
  running: boolean;
}

/** The clock in force, as `ClockState` (a worker thread puts it in force with `clockFrom`). */
export function clockState(): ClockState {
  return { at: current(), running: !standing.has(current) };
}

/**
 * The clock a `ClockState` describes: the same fixed moment, or one that starts at its reading and
 * runs on with `elapsed` (monotonic milliseconds, e.g. `performance.now`).
 */
export function clockFrom(state: ClockState, elapsed: () => number): Clock {
  return state.running ? startedClock(state.at, elapsed) : fixedClock(state.at);
}
