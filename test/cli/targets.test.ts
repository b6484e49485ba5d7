// `gapscope targets` end to end on the bundled framework, geography and demo data, from the files and
// from a demo store: every unit × indicator with its flag, r, forecast and probability.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { repoPath } from '../helpers/fixtures.ts';

const run = (...argv: string[]): Promise<CliRun> => runCli(argv);
const DEMO = repoPath('data/demo/zhejiang-demo.csv');

interface Row {
  unit: string;
  level: string;
  indicator: string;
  target: { year: number; value: number } | null;
  progress: { flag: string | null; ratio: number | null; required: number | null };
  forecast: { year: number; mean: number; probability: number | null } | null;
}

describe('gapscope targets', () => {
  it('prints the province’s flags, r, forecasts and probabilities with the DEMO DATA banner', async () => {
    const r = await run('targets', '--data', DEMO, '--level', 'province');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^DEMO DATA/);
    expect(r.out).toMatch(
      /Progress towards targets, 2025 \(base year 2016, thresholds statcan\); forecasts to the target year, else 2027/,
    );
    expect(r.out).toMatch(/province: models and intervals pooled from the county level/);
    const lines = r.out.split('\n').filter((l) => l.startsWith('330000'));
    expect(lines).toHaveLength(18);
    // The income ratio: 1.81 in 2025 against 1.75 in 2027.
    expect(lines.find((l) => / P1 /.test(l))).toMatch(
      /浙江省\s+P1\s+\S+\s+-?\d\.\d\d\s+1\.81 \(2025\)\s+1\.75 \(2027\)\s+\d\.\d+ \[\d\.\d+, \d\.\d+\]\s+\d+%/,
    );
    // Industrial parks: rolled up from the counties, and marked so.
    expect(lines.find((l) => / C2 /.test(l))).toMatch(/\d\* \(2025\)/);
    expect(r.out).toMatch(/^\* rolled up from the county-level units in every year/m);
    // Revenue per head has no target: its signed growth instead of r, no probability.
    expect(lines.find((l) => / C4 /.test(l))).toMatch(/C4\s+\S+\s+-?\d+\.\d%.*–\s*$/);
  });

  it('--json lists every unit × indicator of the three levels with its flag, r, forecast and probability', async () => {
    const r = await run('targets', '--data', DEMO, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { rows: Row[]; demo: boolean; levels: string[] };
    expect(Object.keys(j)).toEqual([
      'period',
      'baseYear',
      'thresholds',
      'levels',
      'firstYear',
      'horizonYear',
      'coverage',
      'models',
      'rows',
      'demo',
    ]);
    expect(j.demo).toBe(true);
    // V1 does not apply to three counties without villages (the framework's notApplicable).
    expect(j.rows).toHaveLength((1 + 11 + 90) * 18 - 3);
    for (const row of j.rows) {
      expect(row.progress).toHaveProperty('flag');
      expect(row.progress).toHaveProperty('ratio');
      expect(row).toHaveProperty('forecast');
      if (row.forecast) expect(row.forecast).toHaveProperty('probability');
      // With a target, r is there unless the target is met, or equals the base (needed rate 0).
      const p = row.progress;
      if (row.target && p.flag !== 'achieved' && p.flag !== null && p.required !== 0)
        expect(p.ratio).toEqual(expect.any(Number));
    }
    expect(j.rows.filter((x) => x.forecast?.probability != null).length).toBeGreaterThan(1500);
  });

  it('takes a level, the Eurostat thresholds and a base year', async () => {
    const r = await run(
      'targets',
      ...[
        '--data',
        DEMO,
        '--level',
        'city',
        '--thresholds',
        'eurostat',
        '--base',
        '2018',
        '--json',
      ],
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { rows: Row[]; thresholds: string; baseYear: number };
    expect([j.thresholds, j.baseYear, j.rows.length]).toEqual(['eurostat', 2018, 11 * 18]);
    expect(j.rows.every((x) => x.level === 'city')).toBe(true);
  });

  it('reads the store like the other commands, and gives what the files give', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'gapscope-targets-')), 'demo.db');
    const fromStore = await run('targets', '--db', db, '--level', 'province', '--json');
    expect(fromStore.code).toBe(0);
    const fromFiles = await run('targets', '--data', DEMO, '--level', 'province', '--json');
    expect(JSON.parse(fromStore.out).rows).toEqual(JSON.parse(fromFiles.out).rows);
  }, 60_000);

  it('says what is wrong with an option', async () => {
    const level = await run('targets', '--data', DEMO, '--level', 'town');
    expect([level.code, level.err]).toEqual([
      1,
      expect.stringMatching(/--level is one of province, city, county; got "town"/),
    ]);
    const year = await run('targets', '--data', DEMO, '--period', '2031');
    expect(year.err).toMatch(/the data have no year 2031/);
    const base = await run('targets', '--data', DEMO, '--base', 'last');
    expect(base.err).toMatch(/--base takes a year; got "last"/);
  });
});
