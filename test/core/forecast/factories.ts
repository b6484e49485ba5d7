// A synthetic panel from the additive damped-trend model itself, seeded, so that the truth of every
// forecast — the years after the panel — is known.

import type { DampedParams } from '../../../src/core/forecast/damped.ts';
import { mulberry32, normal, seedFor } from '../../../src/core/random.ts';

/** A panel of `n` units over `years` years, and the `ahead` years that follow each, unseen. */
export interface SyntheticPanel {
  series: Float64Array[];
  future: Float64Array[];
}

/**
 * Units from ŷ = ℓ + φb, x = ŷ + ε, ℓ′ = αx + (1 − α)ŷ, b′ = β(ℓ′ − ℓ) + (1 − β)φb, with the noise
 * sd σ_i = exp(0.5·z) (units differ in scale), ℓ₀ = 100 + 20z and b₀ = σ_i(1 + z); a share
 * `missing` of the panel's values is removed at random (never the first two).
 */
export function makeDampedPanel(opts: {
  n: number;
  years: number;
  ahead?: number;
  params: DampedParams;
  seed: number;
  missing?: number;
}): SyntheticPanel {
  const rng = mulberry32(seedFor(opts.seed, 'damped-panel'));
  const { alpha, beta, phi } = opts.params;
  const ahead = opts.ahead ?? 3;
  const series: Float64Array[] = [];
  const future: Float64Array[] = [];
  for (let i = 0; i < opts.n; i++) {
    const sigma = Math.exp(0.5 * normal(rng));
    let level = 100 + 20 * normal(rng);
    let trend = sigma * (1 + normal(rng));
    const all = Float64Array.from({ length: opts.years + ahead }, () => {
      const f = level + phi * trend;
      const x = f + sigma * normal(rng);
      const next = alpha * x + (1 - alpha) * f;
      trend = beta * (next - level) + (1 - beta) * phi * trend;
      level = next;
      return x;
    });
    const panel = all.slice(0, opts.years);
    for (let k = 2; k < opts.years; k++) if (rng() < (opts.missing ?? 0)) panel[k] = NaN;
    series.push(panel);
    future.push(all.slice(opts.years));
  }
  return { series, future };
}
