// `gapscope serve --public` on a new store: the newest year is published so that the public sees
// a ranking at once, and public answers say the figures are demo data.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/fixtures.ts';

let child: ChildProcess;
let base: string;
let stderr = '';

beforeAll(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'gapscope-serve-')), 'public.db');
  child = spawn(
    process.execPath,
    [repoPath('bin/gapscope.js'), 'serve', '--db', db, '--port', '0', '--public'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  base = await new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}, 60_000);

afterAll(async () => {
  await new Promise((r) => (child.on('exit', r), child.kill('SIGTERM')));
});

describe('gapscope serve --public', () => {
  it('publishes the newest year on a store without a published evaluation', async () => {
    expect(stderr).toContain('published the evaluation of 2025');
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
