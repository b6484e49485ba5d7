// `gapscope serve` as its own process, the way it is run: started on a free port, answered once it
// says where it serves, and stopped with SIGTERM. Shared by the tests and the benchmarks.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/gapscope.js', import.meta.url));

/** A running `gapscope serve`: its address, what it wrote to stderr so far, and how to stop it. */
export interface ServeProcess {
  base: string;
  child: ChildProcess;
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts `gapscope serve --db DB --port 0 …args` and waits until it says where it serves. */
export function startServeProcess(db: string, args: string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  let err = '';
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.on('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(err);
      if (m) resolve({ base: m[1]!, child, stderr: () => err, stop });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}
