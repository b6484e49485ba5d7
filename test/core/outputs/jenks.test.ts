import { describe, expect, it } from 'vitest';
import { jenksBreaks } from '../../../src/core/outputs/jenks.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const sorted = (v: number[]): Float64Array => Float64Array.from(v).sort();

/** Within-class sum of squared deviations when each value goes to the class its breaks give it. */
function ssdByValue(x: Float64Array, breaks: number[]): number {
  const classes: number[][] = Array.from({ length: breaks.length + 1 }, () => []);
  for (const v of x) {
    let c = 0;
    while (c < breaks.length && v > breaks[c]!) c++;
    classes[c]!.push(v);
  }
  let ssd = 0;
  for (const cl of classes) {
    const mean = cl.reduce((a, b) => a + b, 0) / cl.length;
    for (const v of cl) ssd += (v - mean) ** 2;
  }
  return ssd;
}

/** Every way to cut x into k non-empty runs; the least SSD and its breaks. */
function bruteForce(x: Float64Array, k: number): { ssd: number; breaks: number[] } {
  let best = { ssd: Infinity, breaks: [] as number[] };
  const cuts: number[] = [];
  const walk = (from: number): void => {
    if (cuts.length === k - 1) {
      const breaks = cuts.map((c) => x[c - 1]!);
      const bounds = [0, ...cuts, x.length];
      let ssd = 0;
      for (let c = 0; c < k; c++) {
        const part = x.subarray(bounds[c]!, bounds[c + 1]!);
        const mean = part.reduce((a, b) => a + b, 0) / part.length;
        for (const v of part) ssd += (v - mean) ** 2;
      }
      if (ssd < best.ssd) best = { ssd, breaks };
      return;
    }
    for (let c = from; c <= x.length - (k - 1 - cuts.length); c++) {
      cuts.push(c);
      walk(c + 1);
      cuts.pop();
    }
  };
  walk(1);
  return best;
}

/** The plain O(k n²) programme, as a reference for the divide-and-conquer one on larger n. */
function plainCost(x: Float64Array, k: number): number {
  const n = x.length;
  const ssd = (a: number, b: number): number => {
    let s = 0;
    let s2 = 0;
    for (let i = a; i <= b; i++) {
      s += x[i]!;
      s2 += x[i]! * x[i]!;
    }
    return s2 - (s * s) / (b - a + 1);
  };
  let prev = Array.from({ length: n }, (_, i) => ssd(0, i));
  for (let c = 1; c < k; c++) {
    const cur = new Array<number>(n).fill(Infinity);
    for (let i = c; i < n; i++) {
      let s = 0;
      let s2 = 0;
      for (let j = i; j >= c; j--) {
        s += x[j]!;
        s2 += x[j]! * x[j]!;
        cur[i] = Math.min(cur[i]!, prev[j - 1]! + s2 - (s * s) / (i - j + 1));
      }
    }
    prev = cur;
  }
  return prev[n - 1]!;
}

describe('jenksBreaks', () => {
  it('finds the obvious groups', () => {
    // Three clumps: {1, 2, 3}, {10, 11, 12}, {30, 31}; SSD = 2 + 2 + .5 = 4.5. Any other cut puts
    // two values at least 7 apart in one class, and two values d apart add at least d²/2 = 24.5.
    const x = sorted([1, 2, 3, 10, 11, 12, 30, 31]);
    expect(jenksBreaks(x, 3)).toEqual([3, 12]);
    expectClose(ssdByValue(x, [3, 12]), 4.5, 1e-12);
    expect(jenksBreaks(x, 2)).toEqual([12]);
    expect(jenksBreaks(x, 1)).toEqual([]);
  });

  it('gives each distinct value its own class when k reaches their number', () => {
    expect(jenksBreaks(sorted([1, 1, 2, 5, 5]), 3)).toEqual([1, 2]);
    expect(jenksBreaks(sorted([1, 1, 2, 5, 5]), 7)).toEqual([1, 2]);
    expect(jenksBreaks(sorted([4, 4, 4]), 2)).toEqual([]);
    expect(jenksBreaks(new Float64Array(0), 3)).toEqual([]);
  });

  it('matches brute force on random small arrays (seeded)', () => {
    const rand = mulberry32(20240611);
    for (let trial = 0; trial < 300; trial++) {
      const n = 2 + Math.floor(rand() * 9);
      const k = 2 + Math.floor(rand() * 3);
      const x = sorted(Array.from({ length: n }, () => Math.round(rand() * 1e6) / 1e3));
      const got = jenksBreaks(x, k);
      if (k >= new Set(x).size) continue;
      const best = bruteForce(x, k);
      expect(got, `trial ${trial}: ${x.join(', ')} k = ${k}`).toEqual(best.breaks);
    }
  });

  it('is optimal and never splits equal values when values repeat', () => {
    const rand = mulberry32(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = 3 + Math.floor(rand() * 8);
      const k = 2 + Math.floor(rand() * 3);
      const x = sorted(Array.from({ length: n }, () => Math.floor(rand() * 6)));
      if (k >= new Set(x).size) continue;
      const got = jenksBreaks(x, k);
      expect(got).toHaveLength(k - 1);
      // Classifying by value reproduces the optimum only if no run of equal values was cut.
      expectClose(
        ssdByValue(x, got),
        bruteForce(x, k).ssd,
        1e-9,
        `trial ${trial}: ${x.join(', ')} k = ${k}`,
      );
    }
  });

  it('matches the plain O(k n²) programme on larger arrays', () => {
    const rand = mulberry32(99);
    for (const [n, k] of [
      [300, 4],
      [500, 7],
      [1000, 5],
    ] as const) {
      const x = sorted(Array.from({ length: n }, () => rand() * rand() * 100));
      expectClose(ssdByValue(x, jenksBreaks(x, k)), plainCost(x, k), 1e-9, `n = ${n}, k = ${k}`);
    }
  });

  it('handles its size limit quickly and refuses more', () => {
    const rand = mulberry32(1);
    const x = sorted(Array.from({ length: 20_000 }, () => rand() * 100));
    const t0 = performance.now();
    expect(jenksBreaks(x, 7)).toHaveLength(6);
    expect(performance.now() - t0).toBeLessThan(5_000);
    const big = sorted(Array.from({ length: 20_001 }, (_, i) => i));
    expect(() => jenksBreaks(big, 5)).toThrow(
      expect.objectContaining({
        code: 'tiers.jenks-too-many',
        message: expect.stringContaining('quantile'),
      }),
    );
  });

  it('rejects unsorted or non-finite input and a bad k', () => {
    expect(() => jenksBreaks(Float64Array.from([3, 1, 2]), 2)).toThrow(
      expect.objectContaining({ code: 'tiers.jenks-unsorted' }),
    );
    expect(() => jenksBreaks(Float64Array.from([NaN, 1]), 2)).toThrow(
      expect.objectContaining({ code: 'tiers.jenks-unsorted' }),
    );
    expect(() => jenksBreaks(sorted([1, 2, 3]), 0)).toThrow(
      expect.objectContaining({ code: 'tiers.jenks-classes' }),
    );
  });
});
