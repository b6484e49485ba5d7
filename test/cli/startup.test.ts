// The command starts small: `gapscope --help` and `--version` load no command module and no
// package (commands are imported when they run), and the installed command runs the build.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../helpers/fixtures.ts';

/** Every module `entry` loads before it runs (static imports, not `import type`, not `import()`). */
function staticImports(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)(?!\s+type\s)[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm,
    )) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) pending.push(join(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  }
  return {
    modules: [...modules].map((f) => f.slice(repoPath('src').length + 1)),
    packages: [...packages],
  };
}

describe('start-up', () => {
  it('the help loads no command and no package', () => {
    const { modules, packages } = staticImports(repoPath('src/cli/main.ts'));
    expect(packages).toEqual([]);
    expect(modules.filter((m) => m.includes('commands/'))).toEqual([]);
    expect(modules.length).toBeLessThan(8);
  });

  it('the installed command runs the compiled code and lists every command', () => {
    const out = execFileSync(process.execPath, [repoPath('bin/gapscope.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/^gapscope \d+\.\d+\.\d+ — /);
    for (const command of ['init', 'evaluate', 'serve', 'brief', 'convergence'])
      expect(out).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
  });
});
