// The layers hold: every folder imports only the folders and packages its row of the table
// allows, on the real import graph (test/helpers/boundaries.ts); the software version recorded in
// results is the package's; nothing but the clock module reads the system time, so that no test
// depends on the day it runs.

import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOFTWARE } from '../src/core/version.ts';
import { SRC_ALIASES } from '../web/aliases.ts';
import {
  checkBoundaries,
  importGraph,
  sourceFiles,
  type Debt,
  type ImportEdge,
  type LayerRule,
} from './helpers/boundaries.ts';
import { repoPath } from './helpers/fixtures.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

describe('layers', () => {
  /**
   * Which folders each folder may import (its own always) and which packages: core ← the Node
   * layers (store, ingest, export, reports; node/ holds their adapters of core's interfaces) ←
   * server, cli ← web, which runs in the browser and reaches src/ only for pure code. The layers
   * in the middle do not import each other: what two of them share belongs in core/. Rendered as
   * a table in docs/ARCHITECTURE.md § Boundaries.
   */
  const LAYERS: Record<string, LayerRule> = {
    core: { folders: [], packages: ['zod', 'yaml', '@noble/hashes'] },
    types: { folders: [], packages: [] },
    // The API's contract: zod schemas the routes declare, whose types the dashboard imports.
    api: { folders: ['core'], packages: ['@hono/zod-openapi'] },
    i18n: { folders: ['core'], packages: [] },
    charts: { folders: ['core', 'i18n'], packages: ['echarts'] },
    node: { folders: ['core'], packages: 'any' },
    ingest: { folders: ['core', 'node'], packages: 'any' },
    export: { folders: ['core', 'i18n', 'node'], packages: 'any' },
    store: { folders: ['core', 'node'], packages: 'any' },
    reports: { folders: ['core', 'i18n', 'charts', 'node'], packages: 'any' },
    server: {
      folders: ['core', 'api', 'i18n', 'node', 'ingest', 'export', 'store', 'reports'],
      packages: 'any',
    },
    cli: {
      folders: ['core', 'i18n', 'node', 'ingest', 'export', 'store', 'reports', 'server'],
      packages: 'any',
    },
    web: {
      folders: ['core', 'charts', 'i18n'],
      packages: [
        'react',
        'react-dom',
        'react-router',
        'antd',
        '@ant-design/icons',
        '@tanstack/react-query',
        'echarts',
      ],
      rawAssets: ['data', 'docs'],
      typesOnly: ['api'],
    },
  };

  /**
   * The imports the table forbids that are still there, file to file. The test fails when one
   * of them is gone, so that its line is deleted with it: this list only shrinks.
   */
  const KNOWN_DEBT: Debt[] = [];

  const ROOT = repoPath('.');
  let graph: ImportEdge[] | undefined;
  /** The import graph of src/ and web/src/, read once. */
  const realGraph = (): ImportEdge[] =>
    (graph ??= importGraph(
      ROOT,
      [...sourceFiles(repoPath('src')), ...sourceFiles(repoPath('web/src'))],
      SRC_ALIASES,
    ));

  it('every folder under src/ has a row in the table', () => {
    const folders = readdirSync(repoPath('src')).filter((f) =>
      statSync(repoPath(`src/${f}`)).isDirectory(),
    );
    expect(folders.filter((f) => !LAYERS[f])).toEqual([]);
  });

  it('every import of src/ and web/src/ follows the table, and every known debt is still there', () => {
    const { violations, stale } = checkBoundaries(
      ROOT,
      realGraph(),
      LAYERS,
      KNOWN_DEBT,
      SRC_ALIASES,
    );
    expect(violations).toEqual([]);
    expect(stale.map((d) => `${d.from} → ${d.to}: paid, delete its KNOWN_DEBT line`)).toEqual([]);
  });

  it('the graph holds the dynamic imports and re-exports too (the command loads its commands lazily)', () => {
    const kinds = new Set(realGraph().map((e) => e.kind));
    for (const kind of ['import', 'export', 'dynamic'] as const) expect(kinds).toContain(kind);
  });

  it('the checker catches wrong imports, static or dynamic, and a debt that was paid', () => {
    const root = mkdtempSync(join(tmpdir(), 'gapscope-layers-'));
    try {
      const write = (file: string, lines: string[]): void => {
        mkdirSync(join(root, dirname(file)), { recursive: true });
        writeFileSync(join(root, file), lines.join('\n'));
      };
      write('src/store/db.ts', ['export const db = 1;']);
      write('src/core/ok.ts', ['export const ok = 1;']);
      write('src/core/bad.ts', [
        "import { db } from '../store/db.ts';",
        "export { db as again } from '../store/db.ts';",
        "import db2 = require('../store/db.ts');",
        "export const later = (): Promise<unknown> => import('../store/db.ts');",
        "export type Db = typeof import('../store/db.ts');",
        "import { readFileSync } from 'node:fs';",
        "import { sql } from 'kysely';",
        "import { ok } from './ok.ts';",
      ]);
      write('src/charts/owed.ts', ["import { db } from '../store/db.ts';"]);
      write('src/server/aliased.ts', ["import { ok } from '@gapscope/core/ok.ts';"]);
      write('src/extra/new.ts', ["import { ok } from '../core/ok.ts';"]);
      write('data/layout.csv', ['code']);
      write('web/src/page.tsx', [
        "import { ok } from '@gapscope/core/ok.ts';",
        "import { ok as again } from '../../src/core/ok.ts';",
        "import { db } from '@gapscope/store/db.ts';",
        "import layout from '../../data/layout.csv?raw';",
        "import { gone } from './gone.ts';",
        "const lazy = import('../../src/store/db.ts');",
        "import { Overview } from '@gapscope/api/contract.ts';",
        "import type { Ranking } from '@gapscope/api/contract.ts';",
      ]);
      write('src/api/contract.ts', ['export const Overview = 1;', 'export type Ranking = 2;']);
      const fixture = importGraph(root, sourceFiles(root), SRC_ALIASES);
      const paid = { from: 'src/charts/paid.ts', to: 'src/store/db.ts', why: 'moved' };
      const { violations, stale } = checkBoundaries(
        root,
        fixture,
        LAYERS,
        [{ from: 'src/charts/owed.ts', to: 'src/store/db.ts', why: 'still there' }, paid],
        SRC_ALIASES,
      );
      expect(violations).toEqual([
        "src/core/bad.ts:1: '../store/db.ts': core/ may not import store/ (src/store/db.ts)",
        "src/core/bad.ts:2: '../store/db.ts': core/ may not import store/ (src/store/db.ts)",
        "src/core/bad.ts:3: '../store/db.ts': core/ may not import store/ (src/store/db.ts)",
        "src/core/bad.ts:4: '../store/db.ts': core/ may not import store/ (src/store/db.ts)",
        "src/core/bad.ts:5: '../store/db.ts': core/ may not import store/ (src/store/db.ts)",
        "src/core/bad.ts:6: 'node:fs': core/ may not import Node's node:fs",
        "src/core/bad.ts:7: 'kysely': core/ may not import the package kysely",
        "src/extra/new.ts:1: '../core/ok.ts': the folder extra/ has no row in the table",
        "src/server/aliased.ts:1: '@gapscope/core/ok.ts': only web/ uses the aliases; src/ imports by relative path",
        "web/src/page.tsx:2: '../../src/core/ok.ts': web/ reaches src/ only through an alias (@gapscope/core,@gapscope/charts,@gapscope/i18n,@gapscope/api)",
        "web/src/page.tsx:3: '@gapscope/store/db.ts': web/ may not import the package @gapscope/store",
        "web/src/page.tsx:5: './gone.ts': no such file web/src/gone.ts",
        "web/src/page.tsx:6: '../../src/store/db.ts': web/ reaches src/ only through an alias (@gapscope/core,@gapscope/charts,@gapscope/i18n,@gapscope/api)",
        "web/src/page.tsx:6: '../../src/store/db.ts': web/ may not import store/ (src/store/db.ts)",
        "web/src/page.tsx:7: '@gapscope/api/contract.ts': web/ imports only types from api/ (use `import type`)",
      ]);
      expect(stale).toEqual([paid]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the tsconfig paths name the folders of web/aliases.ts', () => {
    for (const [config, prefix] of [
      ['tsconfig.json', './'],
      ['web/tsconfig.json', '../'],
    ] as const) {
      const json = JSON.parse(
        readFileSync(repoPath(config), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
      ) as { compilerOptions: { paths: Record<string, string[]> } };
      expect(json.compilerOptions.paths, config).toEqual(
        Object.fromEntries(
          Object.entries(SRC_ALIASES).map(([alias, dir]) => [`${alias}/*`, [`${prefix}${dir}/*`]]),
        ),
      );
    }
  });

  it('docs/DEPENDENCIES.md says why of every dependency in package.json', () => {
    const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const doc = readFileSync(repoPath('docs/DEPENDENCIES.md'), 'utf8');
    const named = (dep: string): boolean =>
      doc.includes(`\`${dep}\``) || (dep.startsWith('@types/') && doc.includes('`@types/…`'));
    const missing = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
      (d) => !named(d),
    );
    expect(missing).toEqual([]);
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
