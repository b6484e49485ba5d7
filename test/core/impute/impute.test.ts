// Imputation methods on small cases computed by hand (METHODS.md § Impute).

import { describe, expect, it } from 'vitest';
import { imputers } from '../../../src/core/impute/index.ts';
import type { Frame } from '../../../src/core/pipeline/frame.ts';
import { expectAllClose } from '../../helpers/expect-close.ts';

const frames = (...periods: number[][]): Frame[] =>
  periods.map((col, p) => ({ period: String(2020 + p), cols: [Float64Array.from(col)] }));

describe('imputation', () => {
  it('group-mean fills with the mean of the unit’s group; a group without values stays missing', () => {
    // groups 0: units 0–2 (1, 3, –) → mean 2; group 1: units 3–4 (–, –) → stays missing; unit 5 no group
    const f = frames([1, 3, NaN, NaN, NaN, NaN]);
    const r = imputers['group-mean'](f, {
      groups: Int32Array.of(0, 0, 0, 1, 1, -1),
      times: [2020],
    });
    expectAllClose(r.frames[0]!.cols[0]!, [1, 3, 2, NaN, NaN, NaN]);
    expect([...r.flags[0]![0]!]).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it('group-median uses the median', () => {
    // group 0 values 1, 2, 10 → median 2
    const f = frames([1, 2, 10, NaN]);
    const r = imputers['group-median'](f, { groups: Int32Array.of(0, 0, 0, 0), times: [2020] });
    expectAllClose(r.frames[0]!.cols[0]!, [1, 2, 10, 2]);
  });

  it('interpolate is linear in time between the nearest observed neighbours; ends stay missing', () => {
    // unit 0: 10, –, –, 40 → 20, 30 at t = 2021, 2022; unit 1: –, 5, –, – → stays missing at both ends
    const f = frames([10, NaN], [NaN, 5], [NaN, NaN], [40, NaN]);
    const r = imputers.interpolate(f, { groups: null, times: [2020, 2021, 2022, 2023] });
    expectAllClose(
      r.frames.map((x) => x.cols[0]![0]!),
      [10, 20, 30, 40],
    );
    expectAllClose(
      r.frames.map((x) => x.cols[0]![1]!),
      [NaN, 5, NaN, NaN],
    );
  });

  it('interpolate respects uneven time steps', () => {
    // 2020 → 0, 2024 → 8 with only 2021 between: 0 + 8·(1/4) = 2
    const f: Frame[] = [
      { period: '2020', cols: [Float64Array.of(0)] },
      { period: '2021', cols: [Float64Array.of(NaN)] },
      { period: '2024', cols: [Float64Array.of(8)] },
    ];
    const r = imputers.interpolate(f, { groups: null, times: [2020, 2021, 2024] });
    expectAllClose([r.frames[1]!.cols[0]![0]!], [2]);
  });

  it('locf carries the last observation forward', () => {
    const f = frames([1, NaN], [NaN, NaN], [3, 7], [NaN, NaN]);
    const r = imputers.locf(f, { groups: null, times: [0, 1, 2, 3] });
    expectAllClose(
      r.frames.map((x) => x.cols[0]![0]!),
      [1, 1, 3, 3],
    );
    expectAllClose(
      r.frames.map((x) => x.cols[0]![1]!),
      [NaN, NaN, 7, 7],
    );
  });

  it('never changes an observed value and shares untouched columns', () => {
    const f = frames([1, 2, 3]);
    const r = imputers['group-mean'](f, { groups: Int32Array.of(0, 0, 0), times: [2020] });
    expect(r.frames[0]!.cols[0]).toBe(f[0]!.cols[0]);
    expect(r.flags[0]![0]).toBeNull();
  });
});
