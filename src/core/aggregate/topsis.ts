// TOPSIS aggregation: closeness of each unit to the best and away from the worst observed profile.

import { GapscopeError } from '../errors.ts';

/**
 * Writes to out[i] the TOPSIS closeness of unit i on 0–100 (100 = the ideal on every child),
 * from child score columns `children` (NaN = missing) and the children's weights w on any
 * positive scale, normalised to sum 1 (METHODS.md § Aggregation, topsis).
 *
 * The ideal v+_j and anti-ideal v−_j are the max and min over the units with a value of child j;
 * a unit's distances sum only over the children it has, and a unit with none gets NaN. When
 * D+ = D− = 0 (the unit's children are constant across units) the score is 50.
 */
export function topsis(children: Float64Array[], w: Float64Array, out: Float64Array): void {
  const m = children.length;
  let wsum = 0;
  for (let j = 0; j < m; j++) {
    if (!(w[j]! >= 0) || !Number.isFinite(w[j]!)) {
      throw new GapscopeError(
        'aggregate.topsis-weights',
        `TOPSIS weight ${j + 1} is ${w[j]}; weights must be ≥ 0`,
      );
    }
    wsum += w[j]!;
  }
  if (m > 0 && !(wsum > 0)) {
    throw new GapscopeError(
      'aggregate.topsis-weights',
      'TOPSIS weights sum to 0; at least one must be positive',
    );
  }
  const wn = new Float64Array(m);
  const best = new Float64Array(m);
  const worst = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    wn[j] = w[j]! / wsum;
    let hi = -Infinity;
    let lo = Infinity;
    for (const v of children[j]!) {
      if (v > hi) hi = v;
      if (v < lo) lo = v;
    }
    best[j] = wn[j]! * hi;
    worst[j] = wn[j]! * lo;
  }
  for (let i = 0; i < out.length; i++) {
    let dPlus = 0;
    let dMinus = 0;
    let any = false;
    for (let j = 0; j < m; j++) {
      const y = children[j]![i]!;
      if (y !== y) continue;
      const v = wn[j]! * y;
      dPlus += (v - best[j]!) * (v - best[j]!);
      dMinus += (v - worst[j]!) * (v - worst[j]!);
      any = true;
    }
    if (!any) out[i] = NaN;
    else if (dPlus === 0 && dMinus === 0) out[i] = 50;
    else {
      // The ratio first, so S never exceeds 100 by rounding.
      const dm = Math.sqrt(dMinus);
      out[i] = 100 * (dm / (Math.sqrt(dPlus) + dm));
    }
  }
}
