// Vitest global setup: builds the command (src/ bundled into dist/, scripts/build.mjs) before the
// tests, so that tests which start `bin/gapscope.js` as a process run the code under test, not an
// older build. It takes about a second.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
  try {
    execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`the build (scripts/build.mjs) failed:\n${stdout ?? ''}${stderr ?? ''}`, {
      cause: e,
    });
  }
}
