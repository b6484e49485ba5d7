// `gapscope uncertainty` end to end on the bundled framework with the demo data, from files and the store.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/fixtures.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';
import { fixedClock, setClock } from '../../src/core/clock.ts';
import { onDay } from '../helpers/clock.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-uncertainty-'));
const demo = ['--data', repoPath('data/demo/zhejiang-demo.csv')];

const run = (...argv: string[]): Promise<CliRun> => runCli(argv);

describe('gapscope uncertainty', () => {
  it('--json prints units and scores as {unit, nominal, median, p5, p95}, the same for the same seed', async () => {
    const a = await run('uncertainty', ...demo, '--runs', '40', '--seed', '7', '--json');
    expect(a.code).toBe(0);
    const j = JSON.parse(a.out);
    expect(j).toMatchObject({ period: '2025', runs: 40, seed: 7, demo: true });
    expect(j.units).toHaveLength(90);
    expect(j.scores).toHaveLength(90);
    expect(Object.keys(j.units[0])).toEqual(['unit', 'nominal', 'median', 'p5', 'p95']);
    expect(j.units[0].nominal).toBe(1);
    for (const u of j.units) expect(u.p5 <= u.median && u.median <= u.p95).toBe(true);
    expect(j.choices).toEqual(['impute', 'treat', 'maxCells', 'normalise', 'weights', 'aggregate']);
    const b = await run('uncertainty', ...demo, '--runs', '40', '--seed', '7', '--json');
    expect(b.out).toBe(a.out);
  });

  it('reads a spec file; with nothing uncertain every interval is the nominal rank', async () => {
    const file = join(dir, 'spec.yaml');
    writeFileSync(file, '# nothing varies\n{}\n');
    const r = await run('uncertainty', ...demo, '--runs', '5', '--spec', file, '--json');
    const j = JSON.parse(r.out);
    for (const u of j.units) {
      expect([u.median, u.p5, u.p95]).toEqual([u.nominal, u.nominal, u.nominal]);
    }
    expect(j.failed.count).toBe(0);
  });

  it('reads the store (with its demo banner) and rejects a bad spec with its path', async () => {
    const r = await run('uncertainty', '--db', join(dir, 'store.db'), '--runs', '10');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^DEMO DATA/);
    expect(r.out).toMatch(/10 replications \(seed 1\)/);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'aggregate: [mean]\n');
    const e = await run('uncertainty', ...demo, '--spec', bad);
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/bad\.yaml: aggregate\[0\]/);
    const s = await run('uncertainty', '--show-spec');
    expect(JSON.parse(s.out).weights).toEqual({ perturb: 0.25 });
  });
});

describe('receipts of a store read', () => {
  it('give the same hash on an unchanged store whenever they are run, with the data’s as-of', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'gapscope-receipt-')), 'store.db');
    const created = '2026-12-01T09:00:00.000Z';
    const previous = setClock(fixedClock(created));
    try {
      expect((await run('init', '--db', db)).code).toBe(0);
    } finally {
      setClock(previous);
    }
    const receipt = async (day: string) => {
      const r = await onDay(day, () =>
        run('uncertainty', '--db', db, '--runs', '12', '--seed', '11', '--json'),
      );
      expect(r.code, r.err).toBe(0);
      return JSON.parse(r.out) as { asOf: string; hash: string; inputsHash: string };
    };
    const first = await receipt('2026-12-02T08:00:00.000Z');
    const later = await receipt('2027-01-15T16:30:00.000Z');
    // The moment of the newest revision read (the store's creation), not the moment of the run.
    expect(first.asOf).toBe(created);
    expect(later).toEqual(first);
    const s = await onDay('2026-12-02T08:00:00.000Z', () =>
      run(
        'sensitivity',
        '--db',
        db,
        '--samples',
        '8',
        '--bootstrap',
        '10',
        '--seed',
        '3',
        '--json',
      ),
    );
    expect(JSON.parse(s.out)).toMatchObject({ asOf: created, hash: first.hash });
  });
});
