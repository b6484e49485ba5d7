// The dashboard's entry points into src/: one name per folder that web/ may import, and no name
// for any other, so `@gapscope/store/…` does not even resolve. Vite, Vitest and the boundary test
// (test/architecture.test.ts) read this table; the `paths` of tsconfig.json and web/tsconfig.json
// repeat it (JSON imports nothing), and the test checks that they agree.

import { fileURLToPath } from 'node:url';

/** Each alias and the folder it names, relative to the repository root. */
export const SRC_ALIASES = {
  '@gapscope/core': 'src/core',
  '@gapscope/charts': 'src/charts',
  '@gapscope/i18n': 'src/i18n',
  // The API's contract: the dashboard imports its types only (`import type`).
  '@gapscope/api': 'src/api',
} as const;

/** The aliases with absolute folders, for a bundler's `resolve.alias`. */
export function srcAliases(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SRC_ALIASES).map(([alias, dir]) => [
      alias,
      fileURLToPath(new URL(`../${dir}`, import.meta.url)),
    ]),
  );
}
