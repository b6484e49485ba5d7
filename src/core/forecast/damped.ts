// Additive damped-trend exponential smoothing on one annual series with gaps (METHODS.md § Progress
// towards targets and forecasts; Gardner and McKenzie 1985; Hyndman and Athanasopoulos §8.2).

/** The smoothing parameters: level α and trend β in [0, 1], damping φ (0.8–0.98 on the grid). */
export interface DampedParams {
  alpha: number;
  beta: number;
  phi: number;
}

/** The state after the last year run: level ℓ and trend b, at index `at` of the series. */
export interface DampedState {
  level: number;
  trend: number;
  at: number;
}

/**
 * Runs the recursions over x[0..end] (one value a year, NaN where missing): ℓ = x and
 * b = (x₂ − x₁)/(y₂ − y₁) at the second observed year; then each year f = ℓ + φb, and when x is
 * observed ℓ′ = αx + (1 − α)f, b′ = β(ℓ′ − ℓ) + (1 − β)φb, when missing ℓ′ = f, b′ = φb. The
 * one-step errors x − f are written to `errors` (NaN elsewhere) when given. Null with fewer than
 * two observed values up to `end`.
 * @example dampedRun(Float64Array.of(10, 12, 13), { alpha: 0.5, beta: 0.4, phi: 0.9 }, 2)
 * // { level: 13.4, trend: 1.64, at: 2 }
 */
export function dampedRun(
  x: ArrayLike<number>,
  p: DampedParams,
  end: number,
  errors?: Float64Array,
): DampedState | null {
  if (errors) errors.fill(NaN);
  let first = -1;
  let second = -1;
  for (let k = 0; k <= end && second < 0; k++) {
    if (x[k] !== x[k]) continue;
    if (first < 0) first = k;
    else second = k;
  }
  if (second < 0) return null;
  let level = x[second]!;
  let trend = (x[second]! - x[first]!) / (second - first);
  const { alpha, beta, phi } = p;
  for (let k = second + 1; k <= end; k++) {
    const f = level + phi * trend;
    const v = x[k]!;
    if (v !== v) {
      level = f;
      trend = phi * trend;
      continue;
    }
    if (errors) errors[k] = v - f;
    const next = alpha * v + (1 - alpha) * f;
    trend = beta * (next - level) + (1 - beta) * phi * trend;
    level = next;
  }
  return { level, trend, at: end };
}

/** The forecast h ≥ 0 years after the state's year: ℓ + (φ + φ² + … + φ^h)·b. */
export function dampedForecast(s: DampedState, phi: number, h: number): number {
  let sum = 0;
  let power = 1;
  for (let k = 1; k <= h; k++) {
    power *= phi;
    sum += power;
  }
  return s.level + sum * s.trend;
}
