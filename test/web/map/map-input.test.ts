import { describe, expect, it } from 'vitest';
import type { MapValues } from '../../../src/api/index.ts';
import { canJudge, digitsFor, mapInput } from '../../../web/src/pages/map/map-input.ts';

const values = (over: Partial<MapValues> = {}): MapValues => ({
  measure: {
    id: 'P2',
    kind: 'indicator',
    name: { zh: '农村居民收入', en: 'rural income' },
    unit: 'CNY',
    direction: 1,
    hasTargets: true,
  },
  measures: [],
  periods: ['2024', '2025'],
  targets: [45000, 45000],
  units: [
    { unit: '330102', values: [60000, 63000], imputed: [false, true] },
    { unit: '330127', values: [30000, null], imputed: [false, false] },
  ],
  demo: true,
  ...over,
});

describe('mapInput', () => {
  it('names units in the page’s language, labels tiles and keeps the imputed flags', () => {
    const input = mapInput(values(), {
      lang: 'en',
      map: 'm',
      period: 1,
      name: (c) => (c === '330102' ? 'Shangcheng District' : 'Chun’an County'),
      label: (c) => c.slice(-2),
      bins: 'traffic',
    });
    expect(input.measure).toEqual({ name: 'rural income', unit: 'CNY', digits: 0, direction: 1 });
    expect(input.bins).toBe('traffic');
    expect(input.current).toBe(1);
    expect(input.values.get('330127')).toEqual([30000, null]);
    expect(input.imputed!.get('330102')).toEqual([false, true]);
    expect(input.labels!.get('330102')).toBe('02');
    expect(input.names.get('330127')).toBe('Chun’an County');
  });

  it('falls back to quantiles without targets, and has no labels on boundary maps', () => {
    const v = values({ targets: null });
    expect(canJudge(v)).toBe(false);
    const input = mapInput(v, {
      lang: 'zh-CN',
      map: 'b',
      period: 0,
      name: (c) => c,
      bins: 'traffic',
    });
    expect(input.bins).toBe('quantile');
    expect(input.labels).toBeNull();
    expect(input.measure.name).toBe('农村居民收入');
    expect(input.measure.unit).toBe('元');
  });

  it('picks decimals from the size of the values', () => {
    expect(digitsFor(values())).toBe(0);
    expect(digitsFor(values({ units: [{ unit: 'x', values: [61.2] }] }))).toBe(1);
    expect(digitsFor(values({ units: [{ unit: 'x', values: [1.83, null] }] }))).toBe(2);
  });
});
