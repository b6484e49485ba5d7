// The contract between the layers (src/api/): every JSON answer is declared field by field, every
// server in the suite checks its answers against those declarations (GAPSCOPE_CHECK_ANSWERS, set
// in vitest.config.ts), a broken answer is caught, and the dashboard type-checks against the same
// schemas — so a disagreement between what the server sends and what the pages read fails here.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchemas } from '../../src/server/answer-check.ts';
import { createApp } from '../../src/server/app.ts';
import { json } from '../../src/server/schemas.ts';
import type { Store } from '../../src/store/connect.ts';
import { seedStore, signedIn, startApi } from '../helpers/api.ts';
import { repoPath } from '../helpers/fixtures.ts';
import { freshSqlite } from '../helpers/stores.ts';

type Api = Awaited<ReturnType<typeof startApi>>;

/** A value for each path parameter of the declared GET routes, on the demo store. */
const PARAMS: Record<string, string> = { code: '330106', id: 'KP-2025-005', what: 'observations' };

describe('the API contract', () => {
  let store: Store;
  let api: Api;
  beforeAll(async () => {
    store = await freshSqlite();
    await seedStore(store);
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });

  it('declares every JSON answer field by field: no route answers an untyped object', async () => {
    const doc = (await (await fetch(`${api.base}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    const untyped: string[] = [];
    let declared = 0;
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const ok = op.responses['200'] as
          { content?: Record<string, { schema: Record<string, unknown> }> } | undefined;
        let schema = ok?.content?.['application/json']?.schema;
        if (!schema) continue;
        declared++;
        const ref = schema.$ref as string | undefined;
        if (ref) schema = doc.components.schemas[ref.split('/').at(-1)!]!;
        const loose = schema.type === 'object' && !schema.properties && schema.additionalProperties;
        if (loose) untyped.push(`${method.toUpperCase()} ${path}`);
      }
    expect(declared).toBeGreaterThan(45);
    expect(untyped).toEqual([]);
  });

  it('answers every declared GET route within its schema, signed in as the office', async () => {
    const admin = await signedIn(api.base, 'admin');
    const app = createApp(store, pino({ level: 'silent' }));
    const published = (await (
      await (await signedIn(api.base, 'analyst')).post('/api/evaluations', {})
    ).json()) as { id: number };
    const routes = [...answerSchemas(app).keys()]
      .filter((k) => k.startsWith('GET '))
      .map((k) => k.slice(4))
      .map((path) =>
        path.startsWith('/api/evaluations/')
          ? path.replace(':id', String(published.id))
          : path.replace(/:(\w+)/g, (_, p: string) => PARAMS[p] ?? `:${p}`),
      );
    expect(routes.length).toBeGreaterThan(25);
    const failed: string[] = [];
    for (const path of routes) {
      const res = await admin.get(path);
      if (res.status !== 200) failed.push(`${path}: ${res.status} ${await res.text()}`);
    }
    expect(failed).toEqual([]);
  });

  it('turns an answer that breaks its declared schema into a 500 naming the field', async () => {
    const app = createApp(store, pino({ level: 'silent' }), { checkAnswers: true });
    app.openapi(
      createRoute({
        method: 'post',
        path: '/api/broken',
        responses: { 200: json(z.strictObject({ score: z.number().nullable() }), 'A score') },
      }),
      // A handler whose answer drifted from its declaration, as a cast would let it.
      (c) => c.json({ score: 'high' } as unknown as { score: number }, 200),
    );
    const res = await app.request('/api/broken', { method: 'POST' });
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; details: string[] } };
    expect(body.error.code).toBe('answer.contract');
    expect(body.error.details).toEqual(['score: Invalid input: expected number, received string']);
  });

  it('the dashboard type-checks against the contract, and fails when it reads a field the API does not send', () => {
    const tsc = repoPath('node_modules/typescript/bin/tsc');
    expect(() =>
      execFileSync(process.execPath, [tsc, '--noEmit', '-p', repoPath('web')], {
        encoding: 'utf8',
      }),
    ).not.toThrow();
    // The same configuration over one page that expects a field the overview does not have.
    const dir = mkdtempSync(join(tmpdir(), 'gapscope-contract-'));
    try {
      writeFileSync(
        join(dir, 'page.ts'),
        [
          "import type { Overview } from '@gapscope/api/index.ts';",
          'export const quartile = (o: Overview): number | null =>',
          "  'distribution' in o ? o.distribution.p90 : null;",
        ].join('\n'),
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: repoPath('web/tsconfig.json'),
          compilerOptions: { types: [] },
          include: [],
          files: ['page.ts'],
        }),
      );
      let out = '';
      try {
        execFileSync(process.execPath, [tsc, '--noEmit', '-p', dir], { encoding: 'utf8' });
      } catch (e) {
        out = (e as { stdout: string }).stdout;
      }
      expect(out).toMatch(/page\.ts.*Property 'p90' does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
