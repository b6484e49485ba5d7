// Tests that happen on a given day: the process's clock set to a moment for the length of a call.

import { setClock, startedClock } from '../../src/core/clock.ts';

/** Runs `fn` with the clock started at `at` (an ISO moment); puts the previous clock back after. */
export async function onDay<T>(at: string, fn: () => Promise<T>): Promise<T> {
  const previous = setClock(startedClock(at, () => performance.now()));
  try {
    return await fn();
  } finally {
    setClock(previous);
  }
}
