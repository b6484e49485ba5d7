// Heavy work beside the dashboard's reads: a `gapscope serve` process (the bundle, its worker pool
// sized by default) answers the overview and the ranking at 300 requests/s for 15 s while a
// 300,000-row import and a 20,000-run Monte Carlo request run in its workers. Before the pool the
// same load went from a 7 ms median to 819 ms (p99 3,987 ms) during such an import.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore } from '../../src/store/connect.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { createApiToken } from '../../src/store/tokens.ts';
import { createUser } from '../../src/store/users.ts';
import { monthlyCsv } from '../../test/helpers/large-files.ts';
import { startServeProcess } from '../../test/helpers/serve-process.ts';
import { ms, type BenchRow } from '../harness.ts';

/** Months of a 90-county × 18-indicator file of at least 300,000 rows (90 × 18 × 186 = 301,320). */
const MONTHS = 186;
const RATE = 300;
const SECONDS = 15;

/** POSTs `file` as a multipart upload from a child process; its status and JSON answer. */
function upload(
  url: string,
  authorization: string,
  file: string,
): Promise<{ status: number; report: { outcome: string; added: number; importId: number } }> {
  const script = `
    import { readFileSync } from 'node:fs';
    const [url, authorization, file] = process.argv.slice(1);
    const form = new FormData();
    form.set('file', new Blob([readFileSync(file)]), 'months.csv');
    const res = await fetch(url, { method: 'POST', headers: { authorization }, body: form });
    process.stdout.write(JSON.stringify({ status: res.status, report: await res.json() }));`;
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', script, url, authorization, file],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`upload exited with ${code}`)),
    ),
  );
}

/** A user with an API token, for autocannon's and fetch's bearer header. */
async function bearer(db: string, name: string, role: 'analyst' | 'viewer'): Promise<string> {
  const store = await openStore(db);
  const { user } = await createUser(
    store.db,
    { name, role, password: `${name}-password` },
    'bench',
  );
  const { token } = await createApiToken(store.db, user, 'bench');
  await store.close();
  return `Bearer ${token}`;
}

/** Latencies of both endpoints together, from autocannon's histograms (p50, p99 of the two). */
function both(a: autocannon.Result, b: autocannon.Result): { p50: number; p99: number } {
  return {
    p50: Math.max(a.latency.p50, b.latency.p50),
    p99: Math.max(a.latency.p99, b.latency.p99),
  };
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gapscope-jobs-'));
  const db = join(dir, 'jobs.db');
  const setup = await openStore(db);
  await initStore(setup.db, await readBundle());
  const { bytes, rows } = await monthlyCsv(setup, MONTHS);
  await setup.close();
  const file = join(dir, 'months.csv');
  writeFileSync(file, bytes);
  const reader = await bearer(db, 'reader', 'viewer');
  const importer = await bearer(db, 'importer', 'analyst');
  const analyst = await bearer(db, 'analyst', 'viewer');
  const server = await startServeProcess(db);
  const { base } = server;
  try {
    const load = (path: string, duration: number, rate?: number) =>
      autocannon({
        url: `${base}${path}`,
        headers: { authorization: reader },
        connections: 10,
        duration,
        ...(rate ? { overallRate: rate } : {}),
      });
    // Warm-up: the cached evaluation, and the worker thread started by one small job.
    await Promise.all([load('/api/overview?period=2024', 3), load('/api/ranking?period=2024', 3)]);
    await fetch(`${base}/api/uncertainty`, {
      method: 'POST',
      headers: { authorization: analyst, 'content-type': 'application/json' },
      body: JSON.stringify({ period: '2024', runs: 10, seed: 1 }),
    });

    // The same reads alone first, on the same machine at the same moment, for comparison.
    const [aloneOverview, aloneRanking] = await Promise.all([
      load('/api/overview?period=2024', SECONDS, RATE / 2),
      load('/api/ranking?period=2024', SECONDS, RATE / 2),
    ]);
    const alone = both(aloneOverview, aloneRanking);

    const started = performance.now();
    const reads = Promise.all([
      load('/api/overview?period=2024', SECONDS, RATE / 2),
      load('/api/ranking?period=2024', SECONDS, RATE / 2),
    ]);
    await new Promise((r) => setTimeout(r, 1000));
    // Sent by a process of its own: building and sending 13 MB here would stall autocannon's
    // clock in this process, and count the client's pause as the server's.
    const importing = upload(`${base}/api/imports`, importer, file).then((answer) => ({
      ...answer,
      ms: performance.now() - started - 1000,
    }));
    const analysing = fetch(`${base}/api/uncertainty`, {
      method: 'POST',
      headers: { authorization: analyst, 'content-type': 'application/json' },
      body: JSON.stringify({ period: '2024', runs: 20_000, seed: 20_261_203 }),
    }).then(async (res) => ({
      status: res.status,
      units: ((await res.json()) as { units?: unknown[] }).units?.length ?? 0,
      ms: performance.now() - started - 1000,
    }));
    const [[overview, ranking], imported, analysed] = await Promise.all([
      reads,
      importing,
      analysing,
    ]);

    // Applied whole: every row of the file is an observation of that import.
    const check = await openStore(db);
    const stored = Number(
      (
        await check.db
          .selectFrom('observations')
          .where('import_id', '=', imported.report.importId ?? -1)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    await check.close();
    const whole = imported.report.outcome === 'applied' && stored === rows;

    const { p50, p99 } = both(overview, ranking);
    const requests = overview.requests.total + ranking.requests.total;
    const bad = overview.non2xx + ranking.non2xx + overview.errors + ranking.errors;
    return [
      {
        work: `API overview + ranking at ${RATE} requests/s for ${SECONDS} s, nothing else running (the baseline of the next row)`,
        target: '—',
        median: ms(alone.p50),
        detail: `p99 ${ms(alone.p99)}, max ${ms(Math.max(aloneOverview.latency.max, aloneRanking.latency.max))}; ${aloneOverview.requests.total + aloneRanking.requests.total} requests, ${aloneOverview.non2xx + aloneRanking.non2xx} non-2xx, ${aloneOverview.errors + aloneRanking.errors} errors`,
        pass: null,
      },
      {
        work: `API overview + ranking at ${RATE} requests/s for ${SECONDS} s during a ${rows.toLocaleString('en')}-row import and a 20,000-run Monte Carlo (worker pool)`,
        target: 'p99 < 100 ms',
        median: ms(p50),
        detail: `p99 ${ms(p99)} (overview p50 ${ms(overview.latency.p50)}, p99 ${ms(overview.latency.p99)}, max ${ms(overview.latency.max)}; ranking p50 ${ms(ranking.latency.p50)}, p99 ${ms(ranking.latency.p99)}, max ${ms(ranking.latency.max)}); ${requests} requests, ${overview.non2xx + ranking.non2xx} non-2xx, ${overview.errors + ranking.errors} errors; import ${imported.status} in ${(imported.ms / 1000).toFixed(1)} s, ${imported.report.added} added, ${stored} stored (${whole ? 'applied whole' : '**not whole**'}); Monte Carlo ${analysed.status} in ${(analysed.ms / 1000).toFixed(1)} s (${analysed.units} units)`,
        pass: p99 < 100 && bad === 0 && whole && analysed.status === 200,
      },
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
