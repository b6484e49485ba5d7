#!/usr/bin/env node
// Entry point of the gapscope command: runs the compiled CLI in dist/, which `npm install` builds
// (the `prepare` script) and `npm run build` rebuilds after a change to src/.
import { existsSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  // A checkout where install scripts did not run: say what to do rather than fail on an import.
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`gapscope: not built yet (no dist/): run "npm run build" in ${root}\n`);
  process.exit(1);
}
const { clockFromEnvironment } = await import(
  new URL('../dist/node/clock-env.js', import.meta.url).href
);
try {
  clockFromEnvironment();
} catch (e) {
  process.stderr.write(`gapscope: ${e.message}\n`);
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
