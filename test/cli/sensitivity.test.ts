// `gapscope sensitivity` end to end on the bundled framework and the demo data.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/fixtures.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-sensitivity-'));
const demo = ['--data', repoPath('data/demo/zhejiang-demo.csv')];

const run = (...argv: string[]): Promise<CliRun> => runCli(argv);

describe('gapscope sensitivity', () => {
  it('--json prints first-order and total indices with intervals per choice', async () => {
    const file = join(dir, 'two.yaml');
    writeFileSync(
      file,
      'aggregate: [arithmetic, geometric]\nweights: { perturb: 0.3 }\nnormalise: [{ method: minmax, params: [1, 100] }]\n',
    );
    const r = await run(
      'sensitivity',
      ...demo,
      '--samples',
      '30',
      '--bootstrap',
      '20',
      '--spec',
      file,
      '--json',
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ samples: 30, runs: 150, bootstrap: 20 });
    expect(j.indices.map((c: { choice: string }) => c.choice)).toEqual([
      'normalise',
      'weights',
      'aggregate',
    ]);
    for (const c of j.indices) {
      expect(Object.keys(c)).toEqual([
        'choice',
        'first',
        'firstLow',
        'firstHigh',
        'total',
        'totalLow',
        'totalHigh',
      ]);
      expect(c.totalLow).toBeLessThanOrEqual(c.totalHigh);
    }
    // One normalisation alternative: no effect at all.
    expect(j.indices[0]).toMatchObject({ first: 0, total: 0 });
    const t = await run('sensitivity', ...demo, '--samples', '10', '--spec', file);
    expect(t.out).toMatch(/first order/);
  });
});
