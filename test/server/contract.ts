// The API over real HTTP, run against SQLite and PostgreSQL (sqlite.test.ts, postgres.test.ts).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { ensureFirstAdmin } from '../../src/store/users.ts';
import { Client, seedStore, signedIn, startApi } from '../helpers/api.ts';
import type { GapSummary } from '../../src/api/gaps.ts';

type Api = Awaited<ReturnType<typeof startApi>>;

const csv = (...rows: string[]): string =>
  ['unit,indicator,period,value', ...rows].join('\n') + '\n';

async function count(
  store: Store,
  table: 'observations' | 'users' | 'evaluations' | 'imports',
): Promise<number> {
  const r = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function apiContract(name: string, open: () => Promise<Store>): void {
  describe(`API on ${name}`, () => {
    let store: Store;
    let api: Api;
    beforeAll(async () => {
      store = await open();
      await seedStore(store);
      api = await startApi(store);
    });
    afterAll(async () => {
      await api?.close();
      await store?.close();
    });

    it('is alive and ready, and documents every route in OpenAPI with browsable docs', async () => {
      const c = new Client(api.base);
      expect(await (await c.get('/api/health')).json()).toMatchObject({ ok: true });
      expect(await (await c.get('/api/ready')).json()).toEqual({ ok: true, store: store.dialect });
      const doc = (await (await c.get('/api/openapi.json')).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
      );
      for (const route of [
        'POST /api/session',
        'GET /api/session',
        'DELETE /api/session',
        'POST /api/session/password',
        'GET /api/units',
        'GET /api/groups',
        'GET /api/frameworks',
        'GET /api/frameworks/current',
        'POST /api/frameworks',
        'GET /api/observations',
        'GET /api/observations/history',
        'POST /api/imports',
        'GET /api/imports',
        'GET /api/export/{what}',
        'POST /api/evaluations/run',
        'POST /api/evaluations',
        'GET /api/evaluations',
        'GET /api/evaluations/{id}',
        'GET /api/overview',
        'GET /api/users',
        'POST /api/users',
        'PATCH /api/users/{name}',
        'POST /api/users/{name}/reset-password',
        'GET /api/audit',
        'GET /api/tokens',
        'POST /api/tokens',
        'DELETE /api/tokens/{id}',
        'GET /api/health',
        'GET /api/ready',
      ])
        expect(documented, route).toContain(route);
      const docs = await c.get('/api/docs');
      expect(docs.status).toBe(200);
      expect(await docs.text()).toMatch(/swagger-ui-bundle\.js/);
      expect((await c.get('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
      expect((await c.get('/api/docs/..%2F..%2Fpackage.json')).status).toBe(404);
    });

    it('answers errors as JSON in Chinese by default and in English on request', async () => {
      const zh = await new Client(api.base, 'zh-CN,zh;q=0.9').get('/api/units');
      expect(zh.status).toBe(401);
      expect(await zh.json()).toEqual({
        error: {
          code: 'auth.required',
          message: '请先登录。',
          detail: '',
          field: null,
          details: [],
        },
      });
      const en = await new Client(api.base, 'en-GB,en;q=0.8').get('/api/units');
      expect(((await en.json()) as { error: { message: string } }).error.message).toBe(
        'Please sign in first.',
      );
    });

    it('sets an httpOnly SameSite cookie, needs the CSRF token for cookie writes, not for API tokens', async () => {
      const c = new Client(api.base);
      const res = await c.login('analyst', 'password-analyst');
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const csrf = c.csrf;
      c.csrf = '';
      const refused = await c.post('/api/tokens', { name: 'etl' });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('auth.csrf');
      c.csrf = csrf;
      const { token } = (await (await c.post('/api/tokens', { name: 'etl' })).json()) as {
        token: string;
      };
      const machine = await fetch(`${api.base}/api/evaluations/run`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ period: '2024' }),
      });
      expect(machine.status).toBe(200);
      const bad = await fetch(`${api.base}/api/units`, {
        headers: { authorization: 'Bearer gs_nonsense' },
      });
      expect(bad.status).toBe(401);
    });

    it('makes a one-time password be changed before anything else', async () => {
      const fresh = await open();
      await seedStore(fresh, false);
      await fresh.db.deleteFrom('users').execute();
      const password = (await ensureFirstAdmin(fresh.db))!;
      const api2 = await startApi(fresh);
      try {
        const c = new Client(api2.base);
        const login = await c.login('admin', password);
        expect(
          ((await login.json()) as { user: { mustChangePassword: boolean } }).user
            .mustChangePassword,
        ).toBe(true);
        expect((await c.get('/api/users')).status).toBe(403);
        expect(
          (await c.post('/api/session/password', { current: password, password: 'short' })).status,
        ).toBe(422);
        expect(
          (
            await c.post('/api/session/password', {
              current: password,
              password: 'a-much-better-one',
            })
          ).status,
        ).toBe(200);
        expect((await c.get('/api/users')).status).toBe(200);
      } finally {
        await api2.close();
        await fresh.close();
      }
    });

    it('rate-limits sign-in after 10 failures, even with the right password', async () => {
      const c = new Client(api.base);
      for (let i = 0; i < 10; i++)
        expect((await c.login('dept', 'wrong-password')).status).toBe(401);
      const r = await c.login('dept', 'password-department');
      expect(r.status).toBe(429);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe(
        'auth.rate-limited',
      );
    });

    it('imports through the API: analysts anywhere, region editors in their region only, whole or not at all', async () => {
      const analyst = await signedIn(api.base, 'analyst');
      const ok = await analyst.upload(
        'oct.csv',
        csv('330102,C1,2025-10,6.1', '330203,C1,2025-10,5.0'),
      );
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ outcome: 'applied', added: 2 });
      const hz = await signedIn(api.base, 'region');
      expect((await hz.upload('hz.csv', csv('330105,C1,2025-10,6.3'))).status).toBe(200);
      const before = await count(store, 'observations');
      const out = await hz.upload(
        'mixed.csv',
        csv('330106,C1,2025-10,6.0', '330203,C1,2025-10,5.5', '330282,C1,2025-10,5.1'),
      );
      expect(out.status).toBe(422);
      const body = (await out.json()) as { error: { details: string[] } };
      expect(body.error.details).toEqual([
        'row 3, column unit: unit 330203 is outside your scope (330100)',
        'row 4, column unit: unit 330282 is outside your scope (330100)',
      ]);
      expect(await count(store, 'observations')).toBe(before);
      const viewer = await signedIn(api.base, 'viewer');
      expect((await viewer.upload('v.csv', csv('330102,C1,2025-11,6.1'))).status).toBe(403);
      const dry = await analyst.upload('dry.csv', csv('330102,C1,2025-11,6.1'), '?dryRun=true');
      expect(await dry.json()).toMatchObject({ outcome: 'dry-run', added: 1 });
      expect(await count(store, 'observations')).toBe(before);
    });

    it('runs, publishes and serves evaluations unchanged; the overview; exports', async () => {
      const analyst = await signedIn(api.base, 'analyst');
      const run = (await (
        await analyst.post('/api/evaluations/run', {
          period: '2024',
          config: { weights: { method: 'entropy' } },
        })
      ).json()) as { units: unknown[]; config: { weights: { method: string } } };
      expect(run.units).toHaveLength(90);
      expect(run.config.weights.method).toBe('entropy');
      const pub = await analyst.post('/api/evaluations', { period: '2024' });
      expect(pub.status).toBe(200);
      const { id } = (await pub.json()) as { id: number };
      const got = (await (await analyst.get(`/api/evaluations/${id}`)).json()) as {
        hash: string;
        period: string;
      };
      expect(got.period).toBe('2024');
      const again = (await (await analyst.get(`/api/evaluations/${id}`)).json()) as {
        hash: string;
      };
      expect(again.hash).toBe(got.hash);
      const overview = (await (await analyst.get('/api/overview?period=2024')).json()) as {
        top: { rank: number }[];
        demo: boolean;
        units: number;
      };
      expect(overview.top[0]!.rank).toBe(1);
      expect(overview.demo).toBe(true);
      expect(overview.units).toBe(90);
      const ranking = (await (await analyst.get('/api/ranking?period=2024')).json()) as {
        units: { rank: number; domains: Record<string, number> }[];
      };
      expect(ranking.units).toHaveLength(90);
      expect(Object.keys(ranking.units[0]!.domains)).toEqual([
        'CITY',
        'VILLAGE',
        'INTEGRATION',
        'PROSPERITY',
      ]);
      const exp = await analyst.get('/api/export/observations?series=C1&units=330102&format=csv');
      expect(exp.headers.get('content-type')).toMatch(/text\/csv/);
      expect(await exp.text()).toMatch(/^\uFEFF?unit,indicator,period,value/);
      const xl = await analyst.get(`/api/evaluations/${id}?format=xlsx`);
      expect(xl.headers.get('content-type')).toMatch(/spreadsheetml/);
    });

    it('answers the three gaps, a unit’s profile, what-if with lifts, and rank intervals', async () => {
      const analyst = await signedIn(api.base, 'analyst');
      const gaps = (await (await analyst.get('/api/gaps?period=2024')).json()) as {
        period: string;
        compare: string;
        urbanRural: { province: { ratio: { value: number } } }[];
      };
      expect(gaps.period).toBe('2024');
      expect(gaps.compare).toBe('2023');
      expect(gaps.urbanRural[0]!.province.ratio.value).toBeCloseTo(1.829, 3);
      const own = (await (
        await analyst.get('/api/gaps?period=2025&membership=own')
      ).json()) as GapSummary;
      const fixed = (await (await analyst.get('/api/gaps?period=2025')).json()) as GapSummary;
      expect([fixed.membership, own.membership]).toEqual(['fixed', 'own']);
      expect(own.regional[0]!.groups[0]!.mean.yearEarlier).not.toBe(
        fixed.regional[0]!.groups[0]!.mean.yearEarlier,
      );
      expect((await analyst.get('/api/gaps?membership=latest')).status).toBe(422);
      const prof = (await (await analyst.get('/api/units/330102/profile?period=2024')).json()) as {
        rank: number;
        indicators: { id: string }[];
        weakPoints: unknown[];
        history: { period: string }[];
        peers: { nearest: unknown[] };
      };
      expect(prof.indicators.map((i) => i.id)).toHaveLength(18);
      expect(prof.history.map((h) => h.period)).toContain('2016');
      expect(prof.peers.nearest).toHaveLength(5);
      expect((await analyst.get('/api/units/999999/profile')).status).toBe(404);
      const w = (await (
        await analyst.post('/api/whatif', {
          unit: '331127',
          period: '2024',
          set: [{ series: 'R2', value: 99 }],
          lifts: false,
        })
      ).json()) as { change: { score: number }; before: { rank: number } };
      expect(w.change.score).toBeGreaterThan(0);
      const same = (await (
        await analyst.post('/api/whatif', { unit: '331127', period: '2024', set: [], lifts: false })
      ).json()) as { change: { score: number; rank: number } };
      expect(same.change).toMatchObject({ score: 0, rank: 0 });
      const unc = (await (
        await analyst.post('/api/uncertainty', { period: '2024', runs: 50, seed: 3 })
      ).json()) as { units: { rank: { p5: number; p95: number; nominal: number } }[] };
      expect(unc.units).toHaveLength(90);
      for (const x of unc.units) expect(x.rank.p5).toBeLessThanOrEqual(x.rank.p95);
      const sens = (await (
        await analyst.post('/api/sensitivity', {
          period: '2024',
          samples: 16,
          seed: 2,
          bootstrap: 10,
        })
      ).json()) as { indices: { choice: string; first: number; total: number }[] };
      expect(sens.indices.length).toBeGreaterThan(0);
      for (const x of sens.indices) expect(Number.isFinite(x.total)).toBe(true);
    });

    it('lists groups, framework versions, imports and one’s API tokens, and revokes a token', async () => {
      const analyst = await signedIn(api.base, 'analyst');
      const groups = (await (await analyst.get('/api/groups')).json()) as {
        id: string;
        members: unknown[];
      }[];
      expect(groups.map((g) => g.id)).toEqual(
        expect.arrayContaining(['mountain26', 'mountain-island', 'island']),
      );
      const fws = (await (await analyst.get('/api/frameworks')).json()) as {
        id: string;
        status: string;
      }[];
      expect(fws.some((f) => f.id === 'zhejiang-default' && f.status === 'published')).toBe(true);
      const imports = (await (await analyst.get('/api/imports')).json()) as { fileName: string }[];
      expect(imports.map((i) => i.fileName)).toContain('zhejiang-demo.csv');
      const { id, token } = (await (
        await analyst.post('/api/tokens', { name: 'to-revoke' })
      ).json()) as { id: number; token: string };
      const mine = (await (await analyst.get('/api/tokens')).json()) as {
        id: number;
        revokedAt: string | null;
      }[];
      expect(mine.find((t) => t.id === id)?.revokedAt).toBeNull();
      expect((await analyst.request('DELETE', `/api/tokens/${id}`)).status).toBe(200);
      expect(
        (await fetch(`${api.base}/api/units`, { headers: { authorization: `Bearer ${token}` } }))
          .status,
      ).toBe(401);
      expect((await analyst.request('DELETE', `/api/tokens/${id}`)).status).toBe(404);
    });

    it('ends a disabled account’s sessions, and shows the audit log to administrators only', async () => {
      const viewer = await signedIn(api.base, 'viewer').catch(() => null);
      const admin = await signedIn(api.base, 'admin');
      const created = (await (
        await admin.post('/api/users', { name: 'temp', role: 'viewer' })
      ).json()) as { password: string };
      const temp = new Client(api.base);
      expect((await temp.login('temp', created.password)).status).toBe(200);
      expect((await admin.request('PATCH', '/api/users/temp', { disabled: true })).status).toBe(
        200,
      );
      expect((await temp.get('/api/session')).status).toBe(401);
      const log = (await (await admin.get('/api/audit?entity=user')).json()) as {
        action: string;
        entity_key: string;
      }[];
      expect(log.some((e) => e.action === 'user.update' && e.entity_key === 'temp')).toBe(true);
      if (viewer) expect((await viewer.get('/api/audit')).status).toBe(403);
    });

    it('in public mode, anyone reads published results, units and frameworks, nothing else', async () => {
      const pub = await startApi(store, { publicRead: true });
      try {
        const anon = new Client(pub.base);
        expect((await anon.get('/api/units')).status).toBe(200);
        expect((await anon.get('/api/evaluations')).status).toBe(200);
        expect((await anon.get('/api/frameworks/current')).status).toBe(200);
        expect((await anon.get('/api/ranking')).status).toBe(200);
        const ov = (await (await anon.get('/api/overview')).json()) as { published: boolean };
        expect(ov.published).toBe(true);
        expect((await anon.get('/api/observations')).status).toBe(401);
        expect((await anon.post('/api/evaluations/run', {})).status).toBe(401);
      } finally {
        await pub.close();
      }
    });
  });
}
