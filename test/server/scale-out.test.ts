// Two server processes over one PostgreSQL database: a session opened on one is honoured by the
// other, and writes through both are all kept (nothing lives in a process's memory).

import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/connect.ts';
import { Client, seedStore } from '../helpers/api.ts';
import { repoPath } from '../helpers/fixtures.ts';
import { freshPostgresUrl } from '../helpers/stores.ts';

/** Starts `gapscope serve` on a free port; resolves with its base URL once it listens. */
function serve(db: string): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [repoPath('bin/gapscope.js'), 'serve', '--db', db, '--port', '0'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(err);
      if (m) resolve({ base: m[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

describe('two instances over one PostgreSQL', () => {
  let servers: { base: string; child: ChildProcess }[] = [];
  let db: string;
  beforeAll(async () => {
    db = await freshPostgresUrl();
    const store = await openStore(db);
    await seedStore(store);
    await store.close();
    servers = await Promise.all([serve(db), serve(db)]);
  });
  afterAll(async () => {
    await Promise.all(
      servers.map((s) => new Promise((r) => (s.child.on('exit', r), s.child.kill('SIGTERM')))),
    );
  });

  it('honours on one instance a session opened on the other', async () => {
    const [a, b] = [servers[0]!, servers[1]!];
    const client = new Client(a.base);
    expect((await client.login('analyst', 'password-analyst')).status).toBe(200);
    const other = new Client(b.base);
    other.cookie = client.cookie;
    other.csrf = client.csrf;
    const me = await other.get('/api/session');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { name: string } }).user.name).toBe('analyst');
    expect((await other.request('DELETE', '/api/session')).status).toBe(200);
    expect((await client.get('/api/session')).status).toBe(401);
  });

  it('keeps every write made through either instance', async () => {
    // The analyst and the administrator on each instance: ten files at once, five through each
    // instance, and no one with more than the 3 heavy requests a user may have at once on one
    // (docs/SECURITY.md § Heavy work).
    const clients = await Promise.all(
      ['analyst', 'admin'].flatMap((name) =>
        servers.map(async (s) => {
          const c = new Client(s.base);
          await c.login(name, `password-${name}`);
          return c;
        }),
      ),
    );
    const uploads = Array.from({ length: 10 }, (_, i) =>
      clients[(i % 4 < 2 ? 0 : 2) + (i % 2)]!.upload(
        `part-${i}.csv`,
        `unit,indicator,period,value\n330102,C2,2030-${String(i + 1).padStart(2, '0')},${40 + i}\n`,
      ),
    );
    const results = await Promise.all(uploads);
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const obs = (await (
      await clients[0]!.get('/api/observations?series=C2&units=330102')
    ).json()) as { period: string }[];
    expect(obs.filter((o) => o.period.startsWith('2030-'))).toHaveLength(10);
    // The same figure corrected through both instances at once: both kept, as revisions 1 … 6.
    const same = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        clients[i % 2]!.upload(
          `same-${i}.csv`,
          `unit,indicator,period,value\n330102,C2,2031-01,${50 + i}\n`,
        ),
      ),
    );
    expect(same.map((r) => r.status)).toEqual(Array(6).fill(200));
    const revs = (await (
      await clients[1]!.get('/api/observations/history?series=C2&units=330102&periods=2031-01')
    ).json()) as { revision: number }[];
    expect(revs.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
