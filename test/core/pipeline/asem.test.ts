// COINr's ASEM example: the default pipeline must reproduce COINr 1.1.14 at every stage to 1e-9
// (relative). Golden files: test/fixtures/coinr-asem/ (see its README for the COINr calls).

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../../../src/core/pipeline/evaluate.ts';
import { CELL_FLAG_NAME } from '../../../src/core/treat/index.ts';
import { loadEvaluationFiles } from '../../../src/ingest/load-evaluation-inputs.ts';
import { repoPath } from '../../helpers/fixtures.ts';
import { goldenNumber, readGolden, type Golden } from '../../helpers/golden.ts';

/** A CSV as header and rows, for tables without a key column. */
function readPlain(path: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parse(readFileSync(path, 'utf8')) as string[][];
  return { header: header!, rows };
}

const golden = (name: string): Golden =>
  readGolden(repoPath(`test/fixtures/coinr-asem/${name}.csv`));

/** |actual − expected| ≤ 1e-9·|expected| (1e-12 absolute at 0); NaN must meet NaN. */
function agree(actual: number, expected: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  return Math.abs(actual - expected) <= 1e-9 * Math.abs(expected) + 1e-12;
}

let ev: Evaluation;

beforeAll(async () => {
  const files = await loadEvaluationFiles({
    framework: repoPath('examples/coinr-asem/ASEM_iMeta.csv'),
    data: repoPath('examples/coinr-asem/ASEM_iData.csv'),
    pipeline: repoPath('examples/coinr-asem/pipeline.yaml'),
  });
  ev = evaluate({ framework: files.framework, data: files.data, config: files.config });
});

/** Compares every cell of a stage with a golden table; returns the mismatches. */
function compareStage(name: string, column: (node: number) => Float64Array | undefined): string[] {
  const g = golden(name);
  const bad: string[] = [];
  expect(new Set(g.order)).toEqual(new Set(ev.units));
  for (const id of g.columns.slice(1)) {
    const k = ev.tree.index.get(id);
    expect(k, `${name}: column ${id} is a node`).toBeDefined();
    const col = column(k!);
    if (!col) continue;
    ev.units.forEach((u, i) => {
      const want = goldenNumber(g.rows.get(u)![id]);
      if (!agree(col[i]!, want)) bad.push(`${name} ${u} ${id}: got ${col[i]}, COINr ${want}`);
    });
  }
  return bad;
}

describe('COINr ASEM example, default pipeline', () => {
  it('has 51 units, 49 indicators and one period', () => {
    expect(ev.units).toHaveLength(51);
    expect(ev.tree.nIndicators).toBe(49);
    expect(ev.periods.map((p) => p.period)).toEqual(['2018']);
  });

  it('reads the raw data exactly', () => {
    expect(compareStage('Raw', (k) => ev.periods[0]!.stages.raw[k])).toEqual([]);
  });

  it('denominates as COINr', () => {
    expect(compareStage('Denominated', (k) => ev.periods[0]!.stages.denominated[k])).toEqual([]);
  });

  it('imputes by EurAsia group mean as COINr: 65 cells', () => {
    expect(compareStage('Imputed', (k) => ev.periods[0]!.stages.imputed[k])).toEqual([]);
    const cells = ev.periods[0]!.imputedFlags.reduce(
      (s, f) => s + (f ? f.reduce((a, b) => a + b, 0) : 0),
      0,
    );
    expect(cells).toBe(65);
  });

  it('screens out no unit at 0.9', () => {
    expect(ev.screened).toEqual([]);
    expect(compareStage('Screened', (k) => ev.periods[0]!.stages.imputed[k])).toEqual([]);
  });

  it('winsorises the same 35 cells of 15 indicators, with COINr skew and kurtosis', () => {
    expect(compareStage('Treated', (k) => ev.periods[0]!.stages.treated[k])).toEqual([]);
    const p = ev.periods[0]!;
    const details = golden('Treat_details');
    for (const [id, row] of details.rows) {
      const j = ev.tree.index.get(id)!;
      const t = p.treatment[j]!;
      expect(agree(t.skewBefore, goldenNumber(row['check_SkewKurt0.Skew'])), `${id} skew`).toBe(
        true,
      );
      expect(agree(t.kurtBefore, goldenNumber(row['check_SkewKurt0.Kurt'])), `${id} kurt`).toBe(
        true,
      );
      expect(t.passedBefore, `${id} pass`).toBe(row['check_SkewKurt0.Pass'] === 'TRUE');
      const nwin = goldenNumber(row['winsorise.nwin']);
      expect(t.changed, `${id} cells`).toBe(Number.isNaN(nwin) ? 0 : nwin);
      if (!Number.isNaN(nwin)) {
        expect(
          agree(t.skewAfter, goldenNumber(row['check_SkewKurt1.Skew'])),
          `${id} skew after`,
        ).toBe(true);
        expect(
          agree(t.kurtAfter, goldenNumber(row['check_SkewKurt1.Kurt'])),
          `${id} kurt after`,
        ).toBe(true);
        expect(t.method).toBe('winsorise');
      }
    }
    expect(p.treatment.filter((t) => t.changed > 0)).toHaveLength(15);
    expect(p.treatment.reduce((s, t) => s + t.changed, 0)).toBe(35);
    expect(p.treatment.some((t) => t.method === 'log')).toBe(false);
  });

  it('flags the same cells winhi / winlo as COINr', () => {
    // Treated_points has no unit column: its rows follow Treated.csv's unit order.
    const order = golden('Treated').order;
    const p = ev.periods[0]!;
    const lines = readPlain(repoPath('test/fixtures/coinr-asem/Treated_points.csv'));
    const want: string[] = [];
    lines.rows.forEach((cells, r) => {
      cells.forEach((c, col) => {
        if (c) want.push(`${order[r]} ${lines.header[col]} ${c}`);
      });
    });
    const got: string[] = [];
    const pos = new Map(ev.units.map((u, i) => [u, i]));
    for (const u of order) {
      p.treatment.forEach((t, j) => {
        const f = t.flags?.[pos.get(u)!];
        if (f) got.push(`${u} ${ev.tree.ids[j]} ${CELL_FLAG_NAME[f]}`);
      });
    }
    expect(got.sort()).toEqual(want.sort());
    expect(want).toHaveLength(35);
  });

  it('normalises min–max to [0, 100] as COINr', () => {
    expect(
      compareStage('Normalised', (k) =>
        k < ev.tree.nIndicators ? ev.periods[0]!.scores[k] : undefined,
      ),
    ).toEqual([]);
  });

  it('aggregates every level as COINr', () => {
    expect(compareStage('Aggregated', (k) => ev.periods[0]!.scores[k])).toEqual([]);
  });

  it('ranks the index as COINr', () => {
    const g = golden('Results_Full');
    const p = ev.periods[0]!;
    const root = ev.tree.root;
    ev.units.forEach((u, i) => {
      expect(p.rank(root)[i], u).toBe(Number(g.rows.get(u)!.Rank));
      expect(Math.round(p.scores[root]![i]! * 100) / 100, u).toBe(Number(g.rows.get(u)!.Index));
    });
  });
});
