// The demo's non-income indicators: a province path per indicator that the county values are
// calibrated to (by the indicator's rollup), unit effects from the development level, and
// persistent year-to-year noise. Values are on the indicator's own scale (after denomination).

import { normal } from '../../src/core/random.ts';
import { solveShift } from './calibrate.ts';
import type { Panel } from './population.ts';
import type { Profile } from './profile.ts';

export type WeightSeries = 'POP' | 'POP_RURAL' | 'ELDERLY';

export interface IndicatorSpec {
  id: string;
  /** logit for shares in %, log for per-head values, linear for growth rates. */
  scale: 'logit' | 'log' | 'linear';
  /** The province aggregate, 2016–2025. */
  path: number[];
  /** Effect of the development level (on the scale). */
  dev: number;
  /** Further effects of kind and group (on the scale). */
  effect?: (p: Profile, year: number) => number;
  /** Standard deviation of the unit's own effect, and of its year noise (AR(1) with rho). */
  sd: number;
  sdYear: number;
  rho: number;
  /** The rollup weight; null for a plain mean. */
  weight: WeightSeries | null;
  /** Bounds on a unit's value (e.g. urbanisation below 97.5 %, so rural residents remain). */
  clamp?: [number, number];
}

/** The two deliberate outliers: a district with very high C4, a county with very high V2. */
export const OUTLIERS: Record<string, { unit: string; factor: number }> = {
  C4: { unit: '330108', factor: 4 }, // 滨江区
  V2: { unit: '330523', factor: 3.5 }, // 安吉县
};

const mountain = (p: Profile, v: number): number => (p.mountain ? v : 0);

/** Specifications; the 2025 values marked "reported" are replaced by the 2025 report's figures. */
export function indicatorSpecs(): IndicatorSpec[] {
  return [
    {
      id: 'C1',
      scale: 'linear',
      path: [7.6, 7.8, 7.1, 6.8, 3.6, 8.5, 3.1, 6.0, 5.5, 5.6],
      dev: 0,
      // Mountain counties lag before the 2021 plan and grow faster after it; core districts are mature.
      effect: (p, y) => mountain(p, y < 2021 ? -0.4 : 0.5) - (p.core ? 0.3 : 0),
      sd: 0.7,
      sdYear: 1.3,
      rho: 0,
      weight: null,
    },
    {
      id: 'C2',
      scale: 'logit',
      path: [55, 57.5, 60, 62.5, 65, 68, 71, 73.5, 76, 78.8], // 2025 reported
      dev: 1.2,
      effect: (p) => (p.kind === 'district' ? 0.2 : 0) + mountain(p, -0.3),
      sd: 0.35,
      sdYear: 0.12,
      rho: 0.7,
      weight: 'POP',
    },
    {
      id: 'C3',
      scale: 'logit',
      path: [67.0, 68.0, 68.9, 70.0, 72.2, 72.7, 73.4, 74.2, 74.8, 75.3],
      dev: 1,
      effect: (p) =>
        (p.core ? 2.2 : 0) + (p.kind === 'district' ? 0.9 : p.kind === 'county' ? -0.35 : 0),
      sd: 0.25,
      sdYear: 0.03,
      rho: 0.9,
      weight: 'POP',
      clamp: [20, 97.5],
    },
    {
      id: 'C4',
      scale: 'log',
      path: [7000, 7600, 8500, 9000, 9100, 10300, 10000, 10700, 11000, 11300],
      dev: 2,
      effect: (p) => (p.kind === 'district' ? 0.25 : 0) + (p.core ? 0.2 : 0),
      sd: 0.25,
      sdYear: 0.06,
      rho: 0.5,
      weight: 'POP',
    },
    {
      id: 'V1',
      scale: 'logit',
      path: [12, 16, 21, 27, 34, 45, 58, 70, 80, 88.6], // 2025 reported
      dev: 2,
      effect: (p) => (p.core ? 0.3 : 0) + mountain(p, -0.3),
      sd: 0.4,
      sdYear: 0.15,
      rho: 0.6,
      weight: 'POP_RURAL',
    },
    {
      id: 'V2',
      scale: 'log',
      // 9 % a year up to 2025, when it is the reported chain output over the rural population.
      path: [0.46, 0.5, 0.55, 0.6, 0.65, 0.71, 0.77, 0.84, 0.92, 1],
      dev: 0.6,
      effect: (p) =>
        (p.kind === 'county' ? 0.15 : p.kind === 'county-city' ? 0.1 : -0.15) -
        (p.core ? 0.5 : 0) +
        mountain(p, -0.1),
      sd: 0.3,
      sdYear: 0.05,
      rho: 0.7,
      weight: 'POP_RURAL',
    },
    {
      id: 'V3',
      scale: 'logit',
      path: [8, 10, 12, 15, 18, 21, 25, 30, 35, 40],
      dev: 2,
      effect: (p) => mountain(p, -0.2),
      sd: 0.35,
      sdYear: 0.1,
      rho: 0.7,
      weight: 'POP_RURAL',
    },
    {
      id: 'V4',
      scale: 'log',
      // Relative to 2025, when it is the reported number of entrepreneurs over the rural population.
      path: [0.13, 0.17, 0.2, 0.25, 0.32, 0.42, 0.54, 0.69, 0.84, 1],
      dev: 1.5,
      sd: 0.3,
      sdYear: 0.08,
      rho: 0.6,
      weight: 'POP_RURAL',
    },
    {
      id: 'R1',
      scale: 'logit',
      path: [80, 82, 84.5, 87, 89.5, 91.5, 93.5, 95.5, 97, 98], // 2025 reported
      dev: 2,
      effect: (p) => (p.core ? 0.8 : 0) + mountain(p, -0.3),
      sd: 0.3,
      sdYear: 0.1,
      rho: 0.7,
      weight: 'POP',
    },
    {
      id: 'R2',
      scale: 'logit',
      path: [72, 76, 80, 84, 87, 89.5, 91.5, 93.5, 95, 96],
      dev: 1.5,
      effect: (p) => mountain(p, -0.2),
      sd: 0.25,
      sdYear: 0.1,
      rho: 0.7,
      weight: 'POP_RURAL',
    },
    {
      id: 'R3',
      scale: 'logit',
      path: [35, 42, 50, 58, 66, 74, 81, 87, 91.5, 94],
      dev: 1,
      sd: 0.25,
      sdYear: 0.12,
      rho: 0.6,
      weight: 'POP_RURAL',
    },
    {
      id: 'R4',
      scale: 'logit',
      path: [5, 6, 8, 15, 35, 60, 75, 83, 88, 91],
      dev: 0.8,
      sd: 0.4,
      sdYear: 0.2,
      rho: 0.5,
      weight: 'POP_RURAL',
    },
    {
      id: 'R5',
      scale: 'log',
      path: [1.9, 1.95, 2.0, 2.1, 2.2, 2.3, 2.4, 2.55, 2.65, 2.75],
      dev: 0.6,
      effect: (p) => mountain(p, -0.05),
      sd: 0.12,
      sdYear: 0.04,
      rho: 0.6,
      weight: 'POP_RURAL',
    },
    {
      id: 'R6',
      scale: 'log',
      path: [6, 7.5, 9, 11, 13.5, 16, 18.5, 21, 23.2, 25.16], // 2025 reported
      dev: 0.8,
      sd: 0.2,
      sdYear: 0.08,
      rho: 0.6,
      weight: 'ELDERLY',
    },
    {
      id: 'P4',
      scale: 'logit',
      path: [62, 64, 66, 68.5, 72, 73.5, 75, 76.5, 78, 79.5],
      dev: 2.5,
      effect: (p) => (p.core ? 0.2 : 0),
      sd: 0.15,
      sdYear: 0.05,
      rho: 0.8,
      weight: 'POP',
    },
  ];
}

const logit = (pct: number): number => Math.log(pct / (100 - pct));
const SCALES = {
  logit: { to: logit, from: (z: number): number => 100 / (1 + Math.exp(-z)) },
  log: { to: Math.log, from: Math.exp },
  linear: { to: (x: number): number => x, from: (x: number): number => x },
};

/**
 * County values of one indicator for `years` (aligned with the weight panels), calibrated each
 * year so that the rollup aggregate equals the path.
 */
export function generateIndicator(
  spec: IndicatorSpec,
  profiles: Profile[],
  weights: Panel | null,
  years: number[],
  rng: () => number,
): Panel {
  const { to, from } = SCALES[spec.scale];
  const [lo, hi] = spec.clamp ?? [-Infinity, Infinity];
  const map = (z: number): number => Math.min(hi, Math.max(lo, from(z)));
  const outlier = OUTLIERS[spec.id];
  const own = profiles.map((p) => {
    const extra = outlier?.unit === p.code ? Math.log(outlier.factor) : 0;
    return spec.dev * p.dev + spec.sd * normal(rng) + extra;
  });
  const noise = profiles.map(() => spec.sdYear * normal(rng));
  const out: Panel = new Map(profiles.map((p) => [p.code, years.map(() => NaN)]));
  spec.path.forEach((target, t) => {
    const year = 2016 + t;
    const k = years.indexOf(year);
    const z = profiles.map((p, i) => {
      if (t > 0)
        noise[i] = spec.rho * noise[i]! + Math.sqrt(1 - spec.rho ** 2) * spec.sdYear * normal(rng);
      return to(target) + own[i]! + (spec.effect?.(p, year) ?? 0) + noise[i]!;
    });
    const w = weights ? profiles.map((p) => weights.get(p.code)![k]!) : null;
    const shift = solveShift(z, map, w, target);
    profiles.forEach((p, i) => (out.get(p.code)![k] = map(z[i]! + shift)));
  });
  return out;
}
