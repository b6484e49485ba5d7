// Frameworks nested too deeply, and YAML or JSON bombs: refused with the framework's usual error
// (file and path), never a stack overflow or an exhausted process.

import { describe, expect, it } from 'vitest';
import {
  MAX_FRAMEWORK_LEVELS,
  parseFramework,
  validateFramework,
} from '../../../src/core/framework/parse.ts';
import { thrownError } from '../../helpers/errors.ts';

/** A framework whose tree is `levels` levels deep (the root is level 1, the indicator the last). */
function nested(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { id: 'L', name: { zh: '指标' }, unit: '', direction: 1 };
  for (let k = levels - 1; k >= 1; k--)
    node = { id: `N${k}`, name: { zh: '层' }, children: [node] };
  return { id: 't', version: 1, name: { zh: '测试' }, root: node };
}

/** The same as JSON text, written without recursion (JSON.stringify overflows on deep values). */
function nestedJson(levels: number): string {
  const open = '{"id":"N","name":{"zh":"层"},"children":[';
  const leaf = '{"id":"L","name":{"zh":"指标"},"unit":"","direction":1}';
  return `{"id":"t","version":1,"name":{"zh":"测试"},"root":${open.repeat(levels - 1)}${leaf}${']}'.repeat(levels - 1)}}`;
}

describe('F11: framework depth', () => {
  it(`accepts ${MAX_FRAMEWORK_LEVELS} levels`, () => {
    expect(validateFramework(nested(MAX_FRAMEWORK_LEVELS)).root.id).toBe('N1');
  });

  it(`refuses ${MAX_FRAMEWORK_LEVELS + 1} levels, naming the path of the first node too deep`, () => {
    const e = thrownError(() => validateFramework(nested(MAX_FRAMEWORK_LEVELS + 1), 'f.json'));
    expect(e.code).toBe('framework.invalid');
    const path = `root${'.children[0]'.repeat(MAX_FRAMEWORK_LEVELS)}`;
    expect(e.message).toContain(`f.json: ${path}: `);
    expect(e.message).toMatch(/more than 8 levels/);
  });

  it('a framework object nested 5,000 levels deep is a framework error, not a stack overflow', () => {
    const e = thrownError(() => validateFramework(nested(5000), 'request body'));
    expect(e.code).toBe('framework.invalid');
    expect(e.message).toMatch(/more than 8 levels/);
  });

  it('with gaps (whose check walks the tree) too', () => {
    const fw = { ...nested(5000), gaps: { income: { urban: 'L', rural: 'L' } } };
    expect(thrownError(() => validateFramework(fw)).code).toBe('framework.invalid');
  });

  it('JSON text nested 5,000 levels deep is a framework error with its line', () => {
    const e = thrownError(() => parseFramework(nestedJson(5000), 'deep.json'));
    expect(e.code).toBe('framework.syntax');
    expect(e.message).toMatch(/^deep\.json:1: .*nested more than \d+ deep/);
    expect(e.message).not.toMatch(/call stack/);
  });

  it('so are YAML flow and block collections nested thousands deep', () => {
    for (const text of [
      `root: ${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      `root:\n${'- '.repeat(20_000)}x\n`,
    ]) {
      const e = thrownError(() => parseFramework(text, 'deep.yaml'));
      expect(e.code).toBe('framework.syntax');
      expect(e.message).toMatch(/nested more than \d+ deep/);
    }
  });

  it('a "billion laughs" alias bomb is a framework syntax error', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [k, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h'].entries()) {
      const prev = 'abcdefgh'[k]!;
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const e = thrownError(() => parseFramework(lines.join('\n'), 'bomb.yaml'));
    expect(e.code).toBe('framework.syntax');
    expect(e.message).toMatch(/^bomb\.yaml: .*alias/);
  });

  it('a deeply nested value in any other field is refused before anything recurses into it', () => {
    let junk: unknown = 1;
    for (let k = 0; k < 100_000; k++) junk = [junk];
    const e = thrownError(() => validateFramework({ ...nested(3), description: junk }, 'f.json'));
    expect(e.code).toBe('framework.invalid');
    expect(e.message).toMatch(/f\.json: description(\[0\]){64}: .*nested more than 64 deep/);
  });
});
