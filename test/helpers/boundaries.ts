// The layers' boundaries checked on the real import graph: every import of every TypeScript file
// as the TypeScript compiler reads it (static imports, `export … from`, `import()` with a string,
// `import x = require()` and `import('…')` types), resolved to a file (relative paths and the
// dashboard's aliases) or a package, then held against a table of allowed edges.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** How a module names another. */
export type ImportKind = 'import' | 'export' | 'dynamic' | 'require' | 'type';

/** One import of one file: where it points, resolved. */
export interface ImportEdge {
  /** The importing file, relative to the root, with `/`. */
  from: string;
  /** 1-based line of the specifier. */
  line: number;
  spec: string;
  kind: ImportKind;
  /** `import type`, `export type` or a type-position `import('…')`: erased, but still coupling. */
  typeOnly: boolean;
  /** The imported file relative to the root (`src/core/clock.ts`), or null for a package. */
  file: string | null;
  /** The package's name (`zod`, `@noble/hashes`, `node:fs`), or null for a file. */
  pkg: string | null;
}

/** The specifiers of one file's source text, with their kind and line. */
export function specifiers(
  fileName: string,
  text: string,
): { spec: string; line: number; kind: ImportKind; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: { spec: string; line: number; kind: ImportKind; typeOnly: boolean }[] = [];
  const add = (lit: ts.Node, kind: ImportKind, typeOnly: boolean): void => {
    if (!ts.isStringLiteralLike(lit)) return;
    const line = source.getLineAndCharacterOfPosition(lit.getStart(source)).line + 1;
    found.push({ spec: lit.text, line, kind, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, 'import', typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, 'export', node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node.moduleReference.expression, 'require', node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0]
    ) {
      add(node.arguments[0], 'dynamic', false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'type', true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const BUILTINS = new Set(builtinModules);

/** The package a bare specifier names (`@noble/hashes/sha2.js` → `@noble/hashes`). */
export function packageName(spec: string): string {
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return BUILTINS.has(name) ? `node:${name}` : name;
}

/** Whether a package name is one of Node's built-in modules. */
export function isNodeBuiltin(pkg: string): boolean {
  return pkg.startsWith('node:');
}

/** The file a path names: itself, or with `.ts`/`.tsx`/`index.ts` added; null when none exists. */
function resolveFile(path: string): string | null {
  for (const p of [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts')])
    if (existsSync(p) && statSync(p).isFile()) return p;
  return null;
}

const posix = (p: string): string => p.split(sep).join('/');

/**
 * Every import of `files` (absolute paths under `root`), resolved: relative specifiers to files
 * (a `?raw` query dropped), `aliases` (prefix → folder relative to the root) to files, anything
 * else to a package. An unresolvable relative or aliased path keeps its would-be path as `file`.
 */
export function importGraph(
  root: string,
  files: string[],
  aliases: Record<string, string> = {},
): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const abs of files) {
    const from = posix(relative(root, abs));
    for (const s of specifiers(abs, readFileSync(abs, 'utf8'))) {
      const path = s.spec.replace(/\?.*$/, '');
      const alias = Object.keys(aliases).find((a) => path === a || path.startsWith(`${a}/`));
      let target: string | null = null;
      if (path.startsWith('.')) target = resolve(dirname(abs), path);
      else if (alias) target = join(root, aliases[alias]!, path.slice(alias.length));
      const edge = { from, ...s };
      if (target === null) edges.push({ ...edge, file: null, pkg: packageName(s.spec) });
      else
        edges.push({
          ...edge,
          file: posix(relative(root, resolveFile(target) ?? target)),
          pkg: null,
        });
    }
  }
  return edges;
}

/** The `.ts`/`.tsx` files under `dir`, absolute paths, sorted. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(p) ? [p] : [];
    });
}

/** What one folder may import: folders, and packages (`'any'`: any package, Node's included). */
export interface LayerRule {
  folders: readonly string[];
  packages: 'any' | readonly string[];
  /** Folders outside src/ whose files it may read as text with Vite's `?raw` (the dashboard). */
  rawAssets?: readonly string[];
  /** Folders it may import types from and nothing else (`import type`: erased from the bundle). */
  typesOnly?: readonly string[];
}

/** An import the table forbids but that is still there: allowed until it is moved, never added. */
export interface Debt {
  from: string;
  to: string;
  why: string;
}

/**
 * The layer of a file: the folder under `src/` (`src/core/x.ts` → `core`), `web` for the
 * dashboard, else the top folder (`data`, `docs`).
 */
export function layerOf(file: string): string {
  const [top, sub] = file.split('/');
  return top === 'src' && sub !== undefined && file.split('/').length > 2 ? sub : top!;
}

/**
 * The edges of `graph` that break `table` (one line each: file:line, specifier, why), and the
 * `debt` entries that match no such edge any more (stale, to be deleted). Beside the table:
 * `web/` reaches `src/` only through `aliases` (never a relative path out of `web/`), and only
 * `web/` uses them; every relative or aliased import names a file that exists.
 */
export function checkBoundaries(
  root: string,
  graph: ImportEdge[],
  table: Record<string, LayerRule>,
  debt: readonly Debt[],
  aliases: Record<string, string>,
): { violations: string[]; stale: Debt[] } {
  const violations: string[] = [];
  const used = new Set<Debt>();
  for (const e of graph) {
    const at = `${e.from}:${e.line}: '${e.spec}'`;
    const layer = layerOf(e.from);
    const rule = table[layer];
    if (!rule) {
      violations.push(`${at}: the folder ${layer}/ has no row in the table`);
      continue;
    }
    const aliased = Object.keys(aliases).some((a) => e.spec === a || e.spec.startsWith(`${a}/`));
    if (aliased && layer !== 'web')
      violations.push(`${at}: only web/ uses the aliases; src/ imports by relative path`);
    if (e.pkg !== null) {
      if (rule.packages === 'any') continue;
      if (!rule.packages.includes(e.pkg))
        violations.push(
          `${at}: ${layer}/ may not import ${isNodeBuiltin(e.pkg) ? "Node's " : 'the package '}${e.pkg}`,
        );
      continue;
    }
    const file = e.file!;
    if (!existsSync(join(root, file))) {
      violations.push(`${at}: no such file ${file}`);
      continue;
    }
    const target = layerOf(file);
    if (layer === 'web' && file.startsWith('src/') && !aliased)
      violations.push(`${at}: web/ reaches src/ only through an alias (${Object.keys(aliases)})`);
    const raw = /\?raw$/.test(e.spec) && (rule.rawAssets ?? []).includes(target);
    if (target === layer || rule.folders.includes(target) || raw) continue;
    if ((rule.typesOnly ?? []).includes(target)) {
      if (!e.typeOnly)
        violations.push(
          `${at}: ${layer}/ imports only types from ${target}/ (use \`import type\`)`,
        );
      continue;
    }
    const owed = debt.find((d) => d.from === e.from && d.to === file);
    if (owed) used.add(owed);
    else violations.push(`${at}: ${layer}/ may not import ${target}/ (${file})`);
  }
  return { violations, stale: debt.filter((d) => !used.has(d)) };
}
