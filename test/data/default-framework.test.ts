import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../src/core/framework/parse.ts';
import { isIndicator, type AggregateNode, type IndicatorNode } from '../../src/core/framework/schema.ts';

const FILE = new URL('../../data/frameworks/zhejiang-default.yaml', import.meta.url);

describe('the default framework (zhejiang-default.yaml)', () => {
  const fw = parseFramework(readFileSync(FILE, 'utf8'), 'zhejiang-default.yaml');
  const domains = fw.root.children as AggregateNode[];
  const indicators = domains.flatMap((d) => d.children as IndicatorNode[]);
  const byId = new Map(indicators.map((i) => [i.id, i]));

  it('is a reconstruction with the root INDEX and 4 domains', () => {
    expect(fw.reconstruction).toBe(true);
    expect(fw.description?.en).toMatch(/reconstruction/);
    expect(fw.root.id).toBe('INDEX');
    expect(domains.map((d) => d.id)).toEqual(['CITY', 'VILLAGE', 'INTEGRATION', 'PROSPERITY']);
    expect(domains.every((d) => d.children.every(isIndicator))).toBe(true);
  });

  it('has the 18 indicators of the specification, in order', () => {
    expect(domains.map((d) => d.children.map((c) => c.id))).toEqual([
      ['C1', 'C2', 'C3', 'C4'],
      ['V1', 'V2', 'V3', 'V4'],
      ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'],
      ['P1', 'P2', 'P3', 'P4'],
    ]);
    for (const i of indicators) {
      expect(i.name.zh.length).toBeGreaterThan(0);
      expect(i.name.en?.length).toBeGreaterThan(0);
      expect(i.frequency).toBe('year');
    }
  });

  it('has every direction +1 except the urban–rural income ratio P1', () => {
    for (const i of indicators) expect([i.id, i.direction]).toEqual([i.id, i.id === 'P1' ? -1 : 1]);
  });

  it('has positive weights within each parent, and equal domain weights', () => {
    for (const d of domains) {
      expect(d.weight).toBe(0.25);
      for (const c of d.children) expect(c.weight).toBeGreaterThan(0);
    }
  });

  it('declares every denominator and rollup weight series', () => {
    const series = new Set(fw.series.map((s) => s.id));
    expect(series).toEqual(new Set(['POP', 'POP_RURAL', 'ELDERLY', 'INC_URBAN', 'INC_RURAL']));
    const denominated = indicators.filter((i) => i.denominator);
    expect(denominated.map((i) => [i.id, i.denominator!.series, i.denominator!.scale])).toEqual([
      ['C4', 'POP', 1],
      ['V2', 'POP_RURAL', 1],
      ['V4', 'POP_RURAL', 1],
      ['R5', 'POP_RURAL', 0.1],
      ['R6', 'ELDERLY', 1],
    ]);
    for (const i of indicators) {
      expect(i.rollup, i.id).toBeDefined();
      if (i.rollup!.weight) expect(series.has(i.rollup!.weight)).toBe(true);
      if (i.rollup!.method === 'ratio-of-sums') expect(i.rollup!.weight).toBe(i.denominator?.series);
    }
    for (const i of denominated) expect(i.definition?.en).toMatch(/NUMERATOR/);
  });

  it('has goalposts, a plausible range and a source for every indicator', () => {
    for (const i of indicators) {
      expect(i.goalposts, i.id).toBeDefined();
      expect(i.plausible, i.id).toBeDefined();
      expect(i.source, i.id).toBeTruthy();
      // Goalposts are on the indicator's scale; for non-denominated ones they lie in the plausible range.
      if (!i.denominator) {
        expect(i.goalposts![0]).toBeGreaterThanOrEqual(i.plausible![0]);
        expect(i.goalposts![1]).toBeLessThanOrEqual(i.plausible![1]);
      }
    }
    expect(byId.get('P1')!.targets).toEqual({ '2025': 1.9, '2027': 1.75 });
  });
});
