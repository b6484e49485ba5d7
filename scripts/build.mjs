// Builds the `gapscope` command: src/ bundled by esbuild into dist/ (dist/cli/main.js, the clock
// set-up dist/node/clock-env.js, the server's worker thread dist/server/job-worker.js, and shared
// chunks in dist/chunks/ that commands load when they run). One bundle loads far faster than
// hundreds of module files: Node 20 spends most of a cold start resolving and reading them. Type
// checking stays with `npm run typecheck`.
//
// Every output file sits two folders below the project root, as its sources do (src/x/y.ts), so
// the paths that modules find from `import.meta.url` (../../data/, ../../web/dist/) stay right.
// Packages that read their own files, load native code or start worker threads stay outside.

import { rmSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist`;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    'cli/main': 'src/cli/main.ts',
    'node/clock-env': 'src/node/clock-env.ts',
    // The server's worker threads start from a file of their own (src/server/jobs/spawn.ts).
    'server/job-worker': 'src/server/jobs/worker.ts',
  },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: [
    'better-sqlite3',
    '@node-rs/argon2',
    'pg',
    'pino',
    'pdfmake',
    'exceljs',
    'echarts',
    'swagger-ui-dist',
    '@expo-google-fonts/*',
  ],
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __gapscopeRequire } from 'node:module'; const require = __gapscopeRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
