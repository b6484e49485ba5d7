import { describe, expect, it } from 'vitest';
import { binOf, quantileBins, trafficOf } from '../../../web/src/map/bins.ts';

describe('quantileBins', () => {
  it('splits values into equal-count classes at type-7 quantiles', () => {
    const b = quantileBins([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null, Number.NaN], 5);
    expect(b.classes).toBe(5);
    expect(b.breaks.map((x) => Math.round(x * 100) / 100)).toEqual([2.8, 4.6, 6.4, 8.2]);
    const counts = [0, 0, 0, 0, 0];
    for (let v = 1; v <= 10; v++) counts[binOf(b, v)]!++;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('merges tied breaks and has no class without values', () => {
    const b = quantileBins([1, 1, 1, 1, 1, 1, 1, 1, 2], 5);
    expect(b.breaks).toEqual([1]);
    expect(b.classes).toBe(2);
    expect(quantileBins([null], 5)).toEqual({ breaks: [], classes: 0 });
    expect(quantileBins([3, 3, 3], 5).classes).toBe(1);
  });
});

describe('trafficOf', () => {
  it('judges a value against its target in the indicator’s direction', () => {
    expect(trafficOf(45000, 45000, 1)).toBe('met');
    expect(trafficOf(43000, 45000, 1)).toBe('near'); // 4.4 % behind
    expect(trafficOf(42000, 45000, 1)).toBe('behind');
    expect(trafficOf(1.7, 1.75, -1)).toBe('met'); // lower is better
    expect(trafficOf(1.8, 1.75, -1)).toBe('near');
    expect(trafficOf(2.0, 1.75, -1)).toBe('behind');
    expect(trafficOf(null, 1, 1)).toBe('none');
    expect(trafficOf(1, null, 1)).toBe('none');
  });
});
