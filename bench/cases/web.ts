// The dashboard's first load (SPEC §4): the production build served by the API on loopback over a
// SQLite store with the demo data, opened cold (no cache) in headless Chromium. Measured: the
// JavaScript the overview loads (gzip size of every script fetched until its chart is drawn) and
// the time from navigation to the overview's headline figures (signed in) and to the public
// overview's list of leaders (anonymous).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { openStore } from '../../src/store/connect.ts';
import { publishEvaluation } from '../../src/store/evaluations.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { createUser } from '../../src/store/users.ts';
import { liveEvaluation } from '../../src/server/live.ts';
import { ResultCache } from '../../src/server/cache.ts';
import { startApi } from '../../test/helpers/api.ts';
import { buildDashboard, launchChromium } from '../../test/helpers/browser.ts';
import { median, ms, type BenchRow } from '../harness.ts';

const RUNS = 7;

/** One cold load of `path`: ms to the selector, and the gzip bytes of the scripts loaded until `done`. */
async function load(
  browser: Browser,
  url: string,
  signIn: { base: string } | null,
  ready: string,
  done: string,
): Promise<{ ms: number; js: number; files: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    if (signIn) {
      const res = await context.request.post(`${signIn.base}/api/session`, {
        data: { name: 'bench', password: 'bench-password' },
      });
      if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
    }
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js'))
        scripts.push(r.body().then((b) => gzipSync(b, { level: 9 }).length));
    });
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForSelector(ready);
    const t = performance.now() - t0;
    await page.waitForSelector(done);
    const sizes = await Promise.all(scripts);
    return { ms: t, js: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gapscope-web-bench-'));
  const store = await openStore(join(dir, 'web.db'));
  let browser: Browser | null = null;
  let server: Awaited<ReturnType<typeof startApi>> | null = null;
  try {
    const [webRoot] = await Promise.all([
      buildDashboard(join(dir, 'dist')),
      initStore(store.db, await readBundle()),
    ]);
    await createUser(
      store.db,
      { name: 'bench', role: 'analyst', password: 'bench-password' },
      'bench',
    );
    const asOf = new Date().toISOString();
    const { demo: _demo, ...result } = await liveEvaluation(store, new ResultCache(), { asOf });
    await publishEvaluation(store.db, result, { user: 'bench', asOf });
    server = await startApi(store, { publicRead: true, webRoot });
    browser = await launchChromium();
    const base = server.base;
    const headline = '[data-testid=headline-ratio] [data-testid=headline-value]';
    const chart = '[data-testid=distribution] canvas';
    // One warm-up of each, for the server's caches (the first evaluation of a data version).
    await load(browser, `${base}/`, { base }, headline, chart);
    await load(browser, `${base}/`, null, '[data-testid=top]', chart);
    const signed = [];
    const anon = [];
    for (let i = 0; i < RUNS; i++) {
      signed.push(await load(browser, `${base}/`, { base }, headline, chart));
      anon.push(await load(browser, `${base}/`, null, '[data-testid=top]', chart));
    }
    const js = signed[0]!;
    const tSigned = median(signed.map((r) => r.ms));
    const tAnon = median(anon.map((r) => r.ms));
    return [
      {
        work: 'dashboard first load: JavaScript of the overview (gzip)',
        target: '< 600 kB',
        median: `${Math.round(js.js / 1000)} kB`,
        detail: `${js.files} scripts fetched until the distribution chart is drawn, gzip level 9`,
        pass: js.js < 600_000,
      },
      {
        work: 'dashboard first load to the overview’s figures, signed in (cold cache, loopback)',
        target: '< 1.5 s',
        median: ms(tSigned),
        detail: `navigation to the three-gap headline figures; min ${ms(Math.min(...signed.map((r) => r.ms)))}, ${RUNS} runs, headless Chromium`,
        pass: tSigned < 1500,
      },
      {
        work: 'dashboard first load, public overview (cold cache, loopback)',
        target: '< 1.5 s',
        median: ms(tAnon),
        detail: `navigation to the leaders of the published evaluation; ${RUNS} runs`,
        pass: tAnon < 1500,
      },
    ];
  } finally {
    await browser?.close();
    await server?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
