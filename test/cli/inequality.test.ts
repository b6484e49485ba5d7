// `gapscope inequality` end to end on small files and PySAL's Mexico data.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/expect-close.ts';
import { repoPath } from '../helpers/fixtures.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-inequality-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const run = (...argv: string[]): Promise<CliRun> => runCli(argv);

const mexico = repoPath('test/fixtures/inequality/mexico.csv');

describe('gapscope inequality', () => {
  it('--json prints every measure under the documented names', async () => {
    const r = await run(
      'inequality',
      '--data',
      mexico,
      '--value',
      'pcgdp1940',
      '--group',
      'hanson98',
      '--json',
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual([
      'n',
      'mean',
      'gini',
      'theilT',
      'theilL',
      'cv',
      'cvWeighted',
      'maxMin',
      's80s20',
      'palma',
      'groups',
    ]);
    expect(j.n).toBe(32);
    // PySAL inequality tests: Gini 0.35372371173452849; Theil T .20894344, between (hanson98) .0345889.
    expectClose(j.gini, 0.35372371173452849, 1e-15);
    expectClose(j.theilT.total, 0.20894344, 5e-9);
    expectClose(j.theilT.between, 0.0345889, 5e-8);
    expectClose(j.theilT.between + j.theilT.within, j.theilT.total, 1e-15);
    expect(Object.keys(j.theilL)).toEqual(['total', 'between', 'within']);
    expect(Object.keys(j.groups[0])).toEqual([
      'group',
      'n',
      'mean',
      'populationShare',
      'incomeShare',
      'relativeLevel',
    ]);
    expect(j.groups.reduce((a: number, g: { n: number }) => a + g.n, 0)).toBe(32);
  });

  it('weights, and --lorenz adds the curve’s points', async () => {
    // x = (4, 1, 2), p = (1, 1, 2): Gini 0.25 (the Gini of 1, 2, 2, 4); S80/S20 from the curve.
    const data = file('w.csv', 'income,people\n4,1\n1,1\n2,2\n');
    const r = await run(
      'inequality',
      '--data',
      data,
      '--value',
      'income',
      '--weight',
      'people',
      '--lorenz',
      '--json',
    );
    const j = JSON.parse(r.out);
    expectClose(j.gini, 0.25, 1e-15);
    expectClose(j.mean, 9 / 4, 1e-15);
    expect(j.theilT.between).toBeNull();
    expect(j.groups).toBeUndefined();
    expect(j.lorenz).toHaveLength(4);
    expect(j.lorenz[1]).toEqual({ population: 0.25, income: 1 / 9 });
  });

  it('--middle adds the low, middle and high shares', async () => {
    const data = file('m.csv', 'pc\n30000\n40000\n200000\n');
    const r = await run(
      'inequality',
      '--data',
      data,
      '--value',
      'pc',
      '--middle',
      '100000,500000',
      '--json',
    );
    expect(JSON.parse(r.out).incomeGroups).toMatchObject({
      low: 1 / 3,
      middle: 1 / 3,
      lower: 100000,
      householdSize: 3,
    });
  });

  it('prints text by default', async () => {
    const r = await run('inequality', '--data', mexico, '--value', 'pcgdp2000');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^n\s+32$/m);
    expect(r.out).toMatch(/^gini\s+0\.\d{6}$/m);
  });

  it('--groups reads share,mean and prints gini and topBottomRatio', async () => {
    // Quintiles of 1 … 10: Gini 16/55, top/bottom 9.5/1.5.
    const data = file('q.csv', 'share,mean\n0.2,1.5\n0.2,3.5\n0.2,5.5\n0.2,7.5\n0.2,9.5\n');
    const r = await run('inequality', '--groups', data, '--json');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['gini', 'topBottomRatio']);
    expectClose(j.gini, 16 / 55, 1e-15);
    expectClose(j.topBottomRatio, 9.5 / 1.5, 1e-15);
  });

  it('fails naming the row and the rule for a non-positive value or weight, or a missing label', async () => {
    const zero = await run(
      'inequality',
      '--data',
      file('z.csv', 'x,w,g\n3,1,a\n0,1,a\n'),
      '--value',
      'x',
    );
    expect(zero.code).toBe(1);
    expect(zero.err).toMatch(
      /z\.csv: .*row 3, column x: 0 must be > 0 \(Theil L takes logarithms/s,
    );
    const w = await run(
      'inequality',
      '--data',
      file('zw.csv', 'x,w\n3,1\n4,-1\n'),
      '--value',
      'x',
      '--weight',
      'w',
    );
    expect(w.code).toBe(1);
    expect(w.err).toMatch(/row 3, column w: -1 must be > 0 \(a weight is a population/);
    const g = await run(
      'inequality',
      '--data',
      file('zg.csv', 'x,g\n3,a\n4,\n'),
      '--value',
      'x',
      '--group',
      'g',
    );
    expect(g.code).toBe(1);
    expect(g.err).toMatch(
      /row 3, column g: no label: a decomposition needs every record in a group/,
    );
    const col = await run('inequality', '--data', mexico, '--value', 'gdp');
    expect(col.err).toMatch(/--value names the column "gdp", which the file does not have/);
    const q = await run('inequality', '--groups', file('zq.csv', 'share,mean\n0.5,0\n0.5,2\n'));
    expect(q.code).toBe(1);
    expect(q.err).toMatch(/row 2, column mean: 0 must be > 0/);
  });
});
