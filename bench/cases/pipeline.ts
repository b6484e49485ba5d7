// The evaluation pipeline at the sizes of SPEC §4, on the bundled demo data and on COINr's ASEM.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFramework } from '../../src/core/framework/parse.ts';
import { evaluate } from '../../src/core/pipeline/evaluate.ts';
import { BUNDLED } from '../../src/ingest/bundled.ts';
import { loadGeography } from '../../src/ingest/geography.ts';
import { loadEvaluationFiles } from '../../src/ingest/load-evaluation-inputs.ts';
import { nodeHasher } from '../../src/node/hasher.ts';
import { syntheticData } from '../fixtures.ts';
import { mb, median, ms, time, type BenchRow } from '../harness.ts';

const here = (f: string): string => fileURLToPath(new URL(f, import.meta.url));

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const framework = parseFramework(
    readFileSync(BUNDLED.framework, 'utf8'),
    'zhejiang-default.yaml',
  );
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
  {
    const files = await loadEvaluationFiles({
      framework: BUNDLED.framework,
      data: BUNDLED.demoData,
    });
    const counties = loadGeography()
      .units.filter((u) => u.level === 'county')
      .map((u) => u.code);
    const t = time(
      () =>
        evaluate({
          framework: files.framework,
          data: files.data,
          units: counties,
          hasher: nodeHasher,
        }),
      100,
      10,
    );
    rows.push({
      work: 'full pipeline, bundled demo data (90 counties × 18 × 10 years)',
      target: '—',
      median: ms(t.median),
      detail: `min ${ms(t.min)}`,
      pass: null,
    });
  }
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
  {
    const files = await loadEvaluationFiles({
      framework: here('../../examples/coinr-asem/ASEM_iMeta.csv'),
      data: here('../../examples/coinr-asem/ASEM_iData.csv'),
      pipeline: here('../../examples/coinr-asem/pipeline.yaml'),
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
      pass: null,
    });
  }
  {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', here('../pipeline-large.ts'), '500000', '5'],
      { encoding: 'utf8' },
    );
    const r = JSON.parse(out.trim().split('\n').pop()!) as {
      times: number[];
      rssBefore: number;
      peakRss: number;
    };
    const own = r.peakRss - r.rssBefore;
    rows.push({
      work: 'full pipeline, 500,000 units × 18 indicators',
      target: '< 1 s, < 500 MB',
      median: ms(median(r.times)),
      detail: `${mb(own)} above the process's RSS before evaluating (peak RSS ${mb(r.peakRss)} with the input data)`,
      pass: median(r.times) < 1000 && own < 500 * 2 ** 20,
    });
  }
  return rows;
}
