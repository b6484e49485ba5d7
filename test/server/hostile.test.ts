// Hostile input: malformed JSON, wrong types, huge bodies, injection in every string field, path
// traversal in file names — each answered with a 4xx and no change to the store.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { Client, seedStore, signedIn, startApi } from '../helpers/api.ts';
import { freshSqlite } from '../helpers/stores.ts';

const NASTY = [
  "'; DROP TABLE observations; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u0000',
  '${7*7}',
  '=cmd|calc',
];

describe('hostile input', () => {
  let store: Store;
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: Client;
  let state: () => Promise<string>;
  beforeAll(async () => {
    store = await freshSqlite();
    await seedStore(store);
    api = await startApi(store, { maxUpload: 256 * 1024 });
    admin = await signedIn(api.base, 'admin');
    state = async () => {
      const t = ['observations', 'imports', 'frameworks', 'evaluations', 'users'] as const;
      return JSON.stringify(
        await Promise.all(
          t.map(
            async (x) =>
              (
                await store.db
                  .selectFrom(x)
                  .select((eb) => eb.fn.countAll().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
          ),
        ),
      );
    };
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  async function refused(res: Response, before: string, status?: number): Promise<void> {
    if (status) expect(res.status).toBe(status);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await state()).toBe(before);
  }

  it('malformed JSON', async () => {
    const before = await state();
    const r = await admin.request('POST', '/api/users', '{"name": "x", ', {
      'content-type': 'application/json',
    });
    await refused(r, before, 400);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('request.invalid');
    await refused(
      await admin.request('POST', '/api/evaluations', 'not json at all', {
        'content-type': 'application/json',
      }),
      before,
    );
  });

  it('wrong types and unknown fields', async () => {
    const before = await state();
    const r = await admin.post('/api/users', { name: 42, role: ['admin'] });
    await refused(r, before, 422);
    expect(((await r.json()) as { error: { field: string } }).error.field).toBe('name');
    await refused(
      await admin.post('/api/users', { name: 'ok-name', role: 'viewer', isAdmin: true }),
      before,
      422,
    );
    await refused(await admin.post('/api/evaluations', { period: 2024 }), before, 422);
    await refused(
      await admin.post('/api/evaluations', { config: { weights: { method: 'magic' } } }),
      before,
      422,
    );
    await refused(
      await admin.post('/api/evaluations', {
        config: {
          weights: {
            method: 'ahp',
            ahp: {
              INDEX: [
                [1, 9, 9, 9],
                [1, 1, 9, 9],
                [1, 1, 1, 9],
                [1, 1, 1, 1],
              ],
            },
          },
        },
      }),
      before,
      422,
    );
    await refused(await admin.get('/api/evaluations/not-a-number'), before, 422);
    await refused(await admin.get('/api/observations?asOf=yesterday'), before, 422);
  });

  it('huge bodies', async () => {
    const before = await state();
    await refused(
      await admin.post('/api/users', { name: 'x'.repeat(3 * 2 ** 20), role: 'viewer' }),
      before,
      413,
    );
    await refused(
      await admin.upload(
        'big.csv',
        'unit,indicator,period,value\n' + '330102,C1,2024,1\n'.repeat(30_000),
      ),
      before,
      413,
    );
  });

  it('injection in every string field is data, never code', async () => {
    const before = await state();
    for (const s of NASTY) {
      await refused(await admin.post('/api/users', { name: s, role: 'viewer' }), before, 422);
      await refused(await admin.post('/api/users', { name: 'fine', role: s }), before, 422);
      await refused(
        await admin.post('/api/users', { name: 'fine2', role: 'region', scope: s }),
        before,
        422,
      );
      const login = await new Client(api.base).login(s, s);
      expect(login.status).toBe(401);
      await refused(
        await admin.get(`/api/observations?series=${encodeURIComponent(s)}`),
        before,
        422,
      );
      // A filter value is a bound parameter: it matches nothing, it does not widen the query.
      const audit = await admin.get(`/api/audit?entity=${encodeURIComponent(s)}`);
      expect(audit.status).toBe(200);
      expect(await audit.json()).toEqual([]);
      expect(await state()).toBe(before);
    }
    // An injected value in a data file is stored as text and exported neutralised.
    const file = `unit,indicator,period,value,note\n330102,C2,2001-01,41,"${NASTY[0]!.replace(/"/g, '""')}"\n330102,C2,2001-02,41,"=cmd|calc"\n`;
    expect((await admin.upload('notes.csv', file)).status).toBe(200);
    const tables = await store.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(tables.n)).toBeGreaterThan(21500);
    const out = await (await admin.get('/api/export/observations?series=C2&units=330102')).text();
    expect(out).toContain("'=cmd|calc");
  });

  it('path traversal and junk in file names', async () => {
    const before = await state();
    for (const name of ['../../../etc/passwd', 'data.exe', '..', 'a\u0001b.csv/']) {
      await refused(
        await admin.upload(name, 'unit,indicator,period,value\n330102,C1,2024,1\n'),
        before,
        422,
      );
    }
    const ok = await admin.upload(
      '../../reports/oct.csv',
      'unit,indicator,period,value\n330102,C1,2001-03,5\n',
    );
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { fileName: string }).fileName).toBe('oct.csv');
  });

  it('unknown routes and methods', async () => {
    const before = await state();
    await refused(await admin.request('PUT', '/api/users'), before, 404);
    for (const path of [
      '/api/../../etc/passwd',
      '/..%2F..%2Fetc%2Fpasswd',
      '/assets/..%2F..%2F..%2Fpackage.json',
    ]) {
      const r = await admin.get(path);
      expect(await r.text()).not.toMatch(/root:x:0|"name": "gapscope"/);
    }
    expect(await state()).toBe(before);
  });
});
