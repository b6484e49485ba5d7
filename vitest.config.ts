import { defineConfig } from 'vitest/config';
import { srcAliases } from './web/aliases.ts';

/**
 * The moment the tests take as now, unless GAPSCOPE_NOW says otherwise (try another date to see
 * that nothing depends on it). The 3rd of a month: before the monthly report deadline, so the
 * rules of the work system are at their least forgiving.
 */
const TEST_NOW = '2026-12-03T04:00:00Z';

export default defineConfig({
  // The dashboard's names for the folders of src/ it imports (web/aliases.ts), for tests of web/.
  resolve: { alias: srcAliases() },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts', 'test/setup/system.ts', 'test/setup/postgres.ts'],
    setupFiles: ['test/setup/clock.ts'],
    // Every server a test starts checks its JSON answers against the API's schemas (src/api/).
    env: { GAPSCOPE_NOW: process.env.GAPSCOPE_NOW ?? TEST_NOW, GAPSCOPE_CHECK_ANSWERS: '1' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
