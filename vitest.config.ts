import { defineConfig } from 'vitest/config';

/**
 * The moment the tests take as now, unless GAPSCOPE_NOW says otherwise (try another date to see
 * that nothing depends on it). The 3rd of a month: before the monthly report deadline, so the
 * rules of the work system are at their least forgiving.
 */
const TEST_NOW = '2026-12-03T04:00:00Z';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts', 'test/setup/system.ts', 'test/setup/postgres.ts'],
    setupFiles: ['test/setup/clock.ts'],
    env: { GAPSCOPE_NOW: process.env.GAPSCOPE_NOW ?? TEST_NOW },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
