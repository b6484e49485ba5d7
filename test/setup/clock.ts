// Every test runs on a set clock: it starts at GAPSCOPE_NOW (vitest.config.ts sets it, so the
// commands that tests start as processes read the same moment) and runs on from there. No test
// depends on the day the suite happens to run.

import { setClock, startedClock } from '../../src/core/clock.ts';

const start = process.env.GAPSCOPE_NOW;
if (!start) throw new Error('GAPSCOPE_NOW is not set: vitest.config.ts sets the tests’ clock');
setClock(startedClock(start, () => performance.now()));
