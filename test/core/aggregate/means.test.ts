// Weighted arithmetic, geometric and harmonic means with missing children (METHODS.md § Aggregation).

import { describe, expect, it } from 'vitest';
import { arithmetic, geometric, harmonic } from '../../../src/core/aggregate/means.ts';
import { expectAllClose } from '../../helpers/expect-close.ts';

const ctx = { node: 'D1', children: ['A', 'B'], units: ['u1', 'u2', 'u3'] };
// unit 1: 20 and 80; unit 2: 50 and missing; unit 3: both missing. Weights 1 and 3.
const cols = [Float64Array.of(20, 50, NaN), Float64Array.of(80, NaN, NaN)];
const w = Float64Array.of(1, 3);
const run = (f: typeof arithmetic): Float64Array => {
  const out = new Float64Array(3);
  f(cols, w, out, ctx);
  return out;
};

describe('weighted means', () => {
  it('arithmetic: (1·20 + 3·80)/4 = 65; a missing child is dropped and the weights renormalised', () => {
    expectAllClose(run(arithmetic), [65, 50, NaN]);
  });

  it('geometric: 20^(1/4)·80^(3/4) = 20·4^(3/4) = 56.568…', () => {
    expectAllClose(run(geometric), [20 * Math.pow(4, 0.75), 50, NaN]);
  });

  it('harmonic: 4/(1/20 + 3/80) = 4/(7/80) = 45.714…', () => {
    expectAllClose(run(harmonic), [320 / 7, 50, NaN]);
  });

  it('geometric and harmonic refuse a zero, naming unit and child', () => {
    const zero = [Float64Array.of(0), Float64Array.of(5)];
    expect(() => geometric(zero, w, new Float64Array(1), ctx)).toThrow(
      /geometric mean of D1: unit u1, A is 0.*lo > 0/,
    );
    expect(() => harmonic(zero, w, new Float64Array(1), ctx)).toThrow(
      /harmonic mean of D1: unit u1, A is 0/,
    );
  });
});
