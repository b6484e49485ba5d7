// Accounts, passwords and sessions under attack (docs/SECURITY.md § Accounts, passwords and
// sessions), over real HTTP on SQLite and on PostgreSQL — there with two server instances, each
// with its own connection pool, sharing one database as a scaled-out deployment does.

import { afterEach, describe, expect, it } from 'vitest';
import { nowMs } from '../../src/core/clock.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { createUser } from '../../src/store/users.ts';
import { Client, seedStore, signedIn, startApi } from '../helpers/api.ts';
import { onDay } from '../helpers/clock.ts';
import { freshPostgresUrl, freshSqlite } from '../helpers/stores.ts';

/** Failed password attempts allowed per account in the window (docs/SECURITY.md). */
const LIMIT = 10;
const DAY = 86_400_000;

/** A moment `ms` after the tests' now, as ISO text. */
const later = (ms: number): string => new Date(nowMs() + ms).toISOString();

interface Deployment {
  store: Store;
  /** The servers' base URLs: one on SQLite, two sharing the database on PostgreSQL. */
  bases: string[];
  close(): Promise<void>;
}

const BACK_ENDS: [string, (demo: boolean) => Promise<Deployment>][] = [
  [
    'SQLite',
    async (demo) => {
      const store = await freshSqlite();
      await seedStore(store, demo);
      const api = await startApi(store);
      return {
        store,
        bases: [api.base],
        close: async () => {
          await api.close();
          await store.close();
        },
      };
    },
  ],
  [
    'PostgreSQL',
    async (demo) => {
      const url = await freshPostgresUrl();
      const store = await openStore(url);
      await seedStore(store, demo);
      const other = await openStore(url);
      const apis = [await startApi(store), await startApi(other)];
      return {
        store,
        bases: apis.map((a) => a.base),
        close: async () => {
          for (const a of apis) await a.close();
          await other.close();
          await store.close();
        },
      };
    },
  ],
];

const code = async (r: Response): Promise<string> =>
  ((await r.clone().json()) as { error: { code: string } }).error.code;

/** How many of the responses have each status. */
const tally = (rs: Response[]): Record<number, number> =>
  rs.reduce<Record<number, number>>((t, r) => ({ ...t, [r.status]: (t[r.status] ?? 0) + 1 }), {});

/** GET with an API token instead of a session. */
const withToken = (base: string, token: string, path = '/api/session'): Promise<Response> =>
  fetch(base + path, { headers: { authorization: `Bearer ${token}` } });

describe.each(BACK_ENDS)('accounts, passwords and sessions on %s', (_name, deploy) => {
  let d: Deployment | null = null;
  afterEach(async () => {
    await d?.close();
    d = null;
  });

  it('F3: 64 concurrent wrong sign-ins try at most the limit; then even the right password waits for the window', async () => {
    d = await deploy(false);
    const { bases } = d;
    const answers = await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        new Client(bases[i % bases.length]!).login('dept', `wrong-password-${i}`),
      ),
    );
    const t = tally(answers);
    expect((t[401] ?? 0) + (t[429] ?? 0), JSON.stringify(t)).toBe(64);
    expect(t[401] ?? 0, JSON.stringify(t)).toBeLessThanOrEqual(LIMIT);
    expect(t[401] ?? 0).toBeGreaterThan(0);
    for (const r of answers.filter((x) => x.status === 429))
      expect(await code(r)).toBe('auth.rate-limited');
    // A correct password while limited is refused too, or the limit would leak which guess is right.
    const right = await new Client(bases[0]!).login('dept', 'password-department');
    expect(right.status).toBe(429);
    expect(await code(right)).toBe('auth.rate-limited');
    // Only that account is limited, and only for the window.
    expect((await new Client(bases.at(-1)!).login('viewer', 'password-viewer')).status).toBe(200);
    await onDay(later(16 * 60_000), async () => {
      expect((await new Client(bases[0]!).login('dept', 'password-department')).status).toBe(200);
    });
  });

  it('expired attempts are deleted: the table holds about one window of them, however many names are tried', async () => {
    d = await deploy(false);
    const base = d.bases[0]!;
    const attempts = async (): Promise<number> =>
      Number(
        (
          await d!.store.db
            .selectFrom('login_attempts')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    // 30 names that never come back, each tried once (an attacker rotating names).
    for (let i = 0; i < 30; i++) await new Client(base).login(`nobody-${i}`, 'a-guess');
    // One row per key an attempt counts under: the name, and the client's address.
    const perAttempt = (await attempts()) / 30;
    expect([1, 2]).toContain(perAttempt);
    // After the window, one more attempt of anyone clears them out; only its own rows stay.
    await onDay(later(16 * 60_000), async () => {
      await new Client(base).login('someone-else', 'a-guess');
    });
    expect(await attempts()).toBe(perAttempt);
  });

  it('F4: guesses of the current password on a change of password are limited with sign-ins', async () => {
    d = await deploy(false);
    const base = d.bases[0]!;
    const viewer = await signedIn(base, 'viewer');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        viewer.post('/api/session/password', {
          current: `wrong-guess-${i}`,
          password: 'a-brand-new-password',
        }),
      ),
    );
    const t = tally(answers);
    expect((t[400] ?? 0) + (t[429] ?? 0), JSON.stringify(t)).toBe(30);
    expect(t[400] ?? 0, JSON.stringify(t)).toBeLessThanOrEqual(LIMIT);
    for (const r of answers)
      expect(await code(r)).toBe(r.status === 400 ? 'auth.wrong-password' : 'auth.rate-limited');
    const right = await viewer.post('/api/session/password', {
      current: 'password-viewer',
      password: 'a-brand-new-password',
    });
    expect(right.status).toBe(429);
    // One limit per account, whatever checks the password.
    const signIn = await new Client(d.bases.at(-1)!).login('viewer', 'password-viewer');
    expect(signIn.status).toBe(429);
    // The failures are recorded in the store, where every instance counts them.
    const rows = await d.store.db
      .selectFrom('login_attempts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('key', '=', 'name:viewer')
      .where('ok', '=', 0)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(t[400]);
  });

  it('F5: a change of password ends the other sessions, keeps this one and the API tokens', async () => {
    d = await deploy(false);
    const [base, other] = [d.bases[0]!, d.bases.at(-1)!];
    const here = await signedIn(base, 'analyst');
    const there = await signedIn(other, 'analyst');
    const { token } = (await (await here.post('/api/tokens', { name: 'etl' })).json()) as {
      token: string;
    };
    const changed = await here.post('/api/session/password', {
      current: 'password-analyst',
      password: 'another-password-1',
    });
    expect(changed.status).toBe(200);
    expect((await here.get('/api/session')).status).toBe(200);
    expect((await here.post('/api/tokens', { name: 'still-here' })).status).toBe(200);
    expect((await there.get('/api/session')).status).toBe(401);
    expect((await withToken(other, token)).status).toBe(200);
    expect((await new Client(other).login('analyst', 'password-analyst')).status).toBe(401);
    expect((await new Client(other).login('analyst', 'another-password-1')).status).toBe(200);
  });

  it('F5: a reset by an administrator ends every session and revokes every API token, for good', async () => {
    d = await deploy(false);
    const [base, other] = [d.bases[0]!, d.bases.at(-1)!];
    const user = await signedIn(base, 'viewer');
    const { token } = (await (await user.post('/api/tokens', { name: 'etl' })).json()) as {
      token: string;
    };
    expect((await withToken(other, token)).status).toBe(200);
    const admin = await signedIn(other, 'admin');
    const reset = await admin.post('/api/users/viewer/reset-password');
    expect(reset.status).toBe(200);
    const { password } = (await reset.json()) as { password: string };
    expect((await user.get('/api/session')).status).toBe(401);
    expect((await withToken(base, token)).status).toBe(401);
    const again = new Client(other);
    expect((await again.login('viewer', password)).status).toBe(200);
    expect(
      (
        await again.post('/api/session/password', {
          current: password,
          password: 'fresh-password-1',
        })
      ).status,
    ).toBe(200);
    // Setting a new password does not bring the old token back.
    expect((await withToken(base, token)).status).toBe(401);
    const tokens = (await (await again.get('/api/tokens')).json()) as {
      revokedAt: string | null;
    }[];
    expect(tokens.length).toBe(1);
    expect(tokens[0]!.revokedAt).not.toBeNull();
  });

  it('F5: disabling ends every session and revokes every API token; enabling brings none back', async () => {
    d = await deploy(false);
    const [base, other] = [d.bases[0]!, d.bases.at(-1)!];
    const user = await signedIn(base, 'region');
    const { token } = (await (await user.post('/api/tokens', { name: 'etl' })).json()) as {
      token: string;
    };
    const admin = await signedIn(other, 'admin');
    expect((await admin.request('PATCH', '/api/users/hz', { disabled: true })).status).toBe(200);
    expect((await user.get('/api/session')).status).toBe(401);
    expect((await withToken(base, token)).status).toBe(401);
    expect((await new Client(base).login('hz', 'password-region')).status).toBe(401);
    expect((await admin.request('PATCH', '/api/users/hz', { disabled: false })).status).toBe(200);
    expect((await user.get('/api/session')).status).toBe(401);
    expect((await withToken(other, token)).status).toBe(401);
    expect((await new Client(base).login('hz', 'password-region')).status).toBe(200);
  });

  it('one-time passwords, a new account’s and a reset’s, expire after 7 days', async () => {
    d = await deploy(false);
    const base = d.bases[0]!;
    const admin = await signedIn(base, 'admin');
    const created = (await (
      await admin.post('/api/users', { name: 'newcomer', role: 'viewer' })
    ).json()) as { password: string };
    const reset = (await (await admin.post('/api/users/viewer/reset-password')).json()) as {
      password: string;
    };
    await onDay(later(8 * DAY), async () => {
      for (const [name, password] of [
        ['newcomer', created.password],
        ['viewer', reset.password],
      ] as const) {
        const r = await new Client(base).login(name, password);
        expect(r.status, name).toBe(403);
        const body = (await r.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('auth.password-expired');
        expect(body.error.message).toMatch(/administrator/);
        // A wrong password says nothing about expiry.
        const wrong = await new Client(base).login(name, 'not-the-password');
        expect(wrong.status).toBe(401);
        expect(await code(wrong)).toBe('auth.login-failed');
      }
    });
    // Within the 7 days it works, and the password the user then chooses does not expire.
    await onDay(later(6 * DAY), async () => {
      const c = new Client(base);
      expect((await c.login('newcomer', created.password)).status).toBe(200);
      const changed = await c.post('/api/session/password', {
        current: created.password,
        password: 'my-own-password',
      });
      expect(changed.status).toBe(200);
    });
    await onDay(later(400 * DAY), async () => {
      expect((await new Client(base).login('newcomer', 'my-own-password')).status).toBe(200);
    });
    // A new reset gives a new week.
    const again = (await (await admin.post('/api/users/viewer/reset-password')).json()) as {
      password: string;
    };
    await onDay(later(6 * DAY), async () => {
      expect((await new Client(base).login('viewer', again.password)).status).toBe(200);
    });
  });

  it('F12: in public mode, no account name reaches an anonymous caller; signed-in users see them', async () => {
    d = await deploy(true);
    const base = d.bases[0]!;
    // An account with a name that appears nowhere else, so that any leak is seen.
    const names = ['publisher-qz81'];
    await createUser(
      d.store.db,
      { name: 'publisher-qz81', role: 'analyst', password: 'publisher-pw-1' },
      'test',
    );
    const admin = await signedIn(base, 'admin');
    const publisher = new Client(base);
    expect((await publisher.login('publisher-qz81', 'publisher-pw-1')).status).toBe(200);
    const published = await publisher.post('/api/evaluations', { period: '2024' });
    expect(published.status).toBe(200);
    const { id } = (await published.json()) as { id: number };

    const pub = await startApi(d.store, { publicRead: true });
    try {
      const anon = new Client(pub.base);
      // Every GET route of the API, with its path parameters filled in.
      const doc = (await (await anon.get('/api/openapi.json')).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const fill: Record<string, string> = {
        id: String(id),
        code: '330102',
        name: 'publisher-qz81',
        what: 'observations',
      };
      const paths = Object.entries(doc.paths)
        .filter(([, ops]) => 'get' in ops)
        .map(([p]) => p.replace(/\{(\w+)\}/g, (_, k: string) => fill[k] ?? k));
      const open: string[] = [];
      for (const path of [...paths, `/api/evaluations/${id}?format=csv`, '/api/openapi.json']) {
        const r = await anon.get(path);
        const text = await r.text();
        if (r.status === 200) open.push(path);
        for (const name of names) expect(text.includes(name), `${path} names ${name}`).toBe(false);
        // The API's own description names the fields; nothing else may carry them.
        if (!path.startsWith('/api/openapi') && !path.startsWith('/api/docs'))
          expect(/"(createdBy|publishedBy)"/.test(text), `${path} has a name field`).toBe(false);
      }
      for (const path of [
        '/api/evaluations',
        `/api/evaluations/${id}`,
        '/api/ranking',
        '/api/overview',
        '/api/units',
        '/api/frameworks/current',
      ])
        expect(open).toContain(path);
      // Signed in, the same server still says who published.
      const list = (await (await admin.get('/api/evaluations')).json()) as { createdBy: string }[];
      expect(list[0]!.createdBy).toBe('publisher-qz81');
      const signedInPub = await signedIn(pub.base, 'viewer');
      const one = (await (await signedInPub.get(`/api/evaluations/${id}`)).json()) as {
        publishedBy: string;
      };
      expect(one.publishedBy).toBe('publisher-qz81');
    } finally {
      await pub.close();
    }
  });
});
