// Pooled damped-trend parameters: the written-out search equals a plain one over dampedRun, the
// grid is as documented, ties go to the first point, and the search is deterministic.

import { describe, expect, it } from 'vitest';
import { dampedRun, type DampedParams } from '../../../src/core/forecast/damped.ts';
import { DAMPED_GRID, fitPooled } from '../../../src/core/forecast/fit.ts';
import { errorScale, observedCount } from '../../../src/core/forecast/scale.ts';
import { makeDampedPanel } from './factories.ts';

/** The pooled objective at origin o, computed the plain way with dampedRun. */
function objective(series: Float64Array[], p: DampedParams, o: number): number {
  let sum = 0;
  for (const x of series) {
    const s = errorScale(x, o);
    if (!(s > 0) || observedCount(x, o) < 4) continue;
    const e = new Float64Array(x.length);
    dampedRun(x, p, o, e);
    for (let k = 0; k <= o; k++) if (e[k] === e[k]) sum += (e[k]! / s) ** 2;
  }
  return sum;
}

/** The first grid point with the least objective, by brute force. */
function bruteForce(series: Float64Array[], o: number, grid: readonly DampedParams[]) {
  let best = Infinity;
  let pick: DampedParams | null = null;
  for (const p of grid) {
    const v = objective(series, p, o);
    if (v < best) {
      best = v;
      pick = p;
    }
  }
  return pick;
}

describe('fitPooled', () => {
  const { series } = makeDampedPanel({
    n: 40,
    years: 10,
    params: { alpha: 0.4, beta: 0.5, phi: 0.9 },
    seed: 5,
    missing: 0.1,
  });

  it('searches the documented grid: α 0.1…1, β 0…1 by 0.1, φ 0.80…0.98 by 0.02', () => {
    expect(DAMPED_GRID).toHaveLength(1100);
    expect(DAMPED_GRID[0]).toEqual({ alpha: 0.1, beta: 0, phi: 0.8 });
    expect(DAMPED_GRID[9]).toEqual({ alpha: 0.1, beta: 0, phi: 0.98 });
    expect(DAMPED_GRID.at(-1)).toEqual({ alpha: 1, beta: 1, phi: 0.98 });
    expect(new Set(DAMPED_GRID.map((p) => p.phi)).size).toBe(10);
  });

  it('picks, at every origin, the grid point a plain search over dampedRun picks', () => {
    const grid = DAMPED_GRID.filter((_, k) => k % 7 === 0);
    const origins = [9, 4, 6];
    const fitted = fitPooled(series, origins, grid);
    origins.forEach((o, j) =>
      expect(fitted[j], `origin ${o}`).toEqual(bruteForce(series, o, grid)),
    );
  });

  it('reads only the years up to each origin', () => {
    const cut = series.map((x) => x.map((v, k) => (k > 5 ? v * 3 + 7 : v)));
    expect(fitPooled(cut, [5])).toEqual(fitPooled(series, [5]));
  });

  it('gives the first grid point on a tie, and nothing where no unit counts', () => {
    const same = { alpha: 0.5, beta: 0.5, phi: 0.9 };
    const grid = [same, { ...same }];
    expect(fitPooled([Float64Array.of(1, 2, 4, 5, 7)], [4], grid)[0]).toBe(grid[0]);
    // A constant unit has scale 0, and 3 values are too few: neither counts.
    expect(fitPooled([Float64Array.of(5, 5, 5, 5, 5)], [4])).toEqual([null]);
    expect(fitPooled(series, [2])).toEqual([null]);
  });

  it('is deterministic', () => {
    expect(fitPooled(series, [6, 9])).toEqual(fitPooled(series, [6, 9]));
  });
});
