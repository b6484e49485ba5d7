// The layers hold: core/ imports nothing Node-only and nothing from a layer above it; the
// software version recorded in results is the package's.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOFTWARE } from '../src/core/version.ts';
import { repoPath } from './helpers/fixtures.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
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
