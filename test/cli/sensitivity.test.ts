// `gapscope sensitivity` end to end on the bundled framework and the demo data.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { repoPath } from '../helpers/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-sensitivity-'));
const demo = ['--data', repoPath('data/demo/zhejiang-demo.csv')];

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    user: 'tester',
  });
  return { code, out, err };
}

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
