import { describe, expect, it } from 'vitest';
import { mulberry32, normal, seedFor } from '../../src/core/random.ts';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs[0]).toBe(0.6011037519201636);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('is close to uniform', () => {
    const rng = mulberry32(7);
    const n = 100_000;
    const bins = new Array<number>(10).fill(0);
    for (let k = 0; k < n; k++) bins[Math.floor(rng() * 10)]!++;
    for (const c of bins) expect(Math.abs(c - n / 10)).toBeLessThan(500);
  });
});

describe('normal', () => {
  it('has mean 0 and variance 1', () => {
    const rng = mulberry32(1);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    for (let k = 0; k < n; k++) {
      const x = normal(rng);
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.01);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.01);
  });
});

describe('seedFor', () => {
  it('gives different, stable seeds for different names', () => {
    expect(seedFor(1, 'C4')).toBe(seedFor(1, 'C4'));
    expect(seedFor(1, 'C4')).not.toBe(seedFor(1, 'V2'));
    expect(seedFor(1, 'C4')).not.toBe(seedFor(2, 'C4'));
  });
});
