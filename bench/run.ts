// `npm run bench`: measures the SPEC §4 targets and writes bench/RESULTS.md with the figures and
// the machine they were measured on. Each file in bench/cases/ adds its rows. `npm run bench --
// startup api` runs only the cases named and prints their rows without touching RESULTS.md.

import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { SOFTWARE } from '../src/core/version.ts';
import * as api from './cases/api.ts';
import * as inequality from './cases/inequality.ts';
import * as jobs from './cases/jobs.ts';
import * as pipeline from './cases/pipeline.ts';
import * as startup from './cases/startup.ts';
import * as store from './cases/store.ts';
import * as targets from './cases/targets.ts';
import * as uncertainty from './cases/uncertainty.ts';
import * as web from './cases/web.ts';
import type { BenchRow } from './harness.ts';

const cases: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'pipeline', run: pipeline.run },
  { name: 'inequality', run: inequality.run },
  { name: 'targets', run: targets.run },
  { name: 'store', run: store.run },
  { name: 'uncertainty', run: uncertainty.run },
  { name: 'api', run: api.run },
  { name: 'jobs', run: jobs.run },
  { name: 'web', run: web.run },
  { name: 'startup', run: startup.run },
];

const only = process.argv.slice(2);
const unknown = only.filter((n) => !cases.some((c) => c.name === n));
if (unknown.length) {
  process.stderr.write(
    `bench: no case ${unknown.join(', ')}; the cases: ${cases.map((c) => c.name).join(', ')}\n`,
  );
  process.exit(2);
}

const rows: BenchRow[] = [];
for (const c of only.length ? cases.filter((c) => only.includes(c.name)) : cases) {
  process.stderr.write(`bench: ${c.name}…\n`);
  rows.push(...(await c.run()));
}

const cpus = os.cpus();
// What a run cannot measure itself (a fresh install, say) is measured by hand and kept here.
const byHand = readFileSync(fileURLToPath(new URL('BY-HAND.md', import.meta.url)), 'utf8');
const report = `# Benchmark results

Written by \`npm run bench\` (${new Date().toISOString().slice(0, 10)}). Medians of repeated runs after
warm-up, wall-clock time. A pipeline run is the whole of \`evaluate()\` with the default pipeline
(denominate → impute → screen → winsorise → min–max → expert weights → arithmetic, ranks and
tiers, coupling over the domains, the SHA-256 provenance hash of all inputs) on the bundled
4 × 18 framework; data are synthetic (log-normal, 2 % missing, fixed seed) unless said.

| work | target | median | detail | meets target |
|---|---|---|---|---|
${rows.map((r) => `| ${r.work} | ${r.target} | ${r.median} | ${r.detail} | ${r.pass === null ? '—' : r.pass ? 'yes' : '**no**'} |`).join('\n')}

Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM,
${os.type()} ${os.release()} ${os.arch()}; Node.js ${process.version}; ${SOFTWARE.name} ${SOFTWARE.version}.

${byHand}`;
// A partial run would leave RESULTS.md without the other cases' rows.
if (!only.length) writeFileSync(fileURLToPath(new URL('RESULTS.md', import.meta.url)), report);
process.stdout.write(report);
