// The GapscopeError a call throws, for tests that look at its code, message and place.

import { GapscopeError } from '../../src/core/errors.ts';

/** Calls `f` and returns the GapscopeError it throws; fails when it throws nothing or another error. */
export function thrownError(f: () => unknown): GapscopeError {
  try {
    f();
  } catch (e) {
    if (e instanceof GapscopeError) return e;
    throw e;
  }
  throw new Error('expected a GapscopeError');
}
