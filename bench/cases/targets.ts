// Will the targets be met: progress flags and damped-trend forecasts with their rolling-origin
// backtests, for the province, 11 cities and 90 counties × 18 indicators of the bundled demo data.

import { assessTargets, type TargetsInput } from '../../src/core/targets/assess.ts';
import { BUNDLED } from '../../src/ingest/bundled.ts';
import { loadGeography } from '../../src/ingest/geography.ts';
import { loadEvaluationFiles } from '../../src/ingest/load-evaluation-inputs.ts';
import { ms, time, type BenchRow } from '../harness.ts';

export async function run(): Promise<BenchRow[]> {
  const geography = loadGeography();
  const files = await loadEvaluationFiles({
    framework: BUNDLED.framework,
    data: BUNDLED.demoData,
    knownUnits: new Set(geography.units.map((u) => u.code)),
  });
  const input: TargetsInput = { framework: files.framework, data: files.data, geography };
  const all = time(() => void assessTargets(input), 10, 2);
  const county = time(() => void assessTargets({ ...input, levels: ['county'] }), 10, 2);
  const size = JSON.stringify(assessTargets(input)).length;
  return [
    {
      work: 'targets: flags and forecasts, province + 11 cities + 90 counties × 18 indicators, 10 years',
      target: '< 500 ms',
      median: ms(all.median),
      detail: `one thread; 36 pooled grid fits (1,100 points × 7 origins) with their backtests; the county level alone ${ms(county.median)}; ${Math.round(size / 1024)} KB of JSON; min ${ms(all.min)}, ${all.runs} runs`,
      pass: all.median < 500,
    },
  ];
}
