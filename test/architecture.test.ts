// The layers hold: core/ imports nothing Node-only and nothing from a layer above it; the
// software version recorded in results is the package's; nothing but the clock module reads the
// system time, so that no test depends on the day it runs.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOFTWARE } from '../src/core/version.ts';
import { repoPath } from './helpers/fixtures.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

describe('layers', () => {
  it('core/ imports only core/ and isomorphic packages', () => {
    const allowedPackages = new Set([
      'zod',
      'yaml',
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
    ]);
    const bad: string[] = [];
    for (const file of files(repoPath('src/core'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm,
      )) {
        const spec = m[1]!;
        if (spec.startsWith('.')) {
          if (!join(file, '..', spec).startsWith(repoPath('src/core')))
            bad.push(`${file}: ${spec}`);
        } else if (!allowedPackages.has(spec)) bad.push(`${file}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the recorded software version is package.json’s', () => {
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    expect(SOFTWARE).toEqual({ name: pkg.name, version: pkg.version });
  });
});

describe('time', () => {
  const READS_THE_CLOCK = [
    /\bDate\.now\s*\(/,
    /\bnew\s+Date\s*\(\s*\)/,
    /(?<![\w.])Date\s*\(\s*\)/,
  ];
  const CLOCK = repoPath('src/core/clock.ts');

  /** `file:line: text` of each line in `dirs` that matches one of `patterns`. */
  function lines(dirs: string[], patterns: RegExp[], except: string[] = []): string[] {
    const found: string[] = [];
    for (const dir of dirs)
      for (const file of files(repoPath(dir))) {
        if (except.includes(file)) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((text, i) => {
            if (patterns.some((p) => p.test(text))) found.push(`${file}:${i + 1}: ${text.trim()}`);
          });
      }
    return found;
  }

  it('only src/core/clock.ts reads the system time: the code, the dashboard and the tests ask it', () => {
    expect(lines(['src', 'web/src', 'test', 'scripts'], READS_THE_CLOCK, [CLOCK])).toEqual([]);
  });

  it('the checker sees each way of reading the time', () => {
    const D = 'Date'; // spelled apart, so that this file does not read as reading the clock
    for (const text of [`${D}.now()`, `new ${D}()`, `new ${D}( )`, `const d = ${D}();`])
      expect(
        READS_THE_CLOCK.some((p) => p.test(text)),
        text,
      ).toBe(true);
    for (const text of ['new Date(ms)', 'nowMs()', 'x.getDate()', 'parseDate()'])
      expect(
        READS_THE_CLOCK.some((p) => p.test(text)),
        text,
      ).toBe(false);
  });

  it('browser tests open their contexts on the tests’ clock', () => {
    expect(lines(['test'], [/\.newContext\s*\(/], [repoPath('test/helpers/browser.ts')])).toEqual(
      [],
    );
  });
});
