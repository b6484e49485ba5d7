// Vitest global setup, before anything else: the programs the tests use that npm does not bring —
// PostgreSQL's server for the store tests, Chromium with CJK fonts for the dashboard tests. What is
// missing is installed with apt-get where that can be done (root on Debian, as on a new machine or
// in CI); otherwise the run stops at once with one line that names what to install.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../helpers/browser.ts';
import { findPgBin } from '../helpers/pg-cluster.ts';

/** A program the tests need, the Debian packages that bring it, and how to see it is there. */
export interface Requirement {
  what: string;
  packages: string[];
  present: () => boolean;
}

/** True when fontconfig knows a font with Chinese glyphs. */
function hasCjkFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

export const REQUIREMENTS: Requirement[] = [
  {
    what: 'the PostgreSQL server (initdb, pg_ctl)',
    packages: ['postgresql'],
    present: () => findPgBin() !== null,
  },
  {
    what: `Chromium at ${CHROMIUM}`,
    packages: ['chromium'],
    present: () => existsSync(CHROMIUM),
  },
  { what: 'a CJK font for Chromium', packages: ['fonts-noto-cjk'], present: hasCjkFont },
];

/** Ends the run with one line on standard error. */
function stop(line: string): never {
  process.stderr.write(`\ngapscope tests: ${line}\n\n`);
  process.exit(1);
}

/** apt-get with the given arguments, quietly; its output is shown only when it fails. */
function aptGet(args: string[]): void {
  const r = spawnSync('apt-get', ['-qq', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').slice(-20).join('\n'));
    stop(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}); see above.`);
  }
}

/** What the set-up does about what is missing: nothing, install packages, or stop with a line. */
export type Plan =
  { action: 'none' } | { action: 'install'; packages: string[] } | { action: 'stop'; line: string };

/** Decides what to do about the missing requirements, given whether apt-get may be run. */
export function plan(missing: readonly Requirement[], canInstall: boolean): Plan {
  if (!missing.length) return { action: 'none' };
  const packages = missing.flatMap((r) => r.packages);
  if (canInstall) return { action: 'install', packages };
  return {
    action: 'stop',
    line:
      `missing ${missing.map((r) => r.what).join('; ')}. Install them (Debian: ` +
      `apt-get install -y ${packages.join(' ')}, as root) and run the tests again; PG_BIN and ` +
      'CHROMIUM_PATH may point to other installations.',
  };
}

export default function setup(): void {
  const missing = REQUIREMENTS.filter((r) => !r.present());
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  const todo = plan(missing, canInstall);
  if (todo.action === 'none') return;
  if (todo.action === 'stop') stop(todo.line);
  const { packages } = todo;
  process.stderr.write(`gapscope tests: installing ${packages.join(' ')} with apt-get (once)…\n`);
  aptGet(['update']);
  aptGet(['install', '-y', ...packages]);
  const still = missing.filter((r) => !r.present());
  if (still.length)
    stop(
      `still missing after apt-get install -y ${packages.join(' ')}: ` +
        `${still.map((r) => r.what).join('; ')}.`,
    );
}
