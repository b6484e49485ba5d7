// Weighted arithmetic, geometric and harmonic means of a node's children, missing children left out.

import { GapscopeError } from '../errors.ts';
import type { Aggregator } from './types.ts';

function positive(
  v: number,
  u: number,
  j: number,
  ctx: Parameters<Aggregator>[3],
  method: string,
): void {
  if (v <= 0) {
    throw new GapscopeError(
      'aggregate.nonpositive',
      `${method} mean of ${ctx.node}: unit ${ctx.units[u]}, ${ctx.children[j]} is ${v}; it needs values > 0 — use a normalisation range with lo > 0 (e.g. --normalise-params 1,100)`,
    );
  }
}

/** S = Σ w y / Σ w over the children with a value (METHODS.md § Aggregation, arithmetic). */
export const arithmetic: Aggregator = (cols, w, out) => {
  const n = out.length;
  for (let u = 0; u < n; u++) {
    let s = 0;
    let ws = 0;
    for (let j = 0; j < cols.length; j++) {
      const v = cols[j]![u]!;
      if (v === v) {
        s += w[j]! * v;
        ws += w[j]!;
      }
    }
    out[u] = ws > 0 ? s / ws : NaN;
  }
};

/**
 * A weighted mean of positive child values: accumulates Σ w·term(y) and Σ w over the children
 * with a value, then finishes; every value must be > 0 (an error names unit and child).
 */
function positiveMean(
  method: string,
  term: (y: number) => number,
  finish: (sum: number, weights: number) => number,
): Aggregator {
  return (cols, w, out, ctx) => {
    const n = out.length;
    for (let u = 0; u < n; u++) {
      let s = 0;
      let ws = 0;
      for (let j = 0; j < cols.length; j++) {
        const v = cols[j]![u]!;
        if (v === v) {
          positive(v, u, j, ctx, method);
          s += w[j]! * term(v);
          ws += w[j]!;
        }
      }
      out[u] = ws > 0 ? finish(s, ws) : NaN;
    }
  };
}

/** S = Π y^(w/Σw) = exp(Σ w ln y / Σ w); every child value must be > 0. */
export const geometric: Aggregator = positiveMean('geometric', Math.log, (s, ws) =>
  Math.exp(s / ws),
);

/** S = Σw / Σ(w/y); every child value must be > 0. */
export const harmonic: Aggregator = positiveMean(
  'harmonic',
  (y) => 1 / y,
  (s, ws) => ws / s,
);
