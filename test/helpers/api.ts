// Real HTTP against a real server for tests: start the API on a free port over a store, and a
// small client that keeps its session cookie and CSRF token like a browser does.

import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../src/store/connect.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { startServer, type Running } from '../../src/server/serve.ts';
import type { ServerOptions } from '../../src/server/env.ts';
import { createUser } from '../../src/store/users.ts';
import { freshSqlite } from './stores.ts';

/** A server on an initialised store. */
export async function startApi(
  store: Store,
  options: Partial<ServerOptions> = {},
): Promise<Running & { base: string }> {
  const running = await startServer(store, { port: 0, logger: pino({ level: 'silent' }), options });
  return { ...running, base: `http://127.0.0.1:${running.port}` };
}

/**
 * Fills a new store and creates one account per role (password "password-<role>"); the department
 * user belongs to agriculture and rural affairs.
 */
export async function seedStore(store: Store, demo = true): Promise<void> {
  await initStore(store.db, await readBundle({ demo }));
  for (const [name, role, scope] of [
    ['admin', 'admin', null],
    ['analyst', 'analyst', null],
    ['dept', 'department', null],
    ['hz', 'region', '330100'],
    ['viewer', 'viewer', null],
  ] as const) {
    await createUser(
      store.db,
      {
        name,
        role,
        scope,
        password: `password-${role}`,
        department: role === 'department' ? 'agriculture' : null,
      },
      'test',
    );
  }
}

/** A browser-like client: cookies and the CSRF token are kept and sent. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(
    readonly base: string,
    readonly lang = 'en',
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    let payload: FormData | string | undefined;
    if (body instanceof FormData || typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers: h, body: payload });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!.endsWith('=') ? '' : set.split(';')[0]!;
    return res;
  }

  /** Signs in; returns the response. */
  async login(name: string, password: string): Promise<Response> {
    const res = await this.request('POST', '/api/session', { name, password });
    if (res.ok) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }
  post(path: string, body?: unknown): Promise<Response> {
    return this.request('POST', path, body);
  }

  /** Uploads a file to the import endpoint. */
  upload(fileName: string, text: string | Uint8Array, query = ''): Promise<Response> {
    const form = new FormData();
    form.set('file', new Blob([text]), fileName);
    return this.request('POST', `/api/imports${query}`, form);
  }
}

/** A client signed in as one of the seeded accounts. */
export async function signedIn(
  base: string,
  role: 'admin' | 'analyst' | 'department' | 'region' | 'viewer',
): Promise<Client> {
  const name = {
    admin: 'admin',
    analyst: 'analyst',
    department: 'dept',
    region: 'hz',
    viewer: 'viewer',
  }[role];
  const c = new Client(base);
  const res = await c.login(name, `password-${role}`);
  if (!res.ok) throw new Error(`cannot sign in as ${name}: ${res.status} ${await res.text()}`);
  return c;
}

/**
 * A server on a new SQLite store with the demo data and one account per role (`seedStore`),
 * started before the tests of the enclosing `describe` and closed after them.
 */
export function demoServer(): { readonly store: Store; readonly base: string } {
  let store: Store | undefined;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  beforeAll(async () => {
    store = await freshSqlite();
    await seedStore(store);
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });
  return {
    get store() {
      if (!store) throw new Error('demoServer: the store is opened in beforeAll');
      return store;
    },
    get base() {
      if (!api) throw new Error('demoServer: the server is started in beforeAll');
      return api.base;
    },
  };
}
