// The process's clock from its environment: the system's, or, when GAPSCOPE_NOW holds a moment,
// one that starts there and runs on — for tests, and for re-running a report as of a past day.

import { setClock, startedClock } from '../core/clock.ts';

/** Puts GAPSCOPE_NOW's clock in force when it is set; throws a one-line error when it is not a moment. */
export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const at = env.GAPSCOPE_NOW?.trim();
  if (!at) return;
  try {
    setClock(startedClock(at, () => performance.now()));
  } catch (e) {
    throw new Error(`GAPSCOPE_NOW: ${(e as Error).message}`, { cause: e });
  }
}
