// Coupling coordination: how strongly and how evenly subsystems develop together (C, T and D).

import { GapscopeError } from '../errors.ts';

/** Per-unit outputs of `coupling`: coupling degree C, development index T, coordination D. */
export interface CouplingOut {
  C: Float64Array;
  T: Float64Array;
  D: Float64Array;
}

/** A coupling coordination class: level 1 (extreme imbalance) … 10 (quality coordination). */
export interface CouplingClass {
  level: number;
  zh: string;
  en: string;
}

/**
 * Writes each unit's coupling degree C, comprehensive development index T and coordination degree
 * D = √(C·T), all in [0, 1], from subsystem score columns `children` on 0–100 (U_k = S_k / 100)
 * and subsystem weights `alpha` (null = 1/m each; otherwise normalised to sum 1)
 * (METHODS.md § Aggregation, coupling).
 *
 * A unit missing any subsystem gets NaN in C, T and D: C compares all m subsystems at once and has
 * no meaning over fewer. C is 0 when every U_k is 0. A score outside 0–100 is an error, since the
 * geometric mean needs U_k ≥ 0 and the classes assume D ≤ 1.
 */
export function coupling(
  children: Float64Array[],
  alpha: Float64Array | null,
  out: CouplingOut,
): void {
  const m = children.length;
  const a = new Float64Array(m).fill(1 / m);
  if (alpha) {
    let s = 0;
    for (let k = 0; k < m; k++) {
      if (!(alpha[k]! >= 0) || !Number.isFinite(alpha[k]!)) {
        throw new GapscopeError(
          'aggregate.coupling-alpha',
          `coupling weight ${k + 1} is ${alpha[k]}; weights must be ≥ 0`,
        );
      }
      s += alpha[k]!;
    }
    if (alpha.length !== m || !(s > 0)) {
      throw new GapscopeError(
        'aggregate.coupling-alpha',
        `coupling needs ${m} subsystem weights with a positive sum; got ${alpha.length} summing to ${s}`,
      );
    }
    for (let k = 0; k < m; k++) a[k] = alpha[k]! / s;
  }
  const n = out.D.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let logProd = 0;
    let zero = false;
    let t = 0;
    let missing = m === 0;
    for (let k = 0; k < m; k++) {
      const s = children[k]![i]!;
      if (s !== s) {
        missing = true;
        break;
      }
      if (s < -1e-9 || s > 100 + 1e-9) {
        throw new GapscopeError(
          'aggregate.coupling-range',
          `coupling needs subsystem scores in 0–100; unit ${i + 1}, subsystem ${k + 1} has ${s} (use a bounded normalisation such as minmax)`,
        );
      }
      const u = Math.min(1, Math.max(0, s / 100));
      sum += u;
      t += a[k]! * u;
      if (u === 0) zero = true;
      else logProd += Math.log(u);
    }
    if (missing) {
      out.C[i] = out.T[i] = out.D[i] = NaN;
      continue;
    }
    // m·(Π U)^(1/m) / Σ U ≤ 1 by the AM–GM inequality; clamp what rounding adds.
    const c = sum === 0 || zero ? 0 : Math.min(1, (m * Math.exp(logProd / m)) / sum);
    out.C[i] = c;
    out.T[i] = t;
    out.D[i] = Math.sqrt(c * t);
  }
}

const CLASSES: readonly (readonly [string, string])[] = [
  ['极度失调', 'extreme imbalance'],
  ['严重失调', 'serious imbalance'],
  ['中度失调', 'moderate imbalance'],
  ['轻度失调', 'mild imbalance'],
  ['濒临失调', 'on the verge of imbalance'],
  ['勉强协调', 'barely coordinated'],
  ['初级协调', 'primary coordination'],
  ['中级协调', 'intermediate coordination'],
  ['良好协调', 'good coordination'],
  ['优质协调', 'quality coordination'],
];

/**
 * The class of a coordination degree D in [0, 1]: ten classes in steps of 0.1, each closed below
 * and open above except [0.9, 1] (METHODS.md § Aggregation, coupling). Bounds compare with the
 * decimal literals 0.1 … 0.9, so D = 0.3 is class 4. NaN, or D outside [0, 1] by more than 1e-9,
 * is an error.
 */
export function couplingClass(d: number): CouplingClass {
  if (!(d >= -1e-9 && d <= 1 + 1e-9)) {
    throw new GapscopeError(
      'aggregate.coupling-class',
      `coupling coordination degree ${d} is not in [0, 1]`,
    );
  }
  let level = 1;
  while (level < 10 && d >= level / 10) level++;
  const [zh, en] = CLASSES[level - 1]!;
  return { level, zh, en };
}

/** The first (unit, subsystem) whose score lies outside 0–100, or null: coupling is defined only inside. */
export function couplingOutOfRange(
  children: Float64Array[],
): { unit: number; child: number; value: number } | null {
  for (let k = 0; k < children.length; k++) {
    const col = children[k]!;
    for (let i = 0; i < col.length; i++) {
      const s = col[i]!;
      if (s < -1e-9 || s > 100 + 1e-9) return { unit: i, child: k, value: s };
    }
  }
  return null;
}
