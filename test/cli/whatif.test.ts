// `gapscope whatif` end to end on the bundled framework and demo data.

import { describe, expect, it } from 'vitest';
import { parseSet } from '../../src/cli/commands/whatif.ts';
import { repoPath } from '../helpers/fixtures.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';

const demo = ['--data', repoPath('data/demo/zhejiang-demo.csv')];

const run = (...argv: string[]): Promise<CliRun> => runCli(argv);

describe('gapscope whatif', () => {
  it('--json prints the new score, rank and tier, the change and the lifts', async () => {
    const r = await run(
      'whatif',
      ...demo,
      '--unit',
      '330122',
      '--set',
      'C1=12',
      '--indicators',
      'C1,P1',
      '--json',
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ period: '2025', unit: '330122', demo: true });
    expect(j.changes).toEqual([{ unit: '330122', series: 'C1', from: 4.1, to: 12 }]);
    expect(j.after.score).toBeGreaterThan(j.before.score);
    expect(j.change.rank).toBe(j.before.rank - j.after.rank);
    expect(j.change.rank).toBeGreaterThan(0);
    expect(j.lifts.map((l: { indicator: string }) => l.indicator)).toEqual(['C1', 'P1']);
    const p1 = j.lifts[1];
    expect(p1).toMatchObject({ direction: -1, boundFrom: 'plausible' });
    expect(p1.rank.reachable).toBe(true);
    expect(p1.rank.rank).toBeLessThan(j.after.rank);
  });

  it('with the value it has, nothing moves', async () => {
    const r = await run(
      'whatif',
      ...demo,
      '--unit',
      '330122',
      '--set',
      'C1=4.1',
      '--no-lifts',
      '--json',
    );
    const j = JSON.parse(r.out);
    expect(j.after).toEqual(j.before);
    expect(j.change).toEqual({ score: 0, rank: 0, tier: 0 });
    expect(j.moved).toEqual([]);
    expect(j.lifts).toBeNull();
  });

  it('prints text, and clear errors for bad input', async () => {
    const r = await run(
      'whatif',
      ...demo,
      '--unit',
      '330122',
      '--set',
      'C1=12',
      '--indicators',
      'C1',
    );
    expect(r.out).toMatch(/rank 46 → \d+ \(\+\d+\)/);
    expect(r.out).toMatch(/one rank up/);
    expect((await run('whatif', ...demo)).err).toMatch(/needs --unit/);
    expect((await run('whatif', ...demo, '--unit', '999999', '--no-lifts')).err).toMatch(/999999/);
    expect((await run('whatif', ...demo, '--unit', '330122', '--set', 'C1')).err).toMatch(
      /SERIES=VALUE/,
    );
  });

  it('parses SERIES=VALUE and UNIT:SERIES=VALUE', () => {
    expect(parseSet('C1=5.5', 'U')).toEqual({ unit: 'U', series: 'C1', value: 5.5 });
    expect(parseSet('330102:P1=1.2', 'U')).toEqual({ unit: '330102', series: 'P1', value: 1.2 });
    expect(() => parseSet('C1=x', 'U')).toThrow(/number/);
    expect(() => parseSet('C1=1', undefined)).toThrow(/--unit/);
  });
});
