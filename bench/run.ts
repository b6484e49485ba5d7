// `npm run bench`: measures the SPEC §4 targets this build covers and writes bench/RESULTS.md with
// the figures and the machine they were measured on.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseFramework } from '../src/core/framework/parse.ts';
import { evaluate } from '../src/core/pipeline/evaluate.ts';
import { SOFTWARE } from '../src/core/version.ts';
import { BUNDLED } from '../src/ingest/bundled.ts';
import { loadEvaluationFiles } from '../src/ingest/load-evaluation-inputs.ts';
import { nodeHasher } from '../src/node/hasher.ts';
import { syntheticData } from './fixtures.ts';

const here = (f: string): string => fileURLToPath(new URL(f, import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median wall time in ms of `runs` calls after `warm` warm-up calls. */
function time(
  f: () => void,
  runs: number,
  warm = 3,
): { median: number; min: number; runs: number } {
  for (let i = 0; i < warm; i++) f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return { median: median(t), min: Math.min(...t), runs };
}

interface Row {
  work: string;
  target: string;
  median: string;
  detail: string;
  pass: boolean;
}

const rows: Row[] = [];
const framework = parseFramework(readFileSync(BUNDLED.framework, 'utf8'), 'zhejiang-default.yaml');
const ms = (v: number): string => (v < 10 ? v.toFixed(2) : v.toFixed(1)) + ' ms';

// Full pipeline, 90 units × 18 indicators × 10 periods (every period evaluated).
{
  const data = syntheticData(framework, 90, 10, 1);
  const t = time(() => evaluate({ framework, data, hasher: nodeHasher }), 200, 20);
  rows.push({
    work: 'full pipeline, 90 units × 18 indicators × 10 periods',
    target: '< 5 ms',
    median: ms(t.median),
    detail: `min ${ms(t.min)}, ${t.runs} runs`,
    pass: t.median < 5,
  });
}
// The same on the bundled demo data (real shape: missing values, outliers, denominators).
{
  const files = await loadEvaluationFiles({ framework: BUNDLED.framework, data: BUNDLED.demoData });
  const t = time(
    () => evaluate({ framework: files.framework, data: files.data, hasher: nodeHasher }),
    100,
    10,
  );
  rows.push({
    work: 'full pipeline, bundled demo data (all units and periods of the file)',
    target: '—',
    median: ms(t.median),
    detail: `${files.data.units.length} units × ${files.data.periods.length} periods in the file; min ${ms(t.min)}`,
    pass: true,
  });
}
// Full pipeline, 2,844 units × 18.
{
  const data = syntheticData(framework, 2844, 1, 2);
  const t = time(() => evaluate({ framework, data, hasher: nodeHasher }), 100, 10);
  rows.push({
    work: 'full pipeline, 2,844 units × 18 indicators',
    target: '< 20 ms',
    median: ms(t.median),
    detail: `min ${ms(t.min)}, ${t.runs} runs`,
    pass: t.median < 20,
  });
}
// COINr's ASEM example (51 × 49, four levels).
{
  const files = await loadEvaluationFiles({
    framework: here('../examples/coinr-asem/ASEM_iMeta.csv'),
    data: here('../examples/coinr-asem/ASEM_iData.csv'),
    pipeline: here('../examples/coinr-asem/pipeline.yaml'),
  });
  const t = time(
    () =>
      evaluate({
        framework: files.framework,
        data: files.data,
        config: files.config,
        hasher: nodeHasher,
      }),
    200,
    20,
  );
  rows.push({
    work: 'COINr ASEM example, 51 units × 49 indicators, 4 levels',
    target: '(COINr ≈ 60 ms)',
    median: ms(t.median),
    detail: `min ${ms(t.min)}`,
    pass: true,
  });
}
// Full pipeline, 500,000 units × 18, in its own process for the memory figure.
{
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', here('pipeline-large.ts'), '500000', '5'],
    { encoding: 'utf8' },
  );
  const r = JSON.parse(out.trim().split('\n').pop()!) as {
    times: number[];
    rssBefore: number;
    peakRss: number;
  };
  const mb = (b: number): string => `${Math.round(b / 2 ** 20)} MB`;
  const own = r.peakRss - r.rssBefore;
  rows.push({
    work: 'full pipeline, 500,000 units × 18 indicators',
    target: '< 1 s, < 500 MB',
    median: ms(median(r.times)),
    detail: `peak RSS ${mb(r.peakRss)} for the whole process (input data included); ${mb(own)} above the RSS before evaluating`,
    pass: median(r.times) < 1000 && own < 500 * 2 ** 20,
  });
}

const cpus = os.cpus();
const report = `# Benchmark results

Written by \`npm run bench\` (${new Date().toISOString().slice(0, 10)}). Medians of repeated runs after
warm-up; wall-clock time in one Node.js process. Each pipeline run is the whole of
\`evaluate()\` with the default pipeline (denominate → impute → screen → winsorise → min–max →
expert weights → arithmetic, ranks and tiers of the index, coupling over the domains, and the
SHA-256 provenance hash of all inputs) on the bundled 4 × 18 framework; data are synthetic
(log-normal, 2 % missing, seed fixed) unless said.

| work | target | median | detail | meets target |
|---|---|---|---|---|
${rows.map((r) => `| ${r.work} | ${r.target} | ${r.median} | ${r.detail} | ${r.pass ? 'yes' : '**no**'} |`).join('\n')}

Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM,
${os.type()} ${os.release()} ${os.arch()}; Node.js ${process.version}; ${SOFTWARE.name} ${SOFTWARE.version}.
`;
writeFileSync(here('RESULTS.md'), report);
process.stdout.write(report);
