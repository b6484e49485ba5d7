// The command's cold start: new `node bin/gapscope.js` processes for `--help`, for `evaluate` on
// the demo store and for `serve` until its health endpoint answers. Each process starts with
// nothing loaded, as a user's would; the operating system's file cache is warm after one run.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, ms, type BenchRow } from '../harness.ts';

const RUNS = 10;
const bin = fileURLToPath(new URL('../../bin/gapscope.js', import.meta.url));

/** Wall time in ms of one `gapscope …argv` process run to its end; fails if it fails. */
function runOnce(argv: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - t0;
  if (r.status !== 0) throw new Error(`gapscope ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return elapsed;
}

/** One HTTP GET on loopback; resolves with the status code. */
function httpStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

/** Wall time in ms from spawning `gapscope serve` to the first answer of GET /api/health. */
async function serveOnce(db: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // The port is chosen by the system (--port 0); the process says which once it listens.
    const base = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(err);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const status = await httpStatus(`${base}/api/health`);
    const elapsed = performance.now() - t0;
    if (status !== 200) throw new Error(`GET /api/health answered ${status}`);
    return elapsed;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function row(work: string, times: number[], target: string, limit: number): BenchRow {
  const m = median(times);
  return {
    work,
    target,
    median: ms(m),
    detail: `min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}, ${times.length} processes after one warm-up`,
    pass: m < limit,
  };
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gapscope-startup-'));
  try {
    const db = join(dir, 'demo.db');
    execFileSync(process.execPath, [bin, 'init', '--db', db], { stdio: 'ignore' });
    // serve writes (sessions, the first administrator's state); evaluate reads its own copy.
    const serveDb = join(dir, 'serve.db');
    copyFileSync(db, serveDb);

    const help: number[] = [];
    runOnce(['--help']);
    for (let i = 0; i < RUNS; i++) help.push(runOnce(['--help']));

    const evaluate: number[] = [];
    const evaluateArgs = ['evaluate', '--period', '2025', '--db', db];
    runOnce(evaluateArgs);
    for (let i = 0; i < RUNS; i++) evaluate.push(runOnce(evaluateArgs));

    const serve: number[] = [];
    await serveOnce(serveDb);
    for (let i = 0; i < RUNS; i++) serve.push(await serveOnce(serveDb));

    return [
      row('`gapscope --help`, a new process', help, '< 150 ms', 150),
      row(
        '`gapscope evaluate --period 2025` on the demo store, a new process',
        evaluate,
        '< 600 ms',
        600,
      ),
      row('`gapscope serve` until GET /api/health answers', serve, '< 1.5 s', 1500),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
