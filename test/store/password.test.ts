// Password hashes: argon2id in the PHC format, and the hashes stores already hold keep verifying.

import { describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_COST, verifyPassword } from '../../src/store/password.ts';

/**
 * Made by the build before this one (the `argon2` package 0.45.1, `argon2.hash(password,
 * { type: argon2.argon2id })`) for the password "correct horse battery staple": note its
 * parameter order m, p, t.
 */
const EARLIER = {
  password: 'correct horse battery staple',
  phc: '$argon2id$v=19$m=65536,p=4,t=3$2o7JF3N5hLgyVPkhRlSp2A$9EwNrljLUeJVUKlXT6qjOLQTGxWDkHOpEB8OOJoluFA',
};

describe('password hashes', () => {
  it('verifies a hash made by the earlier build, and only with its password', async () => {
    expect(await verifyPassword(EARLIER.phc, EARLIER.password)).toBe(true);
    expect(await verifyPassword(EARLIER.phc, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword(EARLIER.phc, '')).toBe(false);
  });

  it('makes argon2id PHC strings with the stated cost and a new salt each time', async () => {
    const a = await hashPassword('s3cret-pass');
    const b = await hashPassword('s3cret-pass');
    const { memoryCost: m, timeCost: t, parallelism: p } = PASSWORD_COST;
    const phc = new RegExp(
      `^\\$argon2id\\$v=19\\$m=${m},t=${t},p=${p}\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$`,
    );
    expect(a).toMatch(phc);
    expect(b).toMatch(phc);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 's3cret-pass')).toBe(true);
    expect(await verifyPassword(a, 's3cret-pasS')).toBe(false);
  });

  it('answers false, not an error, for a malformed or tampered hash', async () => {
    for (const phc of ['', 'plain', '$argon2id$v=19$m=65536', EARLIER.phc.slice(0, -2) + 'AA'])
      expect(await verifyPassword(phc, EARLIER.password)).toBe(false);
  });
});
