import { describe, expect, it } from 'vitest';
import { toneOf } from '../../../web/src/components/tone.ts';

describe('toneOf', () => {
  it('judges a change by the direction in which the figure is good', () => {
    expect(toneOf(0.5, 1)).toBe('better');
    expect(toneOf(-0.02, -1)).toBe('better');
    expect(toneOf(-0.5, 1)).toBe('worse');
    expect(toneOf(0.02, -1)).toBe('worse');
    expect(toneOf(0, 1)).toBe('same');
    expect(toneOf(null, 1)).toBe('none');
    expect(toneOf(Number.NaN, 1)).toBe('none');
  });
});
