// `gapscope convergence` end to end on a small panel computed by hand.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/expect-close.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-convergence-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const run = (...argv: string[]): Promise<CliRun> => runCli(argv);

describe('gapscope convergence', () => {
  // ln x₀ = 1 … 4 and growth .05, .042, .028, .02 a year over 2015 → 2025 (see the core test):
  // b = −.0104, R² = 1 − 7.2e-6/.000548.
  const g = [0.05, 0.042, 0.028, 0.02];
  const rows = ['unit,period,value'];
  g.forEach((r, i) => {
    const x0 = Math.exp(i + 1);
    rows.push(
      `U${i},2015,${x0}`,
      `U${i},2020,${x0 * Math.exp(r * 5)}`,
      `U${i},2025,${x0 * Math.exp(r * 10)}`,
    );
  });
  const data = file('panel.csv', rows.join('\n') + '\n');

  it('--json prints sigma per period and beta', async () => {
    const r = await run('convergence', '--data', data, '--from', '2015', '--to', '2025', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.sigma.map((s: { period: string }) => s.period)).toEqual(['2015', '2020', '2025']);
    expectClose(j.sigma[0].value, Math.sqrt(1.25), 1e-12);
    expect(Object.keys(j.beta)).toEqual(['b', 'se', 't', 'r2', 'speed', 'halfLife', 'n']);
    expectClose(j.beta.b, -0.0104, 1e-9);
    expectClose(j.beta.r2, 1 - 7.2e-6 / 0.000548, 1e-6);
    expect(j.beta.n).toBe(4);
  });

  it('prints text', async () => {
    const r = await run('convergence', '--data', data, '--from', '2015', '--to', '2025');
    expect(r.out).toMatch(/β-convergence, 2015 → 2025 \(T = 10\.00 years, 4 units\)/);
    expect(r.out).toMatch(/half-life \d+\.\d years/);
  });

  it('fails naming the row for a non-positive value, and with fewer than three units', async () => {
    const bad = file('bad.csv', 'unit,period,value\nA,2015,1\nA,2025,-3\n');
    const r = await run('convergence', '--data', bad, '--from', '2015', '--to', '2025');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/row 3, column value: -3 must be > 0 \(convergence takes logarithms\)/);
    const two = file('two.csv', 'unit,period,value\nA,2015,1\nA,2025,2\nB,2015,2\nB,2025,3\n');
    const t = await run('convergence', '--data', two, '--from', '2015', '--to', '2025');
    expect(t.code).toBe(1);
    expect(t.err).toMatch(/at least 3 units with values in both periods/);
    const dup = file('dup.csv', 'unit,period,value\nA,2015,1\nA,2015,2\n');
    expect((await run('convergence', '--data', dup, '--from', '2015', '--to', '2025')).err).toMatch(
      /row 3, column unit: unit A, period 2015 is also in row 2/,
    );
    expect(
      (await run('convergence', '--data', data, '--from', '2025', '--to', '2015')).err,
    ).toMatch(/the second later/);
  });

  it('reads the long data layout with --indicator', async () => {
    const long = file(
      'long.csv',
      'unit,indicator,period,value\n' +
        rows
          .slice(1)
          .flatMap((r) => {
            const [u, p, v] = r.split(',');
            return [`${u},INC,${p},${v}`, `${u},POP,${p},1`];
          })
          .join('\n') +
        '\n',
    );
    const r = await run(
      'convergence',
      '--data',
      long,
      '--indicator',
      'INC',
      '--from',
      '2015',
      '--to',
      '2025',
      '--json',
    );
    expectClose(JSON.parse(r.out).beta.b, -0.0104, 1e-9);
  });
});
