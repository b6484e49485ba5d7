// Runs the pipeline on 500,000 units × 18 indicators in a process of its own and prints its time
// and memory as JSON, so the memory figure is this job's alone.

import { readFileSync } from 'node:fs';
import { parseFramework } from '../src/core/framework/parse.ts';
import { evaluate } from '../src/core/pipeline/evaluate.ts';
import { BUNDLED } from '../src/ingest/bundled.ts';
import { nodeHasher } from '../src/node/hasher.ts';
import { syntheticData } from './fixtures.ts';

const units = Number(process.argv[2] ?? 500_000);
const runs = Number(process.argv[3] ?? 5);
const framework = parseFramework(readFileSync(BUNDLED.framework, 'utf8'), 'zhejiang-default.yaml');
const data = syntheticData(framework, units, 1, 7);
const rssBefore = process.memoryUsage().rss;
const times: number[] = [];
// Collect the previous run's garbage first (with --expose-gc), so the peak is one evaluation's.
const gc = (globalThis as { gc?: () => void }).gc;
for (let r = 0; r < runs; r++) {
  gc?.();
  const t0 = performance.now();
  const ev = evaluate({ framework, data, hasher: nodeHasher });
  // Read what a user reads: the ranks of every aggregate level.
  for (let k = ev.tree.nIndicators; k < ev.tree.ids.length; k++) ev.periods[0]!.rank(k);
  times.push(performance.now() - t0);
}
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ units, times, rssBefore, peakRss }) + '\n');
