// Reads a framework from YAML or JSON text and validates it, reporting every problem with its
// file, line and path (e.g. `default.yaml:41: root.children[1].children[2].direction: …`).

import { CST, isNode, LineCounter, parseDocument, Parser, type Document } from 'yaml';
import type { z } from 'zod';
import { GapscopeError } from '../errors.ts';
import {
  AggregateFields,
  FrameworkSchema,
  IndicatorNode,
  type AggregateNode,
  type Framework,
  type FrameworkNode,
} from './schema.ts';

type Path = (string | number)[];
interface Issue {
  path: Path;
  message: string;
}

/** The most levels a framework's tree may have, the index being level 1: an index has a few. */
export const MAX_FRAMEWORK_LEVELS = 8;
/**
 * The most objects and arrays a framework may nest within each other, in its text or as a value.
 * Validation recurses, so this is checked first, without recursion: a value nested thousands deep
 * would overflow the stack (a 500 from the API) or exhaust the process.
 */
export const MAX_NESTING = 64;
/** The most aliases YAML may resolve (yaml's default, stated): billion-laughs files stop there. */
const MAX_ALIASES = 100;

/** Formats a path as `root.children[0].weight`. */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k),
    '',
  );
}

function zodIssues(error: z.ZodError, base: Path): Issue[] {
  return error.issues.map((i) => ({
    path: [...base, ...(i.path as Path)],
    message: i.message,
  }));
}

function validateNode(raw: unknown, path: Path, issues: Issue[]): FrameworkNode | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ path, message: 'expected a node (an object with id and name)' });
    return null;
  }
  if ('children' in raw) {
    const r = AggregateFields.safeParse(raw);
    if (!r.success) {
      issues.push(...zodIssues(r.error, path));
      return null;
    }
    // Invalid children are reported and left out, so the rest can still be checked.
    const children = r.data.children
      .map((c, k) => validateNode(c, [...path, 'children', k], issues))
      .filter((c): c is FrameworkNode => c !== null);
    return { ...r.data, children } satisfies AggregateNode;
  }
  const r = IndicatorNode.safeParse(raw);
  if (!r.success) {
    issues.push(...zodIssues(r.error, path));
    return null;
  }
  return r.data;
}

/** Checks that go beyond the shape: unique ids, known denominator series, a non-zero weight sum. */
function checkSemantics(fw: Pick<Framework, 'root' | 'series'>, issues: Issue[]): void {
  const seen = new Map<string, string>();
  const series = new Set(fw.series.map((s) => s.id));
  const walk = (node: FrameworkNode, path: Path): void => {
    const where = formatPath(path);
    const first = seen.get(node.id);
    if (first)
      issues.push({
        path: [...path, 'id'],
        message: `id "${node.id}" is used twice (first at ${first})`,
      });
    else seen.set(node.id, where);
    if ('children' in node) {
      if (node.children.every((c) => c.weight === 0)) {
        issues.push({ path: [...path, 'children'], message: 'every child has weight 0' });
      }
      node.children.forEach((c, k) => walk(c, [...path, 'children', k]));
    } else {
      if (node.denominator && !series.has(node.denominator.series)) {
        issues.push({
          path: [...path, 'denominator', 'series'],
          message: `unknown series "${node.denominator.series}": declare it under "series"`,
        });
      }
      const w = node.rollup?.weight;
      if (w && !series.has(w) && !seen.has(w)) {
        issues.push({ path: [...path, 'rollup', 'weight'], message: `unknown series "${w}"` });
      }
    }
  };
  walk(fw.root, ['root']);
  for (const s of fw.series) {
    if (seen.has(s.id))
      issues.push({ path: ['series'], message: `series id "${s.id}" is also a node id` });
  }
}

/**
 * The first place where `raw` nests more than `MAX_NESTING` deep, or where its tree (`root` and
 * the `children` below it) has more than `MAX_FRAMEWORK_LEVELS` levels; null when neither. One
 * pass with an explicit stack, so that no depth of input can overflow the call stack.
 */
function depthIssue(raw: unknown): Issue | null {
  // `level`: the tree level of the node a value is or (for `children`) holds; 0 off the tree.
  const stack: { value: unknown; path: Path; level: number }[] = [];
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw))
      stack.push({ value: v, path: [k], level: +(k === 'root') });
  }
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { value, path, level } = top;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > MAX_NESTING) return { path, message: `nested more than ${MAX_NESTING} deep` };
    if (Array.isArray(value)) {
      value.forEach((v, k) => stack.push({ value: v, path: [...path, k], level }));
      continue;
    }
    if (level > MAX_FRAMEWORK_LEVELS) {
      return {
        path,
        message: `the framework has more than ${MAX_FRAMEWORK_LEVELS} levels (the index is level 1)`,
      };
    }
    for (const [k, v] of Object.entries(value)) {
      // A node's `children` are the nodes of the next level; its other fields are not nodes.
      const next = level && k === 'children' ? level + 1 : 0;
      stack.push({ value: v, path: [...path, k], level: next });
    }
  }
  return null;
}

/** The line of the first YAML or JSON collection nested more than `MAX_NESTING` deep, or null. */
function tooDeepAt(text: string): number | null {
  const counter = new LineCounter();
  const stack: { token: CST.Token | null | undefined; depth: number }[] = [];
  for (const token of new Parser(counter.addNewLine).parse(text)) stack.push({ token, depth: 0 });
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { token, depth } = top;
    if (!token) continue;
    if (token.type === 'document') stack.push({ token: token.value, depth });
    else if (CST.isCollection(token)) {
      if (depth >= MAX_NESTING) return counter.linePos(token.offset).line;
      for (const item of token.items) {
        stack.push({ token: item.key, depth: depth + 1 });
        stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return null;
}

function lineOf(doc: Document | null, counter: LineCounter, path: Path): number | undefined {
  if (!doc) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Validates an already-parsed object as a framework; `file` names it in errors. */
export function validateFramework(
  raw: unknown,
  file = 'framework',
  doc: Document | null = null,
  counter = new LineCounter(),
): Framework {
  const deep = depthIssue(raw);
  const issues: Issue[] = deep ? [deep] : [];
  // Nothing below may recurse into a value that is nested too deeply.
  const head = deep ? null : FrameworkSchema.safeParse(raw);
  let fw: Framework | null = null;
  if (head && !head.success) issues.push(...zodIssues(head.error, []));
  const rootRaw = raw && typeof raw === 'object' ? (raw as { root?: unknown }).root : undefined;
  const root = !head || rootRaw === undefined ? null : validateNode(rootRaw, ['root'], issues);
  if (root && !('children' in root))
    issues.push({ path: ['root'], message: 'the root must be an aggregate with children' });
  if (root && 'children' in root) {
    const rawSeries = (raw as { series?: unknown }).series;
    const series = head?.success
      ? head.data.series
      : Array.isArray(rawSeries)
        ? rawSeries.filter((x): x is Framework['series'][number] => typeof x?.id === 'string')
        : [];
    checkSemantics({ root, series }, issues);
    if (head?.success) fw = { ...head.data, root };
  }
  if (issues.length || !fw) {
    const lines = issues.map((i) => {
      const line = lineOf(doc, counter, i.path);
      return `${file}${line ? `:${line}` : ''}: ${formatPath(i.path) || '(top)'}: ${i.message}`;
    });
    throw new GapscopeError(
      'framework.invalid',
      `invalid framework (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n  ${lines.join('\n  ')}`,
      { file },
      lines,
    );
  }
  return fw;
}

/**
 * Parses YAML or JSON framework text (JSON is read as YAML, so both get line numbers). Nesting is
 * checked on yaml's syntax tree, which it builds without recursion, before the document is
 * composed (which recurses); aliases are limited to `MAX_ALIASES`.
 */
export function parseFramework(text: string, file = 'framework'): Framework {
  const deep = tooDeepAt(text);
  if (deep !== null) {
    throw new GapscopeError(
      'framework.syntax',
      `not valid YAML or JSON: nested more than ${MAX_NESTING} deep`,
      { file, line: deep },
    );
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line;
    throw new GapscopeError(
      'framework.syntax',
      `not valid YAML or JSON: ${e.message.split('\n')[0]}`,
      { file, line },
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    // yaml refuses to expand too many aliases with a ReferenceError.
    if (!(e instanceof ReferenceError)) throw e;
    throw new GapscopeError('framework.syntax', `not valid YAML or JSON: ${e.message}`, { file });
  }
  return validateFramework(raw, file, doc, counter);
}
