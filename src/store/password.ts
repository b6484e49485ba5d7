// Password hashes: argon2id (memory-hard) in the PHC string format, `$argon2id$v=19$m=…,t=…,p=…$salt$hash`,
// so that the parameters travel with each hash and older hashes keep verifying.

import { hash, verify } from '@node-rs/argon2';

/**
 * The cost of a new hash: 64 MiB of memory, 3 passes, 4 lanes — the parameters of the hashes made
 * since the first release (the `argon2` package's defaults), above OWASP's minimum for argon2id
 * (19 MiB, 2 passes, 1 lane).
 */
export const PASSWORD_COST = { memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const;

/** The algorithm number of argon2id in @node-rs/argon2 (its `Algorithm` is a const enum). */
const ARGON2ID = 2;

/** A new argon2id hash of `password` with a random salt, as a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...PASSWORD_COST });
}

/** True when `password` matches the PHC string `phc`; false for a wrong password or a malformed hash. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  return verify(phc, password).catch(() => false);
}
