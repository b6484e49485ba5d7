// Outlier treatment: winsorisation passes, the log fallback and percentile clipping
// (METHODS.md § Treat outliers). ASEM's 35 winsorised cells are checked in pipeline/asem.test.ts.

import { describe, expect, it } from 'vitest';
import { skewKurt } from '../../../src/core/stats/moments.ts';
import { treatments } from '../../../src/core/treat/index.ts';
import { CELL_FLAG } from '../../../src/core/treat/types.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';

const opts = { maxCells: 5, skew: 2, kurtosis: 3.5, clip: [0.025, 0.975] as [number, number] };
const ones = (n: number): Uint8Array => new Uint8Array(n).fill(1);

describe('skewness and kurtosis (Excel SKEW/KURT)', () => {
  it('match hand computation on 1, 2, 3, 4, 10', () => {
    // mean 4; d = −3, −2, −1, 0, 6; Σd² = 50, Σd³ = −27 −8 −1 + 216 = 180, Σd⁴ = 81+16+1+1296 = 1394
    // skew = √(5·4)/3 · (180/5)/(50/5)^1.5 = 1.490712 · 36/31.622777 = 1.697056…
    // r = 5·1394/50² = 2.788; kurt = ((6)(2.788 − 3) + 6)·4/(3·2) = (−1.272 + 6)·4/6 = 3.152
    const st = skewKurt(Float64Array.of(1, 2, 3, 4, 10));
    expectClose(st.skew, (Math.sqrt(20) / 3) * (36 / Math.pow(10, 1.5)), 1e-12);
    expectClose(st.kurt, 3.152, 1e-12);
  });
});

describe('winsorise', () => {
  it('leaves a passing indicator alone', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5, 6);
    const r = treatments.winsorise(x, ones(6), opts);
    expect(r.values).toBe(x);
    expect(r.report.method).toBe('none');
  });

  it('pulls the high outlier in to the next value until it passes', () => {
    // 1..19 and 100: skew ≫ 2, kurt ≫ 3.5; one pass sets 100 → 19, then 1..19, 19 passes.
    const x = Float64Array.from([...Array.from({ length: 19 }, (_, i) => i + 1), 100]);
    const r = treatments.winsorise(x, ones(20), opts);
    expect(r.report.method).toBe('winsorise');
    expect(r.report.changed).toBe(1);
    expect(r.values[19]).toBe(19);
    expect(r.report.flags![19]).toBe(CELL_FLAG.winhi);
    expect(r.report.passedAfter).toBe(true);
  });

  it('counts tied cells all at once and may pass the limit on the last pass', () => {
    // 18 values 1..18 and two of 500: the tie changes 2 cells in one pass; with maxCells = 1 the
    // loop still makes that one pass (0 < 1), so 2 cells change.
    const x = Float64Array.from([...Array.from({ length: 18 }, (_, i) => i + 1), 500, 500]);
    const r = treatments.winsorise(x, ones(20), { ...opts, maxCells: 1 });
    expect(r.report.method).toBe('winsorise');
    expect(r.report.changed).toBe(2);
    expect([...r.values.slice(17)]).toEqual([18, 18, 18]);
  });

  it('falls back to ln(x − min + 0.01·(max − min)) when winsorising cannot fix it within the limit', () => {
    // A geometric series is heavily skewed however many top values are trimmed; limit 1 cell.
    const x = Float64Array.from(Array.from({ length: 20 }, (_, i) => Math.pow(2, i)));
    const r = treatments.winsorise(x, ones(20), { ...opts, maxCells: 1 });
    expect(r.report.method).toBe('log');
    const min = 1;
    const max = Math.pow(2, 19);
    expectAllClose(
      r.values,
      Array.from(x, (v) => Math.log(v - min + 0.01 * (max - min))),
    );
    expect(r.report.changed).toBe(20);
  });

  it('ignores screened-out and missing units', () => {
    const x = Float64Array.from([...Array.from({ length: 19 }, (_, i) => i + 1), 100, NaN]);
    const active = ones(21);
    active[19] = 0; // the outlier is screened out: nothing to treat
    const r = treatments.winsorise(x, active, opts);
    expect(r.report.method).toBe('none');
  });
});

describe('clip', () => {
  it('clips to type-7 percentiles', () => {
    // 0..10, 10 % and 90 %: h = 10·0.1 = 1 → 1; h = 9 → 9. 0 → 1 and 10 → 9.
    const x = Float64Array.from(Array.from({ length: 11 }, (_, i) => i));
    const r = treatments.clip(x, ones(11), { ...opts, clip: [0.1, 0.9] });
    expect(r.values[0]).toBe(1);
    expect(r.values[10]).toBe(9);
    expect(r.report.changed).toBe(2);
    expect(r.report.flags![0]).toBe(CELL_FLAG.clipped);
  });
});
