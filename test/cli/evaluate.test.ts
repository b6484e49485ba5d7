// The gapscope command end to end: the real CLI code on the bundled files and on COINr's ASEM.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/fixtures.ts';
import { goldenNumber, readGolden } from '../helpers/golden.ts';
import { runCli, type CliRun } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'gapscope-cli-'));
const asem = [
  '--framework',
  repoPath('examples/coinr-asem/ASEM_iMeta.csv'),
  '--data',
  repoPath('examples/coinr-asem/ASEM_iData.csv'),
  '--pipeline',
  repoPath('examples/coinr-asem/pipeline.yaml'),
];

const run = (...argv: string[]): Promise<CliRun> => runCli(argv);

describe('gapscope evaluate on ASEM', () => {
  it('--table aggregated writes COINr’s Aggregated table', async () => {
    const file = join(dir, 'agg.csv');
    const r = await run('evaluate', ...asem, '--table', 'aggregated', '--output', file);
    expect(r.code).toBe(0);
    const [header, ...rows] = parse(readFileSync(file, 'utf8')) as string[][];
    const golden = readGolden(repoPath('test/fixtures/coinr-asem/Aggregated.csv'));
    expect(header![0]).toBe('unit');
    expect(new Set(header!.slice(1))).toEqual(new Set(golden.columns.slice(1)));
    expect(rows).toHaveLength(51);
    for (const row of rows) {
      const want = golden.rows.get(row[0]!)!;
      header!.slice(1).forEach((id, c) => {
        const e = goldenNumber(want[id]);
        const a = goldenNumber(row[c + 1]);
        expect(Math.abs(a - e) <= 1e-9 * Math.abs(e) + 1e-12, `${row[0]} ${id}`).toBe(true);
      });
    }
  });

  it('--json prints the result with weights, units and provenance', async () => {
    const r = await run('evaluate', ...asem, '--json');
    const j = JSON.parse(r.out);
    expect(
      Object.values(j.weights as Record<string, number>).reduce((a, b) => a + b, 0),
    ).toBeCloseTo(1, 12);
    expect(j.units).toHaveLength(51);
    const top = j.units[0];
    expect(top).toMatchObject({ unit: 'CHE', rank: 1, tier: 1 });
    expect(Object.keys(top.domains)).toEqual(['Conn', 'Sust']);
    expect(top.indicators.LPI).toEqual(
      expect.objectContaining({
        raw: expect.any(Number),
        normalised: expect.any(Number),
        contribution: expect.any(Number),
      }),
    );
    expect(j.config.impute).toEqual({ method: 'group-mean', group: 'EurAsia_group' });
    expect(j.framework).toEqual({ id: 'ASEM_iMeta', version: '1' });
    expect(j.software.name).toBe('gapscope');
    expect(j.inputsHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('flags override the pipeline file', async () => {
    const j = JSON.parse(
      (
        await run(
          'evaluate',
          ...asem,
          '--json',
          '--weights',
          'entropy',
          '--normalise',
          'zscore',
          '--normalise-params',
          '0,1',
          '--screen',
          '0.5',
        )
      ).out,
    );
    expect(j.config.weights.method).toBe('entropy');
    expect(j.config.normalise).toEqual({ method: 'zscore', params: [0, 1] });
    expect(j.config.screen.threshold).toBe(0.5);
    expect(j.config.impute.method).toBe('group-mean');
  });
});

describe('gapscope on the bundled framework and demo data', () => {
  it('demo prints the 90 units under a demo banner', async () => {
    const r = await run('demo');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^DEMO DATA/);
    expect(r.out).toMatch(/90 units/);
    expect(r.out).toMatch(/景宁畲族自治县/);
  });

  it('evaluate on a new store fills it with the bundled data, marks it demo and compares with 2022', async () => {
    const r = await run('evaluate', '--db', join(dir, 'new.db'), '--period', '2023', '--json');
    expect(r.err).toMatch(/preparing a new store/);
    const j = JSON.parse(r.out);
    expect(j.demo).toBe(true);
    expect(j.period).toBe('2023');
    expect(j.compare).toBe('2022');
    expect(j.units).toHaveLength(90);
    expect(j.units.every((u: { name?: string }) => typeof u.name === 'string')).toBe(true);
  });
});

describe('bad input', () => {
  it('an unknown method lists the allowed ones', async () => {
    const r = await run('evaluate', ...asem, '--impute', 'magic');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /--impute must be one of none, group-mean, group-median, interpolate, locf; got "magic"/,
    );
  });

  it('an unknown option is refused', async () => {
    const r = await run('evaluate', '--colour', 'red');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--colour/);
  });

  it('a non-number in the data names file, row and column', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'unit,indicator,period,value\n330102,C1,2024,fast\n');
    const r = await run('evaluate', '--data', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.csv: 1 problem.*\n.*row 2, column value: "fast" is not a number/);
  });

  it('an unknown unit code is refused for the bundled geography', async () => {
    const file = join(dir, 'unit.csv');
    writeFileSync(file, 'unit,indicator,period,value\n339999,C1,2024,5\n');
    const r = await run('evaluate', '--data', file);
    expect(r.err).toMatch(/row 2, column unit: unknown unit "339999"/);
  });

  it('a broken framework names file and line', async () => {
    const file = join(dir, 'fw.yaml');
    writeFileSync(
      file,
      'id: x\nversion: 1\nname: { zh: x }\nroot:\n  id: I\n  name: { zh: i }\n  children:\n    - { id: A, name: { zh: a }, unit: "", direction: 0 }\n',
    );
    const r = await run(
      'evaluate',
      '--framework',
      file,
      '--data',
      repoPath('examples/coinr-asem/ASEM_iData.csv'),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/fw\.yaml:8: root\.children\[0\]\.direction/);
  });

  it('an inconsistent AHP matrix in the pipeline file is an error with its CR', async () => {
    const file = join(dir, 'ahp.yaml');
    writeFileSync(
      file,
      'weights:\n  method: ahp\n  ahp:\n    Index: [[1, 9], [0.1111111111, 1]]\n    Conn: [[1, 9], [1, 1]]\n',
    );
    const r = await run('evaluate', ...asem.slice(0, 4), '--pipeline', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/AHP matrix "Conn"/);
  });

  it('the installed command exits non-zero with the message on stderr', () => {
    const r = spawnSync(
      process.execPath,
      [repoPath('bin/gapscope.js'), 'evaluate', '--data', join(dir, 'missing.csv')],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/gapscope: error: missing\.csv: cannot read/);
    expect(
      execFileSync(process.execPath, [repoPath('bin/gapscope.js'), 'version'], {
        encoding: 'utf8',
      }),
    ).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
