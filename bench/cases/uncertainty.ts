// Levers and confidence at the size of SPEC §4: Monte Carlo replications and Sobol runs on 90 × 18
// (in a process of their own), the what-if round trip and the search for the improvements that
// lift a unit.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lifts, whatIf } from '../../src/core/diagnostics/whatif.ts';
import { parseFramework } from '../../src/core/framework/parse.ts';
import { evaluate } from '../../src/core/pipeline/evaluate.ts';
import { BUNDLED } from '../../src/ingest/bundled.ts';
import { nodeHasher } from '../../src/node/hasher.ts';
import { syntheticData } from '../fixtures.ts';
import { median, ms, time, type BenchRow } from '../harness.ts';

const here = (f: string): string => fileURLToPath(new URL(f, import.meta.url));

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', here('../uncertainty-run.ts'), '5'],
      { encoding: 'utf8' },
    );
    const r = JSON.parse(out.trim().split('\n').pop()!) as {
      mc: number[];
      sobol: number[];
      failed: number;
    };
    const m = median(r.mc);
    rows.push({
      work: 'Monte Carlo, 10,000 replications, 90 units × 18 indicators (10 years of data)',
      target: '< 2 s',
      median: ms(m),
      detail: `default spec (imputation, winsorisation on/off and limit, normalisation, weights ±25 %, aggregation); one thread, as in a browser worker; ${ms(m / 10_000)} per replication; min ${ms(Math.min(...r.mc))}, ${r.mc.length} runs after a warm-up${r.failed ? `; ${r.failed} failed replications` : ''}`,
      pass: m < 2000,
    });
    rows.push({
      work: 'Sobol indices, N = 1,000 (8,000 runs), 90 × 18',
      target: '—',
      median: ms(median(r.sobol)),
      detail: `default spec, 100 bootstrap resamples; min ${ms(Math.min(...r.sobol))}`,
      pass: null,
    });
  }
  {
    const framework = parseFramework(
      readFileSync(BUNDLED.framework, 'utf8'),
      'zhejiang-default.yaml',
    );
    const data = syntheticData(framework, 90, 10, 1);
    const input = { framework, data, hasher: nodeHasher };
    const before = evaluate({ ...input, provenance: false });
    const unit = data.units[44]!;
    let k = 0;
    const t = time(
      () => void whatIf(input, [{ unit, series: 'C1', value: 4 + (k++ % 7) }], { before }),
      300,
      30,
    );
    rows.push({
      work: 'what-if round trip: one changed value → every unit’s new score, rank and tier',
      target: '—',
      median: ms(t.median),
      detail: `90 × 18 × 10 years, the nominal result given; min ${ms(t.min)}`,
      pass: null,
    });
    const l = time(() => void lifts(input, unit, { before }), 5, 1);
    rows.push({
      work: 'what-if search: the smallest lift by one rank and one tier, all 18 indicators',
      target: '—',
      median: ms(l.median),
      detail: `one unit, 8-point grid then bisection to 1e-6 of the range; min ${ms(l.min)}`,
      pass: null,
    });
  }
  return rows;
}
