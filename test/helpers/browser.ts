// The real dashboard in a real browser for tests and benchmarks: build web/ with Vite into a
// folder, and launch Debian's Chromium headless through playwright-core (no browser download).

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';
import { nowMs } from '../../src/core/clock.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/** Builds the dashboard for production into a new temporary folder (or `outDir`); returns it. */
export async function buildDashboard(outDir?: string): Promise<string> {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), 'gapscope-web-'));
  const { build } = await import('vite');
  // Vite takes NODE_ENV for the bundle's mode, and test runners set it to "test": that would be
  // React's development build. What is tested and measured is the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: CONFIG,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return dir;
}

/** Headless Chromium; fails with what to install when the browser is not there. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the browser tests need Debian's chromium and ` +
        'fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk), or CHROMIUM_PATH set to a Chromium binary.',
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A new browser context whose pages take the tests' clock as now: `Date` in the page is fixed at
 * the moment the context opens, while timers run as usual.
 */
export async function openContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.clock.setFixedTime(nowMs());
  return context;
}
