// Theil's two entropy indices, T = GE(1) and L = GE(0), with their exact between/within split.

import { GapscopeError } from '../errors.ts';
import { checkValues, checkWeights } from './checks.ts';
import { checkGrouping, groupTotals, type Grouping } from './grouping.ts';

/** An index and its additive decomposition over a grouping: total = between + within. */
export interface Decomposition {
  total: number;
  between: number;
  within: number;
}

/**
 * Theil T = Σ_i (p_i/P)(x_i/μ) ln(x_i/μ), ≥ 0, 0 = equal (METHODS.md § Inequality and
 * convergence; Theil 1967). With groups: between T_B = Σ_g s_g ln(μ_g/μ) (s_g the group's income
 * share) and within T_W = Σ_g s_g T_g; without, one group (between 0, within = total). Values ≥ 0
 * (0 · ln 0 = 0), weights > 0 or omitted for 1. One pass for the means, one logarithm per record.
 */
export function theilT(x: Float64Array, w?: Float64Array | null, groups?: Grouping): Decomposition {
  checkValues(x, 'non-negative', 'Theil T');
  return theil(x, w ?? null, groups ?? null, 'T');
}

/**
 * Theil L (mean log deviation) = Σ_i (p_i/P) ln(μ/x_i), ≥ 0 (METHODS.md § Inequality and
 * convergence; Theil 1967). With groups: between L_B = Σ_g π_g ln(μ/μ_g) (π_g the population
 * share) and within L_W = Σ_g π_g L_g; without, one group. Values > 0, weights > 0 or omitted.
 */
export function theilL(x: Float64Array, w?: Float64Array | null, groups?: Grouping): Decomposition {
  checkValues(x, 'positive', 'Theil L (the mean log deviation)');
  return theil(x, w ?? null, groups ?? null, 'L');
}

/** Both Theil indices in one pass over values > 0 (METHODS.md § Inequality and convergence). */
export function theilBoth(
  x: Float64Array,
  w?: Float64Array | null,
  groups?: Grouping,
): { T: Decomposition; L: Decomposition } {
  checkValues(x, 'positive', 'Theil L (the mean log deviation)');
  const r = theilSums(x, w ?? null, groups ?? null, true);
  return { T: r.T, L: r.L };
}

function theil(
  x: Float64Array,
  w: Float64Array | null,
  groups: Grouping | null,
  which: 'T' | 'L',
): Decomposition {
  const r = theilSums(x, w, groups, which === 'L');
  return which === 'T' ? r.T : r.L;
}

/**
 * The shared kernel. Per group g it sums A_g = Σ p x ln(x/μ_g) and B_g = Σ p ln(x/μ_g); then
 * T_W = Σ_g A_g / S, T_B = Σ_g (S_g/S) ln(μ_g/μ), L_W = −Σ_g B_g / P, L_B = Σ_g (P_g/P) ln(μ/μ_g),
 * and total = between + within, which is the total by ln(x/μ) = ln(x/μ_g) + ln(μ_g/μ).
 */
function theilSums(
  x: Float64Array,
  w: Float64Array | null,
  groups: Grouping | null,
  wantL: boolean,
): { T: Decomposition; L: Decomposition } {
  const n = x.length;
  if (w) checkWeights(w, n);
  if (groups) checkGrouping(groups, n);
  let P = 0;
  let S = 0;
  let popG: Float64Array;
  let incG: Float64Array;
  if (groups) {
    const t = groupTotals(x, w, groups);
    popG = t.population;
    incG = t.income;
    for (let g = 0; g < popG.length; g++) {
      P += popG[g]!;
      S += incG[g]!;
    }
  } else {
    if (w) {
      for (let i = 0; i < n; i++) {
        P += w[i]!;
        S += w[i]! * x[i]!;
      }
    } else {
      P = n;
      for (let i = 0; i < n; i++) S += x[i]!;
    }
    popG = Float64Array.of(P);
    incG = Float64Array.of(S);
  }
  if (!(S > 0)) {
    throw new GapscopeError(
      'inequality.zero-total',
      'Theil T needs a positive total: every value is 0',
    );
  }
  const G = popG.length;
  const invMean = new Float64Array(G);
  for (let g = 0; g < G; g++) invMean[g] = incG[g]! > 0 ? popG[g]! / incG[g]! : 0;
  const A = new Float64Array(G);
  const B = new Float64Array(G);
  const idx = groups ? groups.index : null;
  // Separate loops keep the common cases free of per-record branches.
  if (idx && w) {
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (v === 0) continue;
      const g = idx[i]!;
      const l = Math.log(v * invMean[g]!);
      const p = w[i]!;
      A[g]! += p * v * l;
      B[g]! += p * l;
    }
  } else if (idx) {
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      if (v === 0) continue;
      const g = idx[i]!;
      const l = Math.log(v * invMean[g]!);
      A[g]! += v * l;
      B[g]! += l;
    }
  } else {
    const inv = invMean[0]!;
    let a = 0;
    let b = 0;
    if (w) {
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (v === 0) continue;
        const l = Math.log(v * inv);
        a += w[i]! * v * l;
        b += w[i]! * l;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (v === 0) continue;
        const l = Math.log(v * inv);
        a += v * l;
        b += l;
      }
    }
    A[0] = a;
    B[0] = b;
  }
  const mean = S / P;
  let tw = 0;
  let tb = 0;
  let lw = 0;
  let lb = 0;
  for (let g = 0; g < G; g++) {
    if (popG[g]! === 0) continue;
    tw += A[g]!;
    lw -= B[g]!;
    const mg = incG[g]! / popG[g]!;
    // A group whose values are all 0 adds nothing to T (s_g = 0); L needs x > 0, so never sees one.
    if (mg > 0) tb += (incG[g]! / S) * Math.log(mg / mean);
    if (wantL) lb += (popG[g]! / P) * Math.log(mean / mg);
  }
  tw /= S;
  lw /= P;
  const T = groups
    ? { total: tb + tw, between: tb, within: tw }
    : { total: tw, between: 0, within: tw };
  const L = groups
    ? { total: lb + lw, between: lb, within: lw }
    : { total: lw, between: 0, within: lw };
  return { T, L };
}
