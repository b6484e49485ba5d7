// Normalisations against values computed by hand (METHODS.md § Normalisation).

import { describe, expect, it } from 'vitest';
import { normalisers } from '../../../src/core/normalise/index.ts';
import { expectAllClose } from '../../helpers/expect-close.ts';

const x = Float64Array.of(2, 4, 6, NaN, 10);
const all = Uint8Array.of(1, 1, 1, 1, 1);

describe('normalisations', () => {
  it('minmax maps min → lo and max → hi, reversed for direction −1; missing stays missing', () => {
    // (x − 2)/(10 − 2) × 100 = 0, 25, 50, –, 100
    expectAllClose(normalisers.minmax(x, all, 1, { params: [0, 100] }), [0, 25, 50, NaN, 100]);
    expectAllClose(normalisers.minmax(x, all, -1, { params: [0, 100] }), [100, 75, 50, NaN, 0]);
    // lo = 1, hi = 100: 1 + 0.25·99 = 25.75
    expectAllClose(normalisers.minmax(x, all, 1, { params: [1, 100] }), [1, 25.75, 50.5, NaN, 100]);
  });

  it('minmax gives every unit hi when there is no spread', () => {
    expectAllClose(
      normalisers.minmax(Float64Array.of(3, 3), Uint8Array.of(1, 1), 1, { params: [0, 100] }),
      [100, 100],
    );
  });

  it('minmax ignores screened-out units for min and max and gives them no value', () => {
    const active = Uint8Array.of(1, 1, 1, 1, 0); // the 10 is screened out: range 2–6
    expectAllClose(normalisers.minmax(x, active, 1, { params: [0, 100] }), [0, 50, 100, NaN, NaN]);
  });

  it('minmax-pooled uses the pooled range', () => {
    // pooled 0–20: 2 → 10, 10 → 50
    expectAllClose(
      normalisers['minmax-pooled'](x, all, 1, { params: [0, 100], pooled: { min: 0, max: 20 } }),
      [10, 20, 30, NaN, 50],
    );
  });

  it('goalposts clamp to [0, 100]', () => {
    // L = 3, U = 8: (2−3)/5 → 0; (4−3)/5 = 20; (6−3)/5 = 60; (10−3)/5 → 100
    expectAllClose(normalisers.goalposts(x, all, 1, { params: [0, 100], goalposts: [3, 8] }), [
      0,
      20,
      60,
      NaN,
      100,
    ]);
    expectAllClose(normalisers.goalposts(x, all, -1, { params: [0, 100], goalposts: [3, 8] }), [
      100,
      80,
      40,
      NaN,
      0,
    ]);
  });

  it('zscore uses the sample sd and rescales to (50, 10)', () => {
    // mean of 2, 4, 6, 10 = 5.5; deviations −3.5, −1.5, 0.5, 4.5; Σd² = 12.25+2.25+0.25+20.25 = 35
    // sd = √(35/3) = 3.415650…; z(2) = −3.5/3.41565 = −1.024695…
    const sd = Math.sqrt(35 / 3);
    expectAllClose(normalisers.zscore(x, all, 1, { params: [50, 10] }), [
      50 - 35 / sd,
      50 - 15 / sd,
      50 + 5 / sd,
      NaN,
      50 + 45 / sd,
    ]);
    expectAllClose(normalisers.zscore(x, all, 1, { params: [0, 1] }), [
      -3.5 / sd,
      -1.5 / sd,
      0.5 / sd,
      NaN,
      4.5 / sd,
    ]);
  });

  it('rank gives percentile ranks with ties at the lowest rank', () => {
    // values 5, 1, 5, 3: ascending ranks 3, 1, 3, 2 → (r − 1)/(4 − 1) × 100
    const y = Float64Array.of(5, 1, 5, 3);
    const a = Uint8Array.of(1, 1, 1, 1);
    expectAllClose(normalisers.rank(y, a, 1, { params: [0, 100] }), [200 / 3, 0, 200 / 3, 100 / 3]);
    // direction −1 ranks −x: −5, −1, −5, −3 → ranks 1, 4, 1, 3
    expectAllClose(normalisers.rank(y, a, -1, { params: [0, 100] }), [0, 100, 0, 200 / 3]);
  });

  it('target caps at 100 and inverts for direction −1', () => {
    // t = 5: 2/5 = 40, 4/5 = 80, min(6/5, 1) = 100; direction −1: 5/2 → 100, 5/4 → 100, 5/6 = 83.3…, 5/10 = 50
    expectAllClose(normalisers.target(x, all, 1, { params: [0, 100], target: 5 }), [
      40,
      80,
      100,
      NaN,
      100,
    ]);
    expectAllClose(normalisers.target(x, all, -1, { params: [0, 100], target: 5 }), [
      100,
      100,
      500 / 6,
      NaN,
      50,
    ]);
  });

  it('reference indexes to the reference unit = 100', () => {
    expectAllClose(normalisers.reference(x, all, 1, { params: [0, 100], reference: 4 }), [
      50,
      100,
      150,
      NaN,
      250,
    ]);
    expectAllClose(normalisers.reference(x, all, -1, { params: [0, 100], reference: 4 }), [
      200,
      100,
      400 / 6,
      NaN,
      40,
    ]);
  });

  it('a direction flip mirrors min–max values: y(+1) + y(−1) = lo + hi', () => {
    const up = normalisers.minmax(x, all, 1, { params: [10, 90] });
    const down = normalisers.minmax(x, all, -1, { params: [10, 90] });
    up.forEach((v, i) =>
      Number.isNaN(v) ? expect(down[i]).toBeNaN() : expect(v + down[i]!).toBeCloseTo(100, 12),
    );
  });
});
