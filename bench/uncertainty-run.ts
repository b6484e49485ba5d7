// Runs 10,000 Monte Carlo replications and a Sobol analysis on 90 × 18 in a process of its own
// (as `gapscope uncertainty` runs) and prints the times as JSON, so that no other benchmark's
// heap weighs on these allocation-heavy loops.

import { readFileSync } from 'node:fs';
import { parseFramework } from '../src/core/framework/parse.ts';
import { uncertainty } from '../src/core/uncertainty/montecarlo.ts';
import { sensitivity } from '../src/core/uncertainty/sobol.ts';
import { DEFAULT_SPEC, parseSpec } from '../src/core/uncertainty/spec.ts';
import { BUNDLED } from '../src/ingest/bundled.ts';
import { nodeHasher } from '../src/node/hasher.ts';
import { syntheticData } from './fixtures.ts';

const runs = Number(process.argv[2] ?? 5);
const framework = parseFramework(readFileSync(BUNDLED.framework, 'utf8'), 'zhejiang-default.yaml');
const input = { framework, data: syntheticData(framework, 90, 10, 1), hasher: nodeHasher };
const spec = parseSpec(DEFAULT_SPEC);
const timed = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
let failed = 0;
const mc = Array.from({ length: runs + 1 }, () =>
  timed(() => void (failed = uncertainty(input, spec, { runs: 10_000, seed: 1 }).failed.length)),
).slice(1);
const sobol = Array.from({ length: 3 }, () =>
  timed(() => void sensitivity(input, spec, { samples: 1000, seed: 1 })),
).slice(1);
process.stdout.write(JSON.stringify({ mc, sobol, failed }) + '\n');
