// Aggregation methods by name (METHODS.md § Aggregation).

import type { AggregateMethod } from '../pipeline/config.ts';
import { GapscopeError } from '../errors.ts';
import { coupling, couplingOutOfRange } from './coupling.ts';
import { arithmetic, geometric, harmonic } from './means.ts';
import { topsis } from './topsis.ts';
import type { Aggregator } from './types.ts';

/** Coupling coordination as an aggregation: the node's score is 100·D over its children. */
const couplingScore: Aggregator = (cols, _w, out, ctx) => {
  const bad = couplingOutOfRange(cols);
  if (bad) {
    throw new GapscopeError(
      'aggregate.coupling-range',
      `coupling coordination of ${ctx.node} needs scores in 0–100; unit ${ctx.units[bad.unit]}, ${ctx.children[bad.child]} is ${bad.value} (use a bounded normalisation such as minmax)`,
    );
  }
  const n = out.length;
  const C = new Float64Array(n);
  const T = new Float64Array(n);
  coupling(cols, null, { C, T, D: out });
  for (let u = 0; u < n; u++) out[u] = out[u]! * 100;
};

export const aggregators: Record<AggregateMethod, Aggregator> = {
  arithmetic,
  geometric,
  harmonic,
  topsis: (cols, w, out) => topsis(cols, w, out),
  coupling: couplingScore,
};
export type { Aggregator, AggregateContext } from './types.ts';
