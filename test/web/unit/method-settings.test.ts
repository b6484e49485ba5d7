// The Method page's pure parts: the config differences kept in the URL and sent to the server, AHP
// matrices checked in the browser as the server checks them, errors placed at their field, and
// the framework tree's weights.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../../src/core/framework/schema.ts';
import { buildTree } from '../../../src/core/framework/tree.ts';
import { defaultConfig } from '../../../src/core/pipeline/config.ts';
import { BUNDLED } from '../../../src/ingest/bundled.ts';
import { loadFramework } from '../../../src/ingest/framework-file.ts';
import {
  changedConfig,
  checkAhp,
  configFromParam,
  defaultMatrix,
  errorField,
  levelsOf,
  nearestSaaty,
  saatyLabel,
  setJudgement,
} from '../../../web/src/pages/method/settings.ts';
import { weightRows, type WeightRow } from '../../../web/src/pages/method/tree-weights.ts';
import { parseProblems, problemColumns } from '../../../web/src/pages/data/problems.ts';
import { expectClose } from '../../helpers/expect-close.ts';

let framework: Framework;
beforeAll(async () => {
  framework = (await loadFramework(BUNDLED.framework)).framework;
});

describe('pipeline settings', () => {
  it('sends and keeps only what differs from the defaults', () => {
    expect(changedConfig(defaultConfig())).toEqual({});
    const c = defaultConfig({
      weights: { method: 'ahp', ahp: { INDEX: [[1]] } },
      treat: { method: 'clip', clip: [0.05, 0.95] },
      aggregate: { levels: { '3': 'geometric' } },
    });
    expect(changedConfig(c)).toEqual({
      weights: { method: 'ahp', ahp: { INDEX: [[1]] } },
      treat: { method: 'clip', clip: [0.05, 0.95] },
      aggregate: { levels: { '3': 'geometric' } },
    });
    expect(configFromParam(JSON.stringify(changedConfig(c)))).toEqual(c);
  });

  it('reads a bad URL parameter as the defaults', () => {
    expect(configFromParam('{not json')).toEqual(defaultConfig());
    expect(configFromParam('{"weights":{"method":"magic"}}')).toEqual(defaultConfig());
    expect(configFromParam(undefined)).toEqual(defaultConfig());
  });

  it('AHP: a consistent default from the framework, reciprocal edits, CR as the server computes it', () => {
    const tree = buildTree(framework);
    const m = defaultMatrix(tree, 'INDEX');
    expect(m).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 1, 1],
    ]);
    const ok = checkAhp(setJudgement(m, 0, 1, 3), 'INDEX');
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.weights[0]).toBeGreaterThan(ok.weights[1]!);
    // A strongly intransitive set of judgements: 1 ≫ 2 ≫ 3 ≫ 1.
    let bad = setJudgement(m, 0, 1, 9);
    bad = setJudgement(bad, 1, 2, 9);
    bad = setJudgement(bad, 2, 0, 9);
    expect(bad[1]![0]).toBeCloseTo(1 / 9);
    const r = checkAhp(bad, 'INDEX');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.cr).toBeGreaterThanOrEqual(0.1);
      expect(r.message).toMatch(/AHP matrix "INDEX" is inconsistent/);
    }
    expect(saatyLabel(1 / 3)).toBe('1/3');
    expect(saatyLabel(nearestSaaty(2.2))).toBe('2');
    expect(levelsOf(tree)).toEqual([2, 3]);
  });

  it('places every kind of error at its field', () => {
    const e = (code: string, field: string | null = null, detail = '') => ({ code, field, detail });
    expect(
      errorField(
        e('weights.ahp-inconsistent', null, 'AHP matrix "CITY" is inconsistent: CR = 0.2'),
      ),
    ).toBe('weights.ahp.CITY');
    expect(errorField(e('request.invalid', 'config.weights.ahp.VILLAGE.0.1'))).toBe(
      'weights.ahp.VILLAGE',
    );
    expect(errorField(e('request.invalid', 'config.treat.maxCells'))).toBe('treat');
    expect(errorField(e('request.invalid', 'period'))).toBe('period');
    expect(errorField(e('aggregate.nonpositive'))).toBe('aggregate');
    expect(errorField(e('normalise.no-target'))).toBe('normalise');
    expect(errorField(e('evaluate.no-period'))).toBe('period');
    expect(errorField(e('internal'))).toBe('general');
  });
});

describe('framework tree weights', () => {
  const flat = (rows: WeightRow[]): WeightRow[] =>
    rows.flatMap((r) => [r, ...flat(r.children ?? [])]);

  it('expert weights: siblings sum to 1, indicators sum to 1 in the index', () => {
    const rows = weightRows(framework);
    expect(rows).toHaveLength(1);
    const all = flat(rows);
    const domains = rows[0]!.children!;
    expect(domains.map((d) => d.id)).toEqual(['CITY', 'VILLAGE', 'INTEGRATION', 'PROSPERITY']);
    expectClose(
      domains.reduce((s, d) => s + d.local, 0),
      1,
      1e-12,
    );
    const inds = all.filter((r) => r.indicator);
    expect(inds).toHaveLength(18);
    expectClose(
      inds.reduce((s, r) => s + r.index, 0),
      1,
      1e-12,
    );
    const r1 = all.find((r) => r.id === 'R1')!;
    expectClose(r1.local, 1 / 6, 1e-12);
    expectClose(r1.index, 1 / 24, 1e-12);
    expect(r1.localNow).toBeNull();
  });

  it('an evaluation’s indicator weights give every node’s weight under its method', () => {
    const weights: Record<string, number> = {};
    const ids = ['C1', 'C2', 'C3', 'C4', 'V1', 'V2', 'V3', 'V4', 'R1', 'R2'];
    for (const id of ids) weights[id] = 0.05;
    for (const id of ['R3', 'R4', 'R5', 'R6', 'P1', 'P2', 'P3', 'P4']) weights[id] = 0.0625;
    const all = flat(weightRows(framework, { weights }));
    const city = all.find((r) => r.id === 'CITY')!;
    expectClose(city.indexNow!, 0.2, 1e-12);
    expectClose(all.find((r) => r.id === 'C1')!.localNow!, 0.25, 1e-12);
    expectClose(all.find((r) => r.id === 'P1')!.indexNow!, 0.0625, 1e-12);
  });
});

describe('import problems', () => {
  it('splits row, column and message; keeps other details whole', () => {
    const p = parseProblems([
      'row 3, column unit: unknown unit "999999"',
      'row 12, column value: "1,200" is not a number (remove thousands separators)',
      'no unit column: expected one of unit, uCode, code; found a, b',
    ]);
    expect(p).toEqual([
      { key: 0, row: 3, column: 'unit', message: 'unknown unit "999999"' },
      {
        key: 1,
        row: 12,
        column: 'value',
        message: '"1,200" is not a number (remove thousands separators)',
      },
      {
        key: 2,
        row: null,
        column: null,
        message: 'no unit column: expected one of unit, uCode, code; found a, b',
      },
    ]);
    expect(problemColumns(p)).toEqual(['unit', 'value']);
  });
});
