// Node's native SHA-256 for provenance hashes: the same digest as core's pure-JS one, ~10× faster.

import { createHash } from 'node:crypto';
import type { HasherFactory } from '../core/provenance.ts';

/** A HasherFactory backed by node:crypto. */
export const nodeHasher: HasherFactory = () => {
  const h = createHash('sha256');
  const wrap = {
    update(data: Uint8Array) {
      h.update(data);
      return wrap;
    },
    digest: (): Uint8Array => new Uint8Array(h.digest()),
  };
  return wrap;
};
