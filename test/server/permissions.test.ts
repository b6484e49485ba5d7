// The permission matrix: every role × every write endpoint × in-scope / out-of-scope, each with
// its expected status, and the store unchanged after every refusal.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { Client, seedStore, signedIn, startApi } from '../helpers/api.ts';
import { freshSqlite } from '../helpers/stores.ts';

type Role = 'admin' | 'analyst' | 'department' | 'region' | 'viewer' | 'anonymous';
const ROLES: Role[] = ['admin', 'analyst', 'department', 'region', 'viewer', 'anonymous'];

/** Everything a write could change, summarised so that "unchanged" can be checked exactly. */
async function snapshot(store: Store): Promise<string> {
  const tables = [
    'observations',
    'imports',
    'frameworks',
    'evaluations',
    'users',
    'api_tokens',
  ] as const;
  const counts = await Promise.all(
    tables.map(async (t) =>
      Number(
        (
          await store.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );
  const users = await store.db
    .selectFrom('users')
    .select(['name', 'role', 'scope', 'disabled', 'password_hash'])
    .orderBy('name')
    .execute();
  return JSON.stringify({ counts, users });
}

interface Case {
  name: string;
  /** Expected status per role; missing roles expect the default. */
  expect: Partial<Record<Role, number>> & { default: number };
  call: (c: Client, n: number) => Promise<Response>;
}

const csv = (unit: string, n: number): string =>
  `unit,indicator,period,value\n${unit},C2,${2000 + (n % 20)}-${String((n % 12) + 1).padStart(2, '0')},${40 + (n % 10)}\n`;
const framework = (n: number) => ({
  id: `perm-${n}`,
  version: '1',
  name: { zh: '测试' },
  root: {
    id: 'I',
    name: { zh: '指数' },
    children: [{ id: 'A', name: { zh: '甲' }, unit: '', direction: 1 }],
  },
});

const CASES: Case[] = [
  {
    name: 'import, in scope (Hangzhou)',
    expect: { default: 403, admin: 200, analyst: 200, region: 200, anonymous: 401 },
    call: (c, n) => c.upload(`in-${n}.csv`, csv('330102', n)),
  },
  {
    name: 'import, out of scope (Ningbo)',
    expect: { default: 403, admin: 200, analyst: 200, region: 422, anonymous: 401 },
    call: (c, n) => c.upload(`out-${n}.csv`, csv('330203', n)),
  },
  {
    name: 'save a framework',
    expect: { default: 403, admin: 200, analyst: 200, anonymous: 401 },
    call: (c, n) => c.post('/api/frameworks', framework(n)),
  },
  {
    name: 'publish an evaluation',
    expect: { default: 403, admin: 200, analyst: 200, anonymous: 401 },
    call: (c) => c.post('/api/evaluations', { period: '2024' }),
  },
  {
    name: 'create an account',
    expect: { default: 403, admin: 200, anonymous: 401 },
    call: (c, n) => c.post('/api/users', { name: `u${n}`, role: 'viewer' }),
  },
  {
    name: 'change an account',
    expect: { default: 403, admin: 200, anonymous: 401 },
    call: (c) => c.request('PATCH', '/api/users/viewer', { role: 'viewer' }),
  },
  {
    name: 'reset a password',
    expect: { default: 403, admin: 200, anonymous: 401 },
    call: (c) => c.post('/api/users/target/reset-password'),
  },
  {
    name: 'create an API token',
    expect: { default: 200, anonymous: 401 },
    call: (c, n) => c.post('/api/tokens', { name: `t${n}` }),
  },
  {
    name: 'run an evaluation (a read)',
    expect: { default: 200, anonymous: 401 },
    call: (c) => c.post('/api/evaluations/run', { period: '2024' }),
  },
];

describe('permission matrix', () => {
  let store: Store;
  let api: Awaited<ReturnType<typeof startApi>>;
  const clients = new Map<Role, Client>();
  beforeAll(async () => {
    store = await freshSqlite();
    await seedStore(store);
    const { createUser } = await import('../../src/store/users.ts');
    await createUser(
      store.db,
      { name: 'target', role: 'viewer', password: 'password-target' },
      'test',
    );
    api = await startApi(store);
    for (const r of ROLES)
      clients.set(r, r === 'anonymous' ? new Client(api.base) : await signedIn(api.base, r));
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  let n = 0;
  for (const c of CASES) {
    for (const role of ROLES) {
      const want = c.expect[role] ?? c.expect.default;
      it(`${c.name} as ${role} → ${want}${want >= 400 ? ', nothing changed' : ''}`, async () => {
        const before = await snapshot(store);
        const res = await c.call(clients.get(role)!, n++);
        expect(res.status, await res.clone().text()).toBe(want);
        if (want >= 400) {
          expect(await snapshot(store)).toBe(before);
          const body = (await res.json()) as { error: { code: string } };
          expect(body.error.code).toMatch(/^(auth\.|data\.)/);
        }
      });
    }
  }
});
