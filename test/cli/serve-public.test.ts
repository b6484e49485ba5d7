// `gapscope serve --public` on a new store: the newest year is published so that the public sees
// a ranking at once, and public answers say the figures are demo data.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServeProcess, type ServeProcess } from '../helpers/serve-process.ts';

let server: ServeProcess;
let base: string;

beforeAll(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'gapscope-serve-')), 'public.db');
  server = await startServeProcess(db, ['--public']);
  base = server.base;
}, 60_000);

afterAll(() => server?.stop());

describe('gapscope serve --public', () => {
  it('publishes the newest year on a store without a published evaluation', async () => {
    expect(server.stderr()).toContain('published the evaluation of 2025');
    const evaluations = (await (await fetch(`${base}/api/evaluations`)).json()) as {
      period: string;
    }[];
    expect(evaluations.map((e) => e.period)).toEqual(['2025']);
  });

  it('shows the public the overview and the ranking, marked as demo data', async () => {
    const overview = (await (await fetch(`${base}/api/overview`)).json()) as {
      published: boolean;
      period: string;
      demo: boolean;
      top: unknown[];
    };
    expect(overview).toMatchObject({ published: true, period: '2025', demo: true });
    expect(overview.top).toHaveLength(5);
    const ranking = (await (await fetch(`${base}/api/ranking`)).json()) as {
      demo: boolean;
      units: unknown[];
    };
    expect(ranking.demo).toBe(true);
    expect(ranking.units).toHaveLength(90);
  });
});
