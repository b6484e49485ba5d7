// Hostile data files: numbers that cost quadratic time, numbers that overflow, files of bad rows
// that would make huge reports, two unit columns, and the exporter's apostrophe read back.

import { describe, expect, it } from 'vitest';
import { numberColumn } from '../../src/ingest/columns.ts';
import { MAX_PROBLEMS, Problems, readObservations } from '../../src/ingest/data.ts';
import type { Table } from '../../src/ingest/table.ts';
import { thrownError } from '../helpers/errors.ts';

const series = new Set(['A', 'B']);
/** A generous bound for linear work on 1 MB on a slow, busy machine (it takes ~10–50 ms; the old
 * pattern took over 10 s on 40 kB). */
const LINEAR_MS = 500;
const MB_OF_DIGITS = '1'.repeat(1_000_000);

const table = (header: string[], rows: string[][], file = 't.csv'): Table => ({
  file,
  header,
  rows,
});

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

describe('F2: a number is recognised in linear time', () => {
  it('1 MB of digits then "x" in a long table is rejected in well under a second', () => {
    const t = table(
      ['unit', 'indicator', 'period', 'value'],
      [['X', 'A', '2024', `${MB_OF_DIGITS}x`]],
    );
    const { ms, value } = timed(() => readObservations(t, { series }));
    expect(value.problems.list).toHaveLength(1);
    expect(value.problems.list[0]).toMatch(/column value: "1{20,}….*" is not a number/);
    expect(ms).toBeLessThan(LINEAR_MS);
  });

  it('1 MB of digits then "x" in a wide table (attribute detection) is linear too', () => {
    const t = table(['unit', 'period', 'A', 'other'], [['X', '2024', '1', `-${MB_OF_DIGITS}x`]]);
    const { ms, value } = timed(() => readObservations(t, { series }));
    expect(value.problems.list).toEqual([]);
    expect(value.attrs.other).toBeDefined();
    expect(ms).toBeLessThan(LINEAR_MS);
  });

  it('1 MB of digits then "x" in a numeric column (columns.ts) is linear too', () => {
    const t = table(['v'], [['1'], [`${MB_OF_DIGITS}.5e`]]);
    const { ms, value } = timed(() => thrownError(() => numberColumn(t, 'v', '--value')));
    expect(value.message).toMatch(/row 3, column v: ".*" is not a number/);
    expect(ms).toBeLessThan(LINEAR_MS);
  });

  it('a 1 MB number that is valid is still read', () => {
    const t = table(['v'], [[`0.${MB_OF_DIGITS}`]]);
    expect(numberColumn(t, 'v', '--value')[0]).toBeCloseTo(1 / 9, 12);
  });
});

describe('F6: only finite numbers are read', () => {
  it('"1e309" and "-1e309" in data rows are "not a finite number", and are not read', () => {
    const t = table(
      ['unit', 'indicator', 'period', 'value'],
      [
        ['X', 'A', '2024', '1e309'],
        ['X', 'B', '2024', '-1e309'],
        ['Y', 'A', '2024', '1e308'],
      ],
    );
    const r = readObservations(t, { series });
    expect(r.problems.list).toEqual([
      'row 2, column value: "1e309" is not a finite number',
      'row 3, column value: "-1e309" is not a finite number',
    ]);
    expect(r.observations.map((o) => o.value)).toEqual([1e308]);
  });

  it('and in wide tables', () => {
    const t = table(['unit', 'period', 'A'], [['X', '2024', '9'.repeat(400)]]);
    expect(readObservations(t, { series }).problems.list).toEqual([
      `row 2, column A: "${'9'.repeat(40)}…" is not a finite number`,
    ]);
  });

  it('and in a numeric column', () => {
    const t = table(['v'], [['1'], ['1e309']]);
    expect(() => numberColumn(t, 'v', '--value')).toThrow(
      /row 3, column v: "1e309" is not a finite number/,
    );
  });
});

describe('F8: the problem list is capped', () => {
  it(`keeps the first ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const p = new Problems();
    for (let k = 0; k < MAX_PROBLEMS + 7; k++) p.add(k + 2, 'value', 'bad');
    expect(p.list).toHaveLength(MAX_PROBLEMS);
    expect(p.more).toBe(7);
    expect(p.count).toBe(MAX_PROBLEMS + 7);
  });

  it('10,000 bad rows with long cells make an error of bounded size that says how many more', () => {
    const junk = 'z'.repeat(1000);
    const rows = Array.from({ length: 10_000 }, () => [junk, 'A', '2024', junk]);
    const t = table(['unit', 'indicator', 'period', 'value'], rows, 'bad.csv');
    const e = thrownError(() =>
      readObservations(t, { series, knownUnits: new Set(['X']) }).problems.throwIfAny('bad.csv'),
    );
    expect(e.message).toMatch(/^bad\.csv: 20000 problems in the data/);
    expect(e.details).toHaveLength(MAX_PROBLEMS + 1);
    expect(e.details.at(-1)).toBe(`… and ${20_000 - MAX_PROBLEMS} more`);
    expect(e.message).toMatch(/… and 19950 more$/);
    // 10 MB in; a report of well under 100 kB out.
    expect(JSON.stringify(e.details).length + e.message.length).toBeLessThan(100_000);
  });
});

describe('F8: a problem names a long header or cell by its beginning', () => {
  it('a 1 MB column name and a 1 MB unit code are cut to 40 characters', () => {
    const long = 'q'.repeat(1_000_000);
    const t = table(['unit', 'period', 'A', long], [[long, '2024', '1', '2']]);
    const r = readObservations(t, { series, knownUnits: new Set(['X']) });
    expect(r.problems.list).toEqual([
      `row 1, column ${'q'.repeat(40)}…: unknown indicator or series "${'q'.repeat(40)}…"`,
      `row 2, column unit: unknown unit "${'q'.repeat(40)}…"`,
    ]);
  });
});

describe('F14: unit columns and the exporter apostrophe', () => {
  it('a file with two columns that name the unit is an error naming both', () => {
    for (const [a, b] of [
      ['unit', 'code'],
      ['uCode', 'unit'],
      ['code', 'uCode'],
    ] as const) {
      const t = table([a, 'indicator', 'period', 'value', b], [['X', 'A', '2024', '1', 'Y']]);
      const e = thrownError(() => readObservations(t, { series }));
      expect(e.code).toBe('data.ambiguous-column');
      expect(e.message).toContain(`"${a}"`);
      expect(e.message).toContain(`"${b}"`);
    }
  });

  it('removes the one apostrophe the exporter adds to a formula-like text, and only that', () => {
    const notes: [string, string][] = [
      ["'=1+1", '=1+1'],
      ["'＝1", '＝1'],
      ["'-x", '-x'],
      ["'+x", '+x'],
      ["'@x", '@x'],
      ["''=x", "'=x"],
      ["'x", "'x"],
      ["'", "'"],
      ["'-5", "'-5"],
      ['-5', '-5'],
      ["'; DROP TABLE", "'; DROP TABLE"],
    ];
    const t = table(
      ['unit', 'indicator', 'period', 'value', 'source', 'note'],
      notes.map(([n], k) => ['X', 'A', String(2000 + k), '-5', n, n]),
    );
    const r = readObservations(t, { series });
    expect(r.problems.list).toEqual([]);
    expect(r.observations.map((o) => o.note)).toEqual(notes.map(([, n]) => n));
    expect(r.observations.map((o) => o.source)).toEqual(notes.map(([, n]) => n));
    expect(r.observations.every((o) => o.value === -5)).toBe(true);
  });
});
