// The progress flag of one unit's series towards a target, by the SDG progress method of Statistics
// Canada in open-sdg (METHODS.md § Progress towards targets and forecasts, progress flags).

import { annualRate } from '../diagnostics/targets.ts';
import type { Bounds, ThresholdSet } from './thresholds.ts';

/** The flags, best first. */
export const FLAGS = [
  'achieved',
  'on-track',
  'needs-acceleration',
  'limited',
  'deterioration',
] as const;
export type Flag = (typeof FLAGS)[number];

/** Why a series has no flag. */
export type NoFlag = 'no-value' | 'too-few-points' | 'zero-base';

/** Why growth is linear rather than compound. */
export type LinearBecause = 'not-positive' | 'rate-of-change';

/** One unit's progress on one indicator. */
export interface Progress {
  flag: Flag | null;
  /** Why there is no flag; null when there is one. */
  noFlag: NoFlag | null;
  /** The base year used and whether the asked one had no value (so the next one was taken). */
  baseYear: number | null;
  baseShifted: boolean;
  /** The latest year up to the assessed one with a value. */
  currentYear: number | null;
  base: number | null;
  current: number | null;
  growth: 'compound' | 'linear' | null;
  linearBecause: LinearBecause | null;
  /** CAGR, or the linear slope in the indicator's units a year. */
  rate: number | null;
  /** The rate the target needs from the base year (same kind); null without a target. */
  required: number | null;
  /** r = d·rate / |required|; null without a target, when achieved or when required = 0. */
  ratio: number | null;
  /** d·CAGR, or d·slope / |base|: what is compared without a target. */
  signedGrowth: number | null;
}

/** What the flag reads: a series of consecutive years and the choices. */
export interface FlagInput {
  /** Consecutive years, the last being the one assessed. */
  firstYear: number;
  values: ArrayLike<number>;
  direction: 1 | -1;
  baseYear: number;
  target: { year: number; value: number } | null;
  rateOfChange: boolean;
  thresholds: ThresholdSet;
}

/** The first flag whose bound v reaches (bounds inclusive from above). */
export function flagOf(v: number, b: Bounds): Exclude<Flag, 'achieved'> {
  if (v >= b.onTrack) return 'on-track';
  if (v >= b.acceleration) return 'needs-acceleration';
  if (v >= b.limited) return 'limited';
  return 'deterioration';
}

const EMPTY: Omit<Progress, 'noFlag'> = {
  flag: null,
  baseYear: null,
  baseShifted: false,
  currentYear: null,
  base: null,
  current: null,
  growth: null,
  linearBecause: null,
  rate: null,
  required: null,
  ratio: null,
  signedGrowth: null,
};

/**
 * The flag: current year c = the last with a value; base year t₀ = the asked one or the next with
 * a value; `achieved` when d·(x_c − x*) ≥ 0; else with a target r = d·rate/|required| against the
 * set's target bounds (deterioration when required = 0), without one d·CAGR or d·slope/|x₀|
 * against its absolute bounds. Growth is compound when x₀, x_c (and x*) are > 0 and the indicator
 * is not a rate of change, else linear.
 * @example progressFlag({ firstYear: 2015, values: [100, NaN, NaN, NaN, NaN, 90], direction: -1,
 *   baseYear: 2015, target: { year: 2030, value: 50 }, rateOfChange: false,
 *   thresholds: THRESHOLDS.statcan }).flag // 'limited' (r = 0.46174)
 */
export function progressFlag(input: FlagInput): Progress {
  const { values: x, firstYear, direction: d, target } = input;
  let c = x.length - 1;
  while (c >= 0 && x[c] !== x[c]) c--;
  if (c < 0) return { ...EMPTY, noFlag: 'no-value' };
  let b = Math.max(0, input.baseYear - firstYear);
  while (b < c && x[b] !== x[b]) b++;
  const years = { baseYear: firstYear + b, currentYear: firstYear + c };
  const baseShifted = years.baseYear !== input.baseYear;
  if (b >= c) return { ...EMPTY, ...years, baseShifted, noFlag: 'too-few-points' };
  const x0 = x[b]!;
  const xc = x[c]!;
  const positive = x0 > 0 && xc > 0 && (!target || target.value > 0);
  const growth: Progress['growth'] = positive && !input.rateOfChange ? 'compound' : 'linear';
  const linearBecause: LinearBecause | null =
    growth === 'compound' ? null : input.rateOfChange ? 'rate-of-change' : 'not-positive';
  const rate = annualRate(growth, x0, xc, c - b);
  const required = target
    ? annualRate(growth, x0, target.value, target.year - years.baseYear)
    : null;
  const signedGrowth =
    growth === 'compound' ? d * rate : x0 === 0 ? null : (d * rate) / Math.abs(x0);
  const out: Omit<Progress, 'flag' | 'noFlag' | 'ratio'> = {
    ...years,
    baseShifted,
    base: x0,
    current: xc,
    growth,
    linearBecause,
    rate,
    required,
    signedGrowth,
  };
  const none = { noFlag: null, ratio: null };
  if (target) {
    if (d * (xc - target.value) >= 0) return { ...out, ...none, flag: 'achieved' };
    if (required === 0) return { ...out, ...none, flag: 'deterioration' };
    const ratio = (d * rate) / Math.abs(required!);
    return { ...out, noFlag: null, flag: flagOf(ratio, input.thresholds.withTarget), ratio };
  }
  if (signedGrowth === null) return { ...out, flag: null, noFlag: 'zero-base', ratio: null };
  return { ...out, ...none, flag: flagOf(signedGrowth, input.thresholds.withoutTarget) };
}
