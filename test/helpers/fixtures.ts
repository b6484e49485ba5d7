// Paths of the project's bundled files, for tests.

import { fileURLToPath } from 'node:url';

/** Absolute path of a file relative to the repository root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}
