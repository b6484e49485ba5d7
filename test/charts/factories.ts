// Seeded fixtures for the chart builders: scores, series over periods, panels of unit levels.

import { mulberry32, normal } from '../../src/core/random.ts';

/** `n` scores around 60 (sd 10) on 0–100, every `gapEvery`-th one missing when given. */
export function makeScores(
  opts: { n?: number; seed?: number; gapEvery?: number } = {},
): (number | null)[] {
  const rng = mulberry32(opts.seed ?? 1);
  return Array.from({ length: opts.n ?? 90 }, (_, i) =>
    opts.gapEvery && i % opts.gapEvery === opts.gapEvery - 1
      ? null
      : Math.max(0, Math.min(100, Math.round((60 + 10 * normal(rng)) * 10) / 10)),
  );
}

/** Years `from`…`to` as period codes. */
export function years(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, k) => String(from + k));
}

/** A series of `n` values from `start`, changing by `step` a period plus seeded noise. */
export function makeSeries(opts: {
  n: number;
  start: number;
  step: number;
  noise?: number;
  seed?: number;
}): number[] {
  const rng = mulberry32(opts.seed ?? 1);
  return Array.from(
    { length: opts.n },
    (_, k) =>
      Math.round((opts.start + k * opts.step + (opts.noise ?? 0) * normal(rng)) * 1e4) / 1e4,
  );
}

/** Units U01… with a starting level and a final level that converges: lower starts grow faster. */
export function makePanel(opts: { n?: number; seed?: number } = {}): {
  code: string;
  name: string;
  start: number;
  end: number;
}[] {
  const rng = mulberry32(opts.seed ?? 1);
  return Array.from({ length: opts.n ?? 40 }, (_, i) => {
    const start = Math.round(20000 * Math.exp(0.3 * normal(rng)));
    const growth = 0.08 - 0.04 * Math.log(start / 20000) + 0.005 * normal(rng);
    return {
      code: `U${String(i + 1).padStart(2, '0')}`,
      name: `单位${i + 1}`,
      start,
      end: Math.round(start * Math.exp(growth * 5)),
    };
  });
}
