// `gapscope gaps` end to end on the bundled framework, geography and demo data.

import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { repoPath } from '../helpers/fixtures.ts';

const run = (...argv: string[]): Promise<CliRun> => runCli(argv);

describe('gapscope gaps', () => {
  it('prints the three gaps of the latest year with the DEMO DATA banner', async () => {
    const r = await run('gaps', '--data', repoPath('data/demo/zhejiang-demo.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^DEMO DATA/);
    expect(r.out).toMatch(/The three gaps, 2025 \(change against 2024\); 90 county-level units/);
    expect(r.out).toMatch(/330000 浙江省: ratio 1\.81\d \(−0\.0\d\d\)/);
    expect(r.out).toMatch(/Region vs region/);
    expect(r.out).toMatch(/山区海岛县: mean \(22 units\)/);
    expect(r.out).toMatch(/middle-income households \d+\.\d %/);
  });

  it('--json has the summary’s names and the published Jan–Sep 2025 ratio', async () => {
    const r = await run(
      'gaps',
      '--data',
      repoPath('data/demo/zhejiang-demo.csv'),
      '--period',
      '2025Q3-ytd',
      '--json',
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual([
      'period',
      'compare',
      'level',
      'province',
      'units',
      'urbanRural',
      'regional',
      'groups',
      'membership',
      'income',
      'demo',
    ]);
    expect(j.membership).toBe('fixed');
    expect(j).toMatchObject({ period: '2025Q3-ytd', compare: '2024Q3-ytd', demo: true });
    // 《今日浙江》2025年第23期: 63,079 / 36,383 = 1.73.
    expect(j.urbanRural[0].province.ratio.value.toFixed(2)).toBe('1.73');
    expect(Object.keys(j.regional[0])).toEqual([
      'id',
      'name',
      'weighted',
      'n',
      'mean',
      'cv',
      'cvWeighted',
      'gini',
      'maxMin',
      'theilT',
      'groups',
    ]);
    expect(Object.keys(j.regional[0].gini)).toEqual(['value', 'yearEarlier', 'change']);
  });

  it('--membership own compares each year’s own group members, and says so', async () => {
    const data = ['--data', repoPath('data/demo/zhejiang-demo.csv')];
    const fixed = await run('gaps', ...data, '--period', '2025');
    expect(fixed.out).toMatch(/groups: 2025's members in both periods/);
    const own = await run('gaps', ...data, '--period', '2025', '--membership', 'own', '--json');
    const j = JSON.parse(own.out);
    expect(j.membership).toBe('own');
    const fixedJson = JSON.parse((await run('gaps', ...data, '--period', '2025', '--json')).out);
    // 25 members at the end of 2024, 22 at the end of 2025: the year-earlier means differ.
    expect(j.regional[0].groups[0].mean.yearEarlier).not.toBe(
      fixedJson.regional[0].groups[0].mean.yearEarlier,
    );
    const bad = await run('gaps', ...data, '--membership', 'latest');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--membership takes fixed or own; got "latest"/);
  });

  it('fails for a period the data do not have', async () => {
    const r = await run(
      'gaps',
      '--data',
      repoPath('data/demo/zhejiang-demo.csv'),
      '--period',
      '2015',
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the data have no period 2015/);
  });
});
