// SHA-256 in hex, for file and framework identities.

import { createHash } from 'node:crypto';

/** The SHA-256 of text or bytes, as 64 hex digits. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
