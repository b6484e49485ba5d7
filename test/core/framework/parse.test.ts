// Framework files are validated on load; every error names the file, line and path.

import { describe, expect, it } from 'vitest';
import { GapscopeError } from '../../../src/core/errors.ts';
import { parseFramework } from '../../../src/core/framework/parse.ts';
import { buildTree } from '../../../src/core/framework/tree.ts';

const good = `id: t
version: 2
name: { zh: 测试 }
series:
  - { id: POP, name: { zh: 人口 } }
root:
  id: INDEX
  name: { zh: 指数 }
  children:
    - id: D1
      name: { zh: 领域 }
      weight: 2
      children:
        - { id: A, name: { zh: 甲 }, unit: '%', direction: 1 }
        - { id: B, name: { zh: 乙 }, unit: CNY, direction: -1, denominator: { series: POP, scale: 1000 } }
    - { id: C, name: { zh: 丙 }, unit: '', direction: 1, weight: 0.5 }
`;

function errorOf(text: string): GapscopeError {
  try {
    parseFramework(text, 'f.yaml');
  } catch (e) {
    return e as GapscopeError;
  }
  throw new Error('expected an error');
}

describe('parseFramework', () => {
  it('reads a valid framework with defaults filled in', () => {
    const fw = parseFramework(good, 'f.yaml');
    expect(fw.version).toBe('2');
    const tree = buildTree(fw);
    expect(tree.ids).toEqual(['A', 'B', 'C', 'D1', 'INDEX']);
    expect([...tree.level]).toEqual([1, 1, 1, 2, 3]);
    expect([...tree.direction.slice(0, 3)]).toEqual([1, -1, 1]);
    expect(tree.parent[tree.index.get('C')!]).toBe(tree.root);
  });

  it('reads JSON too', () => {
    const fw = parseFramework(JSON.stringify(parseFramework(good)), 'f.json');
    expect(fw.root.children).toHaveLength(2);
  });

  it('names file, line and path of a wrong direction', () => {
    const e = errorOf(good.replace('direction: -1', 'direction: 2'));
    expect(e.code).toBe('framework.invalid');
    expect(e.message).toMatch(/f\.yaml:15: root\.children\[0\]\.children\[1\]\.direction/);
  });

  it('reports every problem at once: a missing name, an unknown key, an unknown series, a duplicate id', () => {
    const text = good
      .replace(
        "- { id: A, name: { zh: 甲 }, unit: '%', direction: 1 }",
        "- { id: A, unit: '%', direction: 1, colour: red }",
      )
      .replace('series: POP', 'series: PEOPLE')
      .replace('id: C, name', 'id: D1, name');
    const e = errorOf(text);
    expect(e.details.join('\n')).toMatch(/children\[0\]\.name/);
    expect(e.details.join('\n')).toMatch(/colour/);
    expect(e.details.join('\n')).toMatch(/unknown series "PEOPLE"/);
    expect(e.details.join('\n')).toMatch(/id "D1" is used twice/);
  });

  it('rejects a name cut short by an unquoted comma in a flow mapping', () => {
    // `{ zh: …, en: per 10,000 residents }` reads as en: "per 10" plus a stray key "000 residents".
    const e = errorOf(
      good.replace(
        '{ id: C, name: { zh: 丙 }',
        '{ id: C, name: { zh: 丙, en: per 10,000 residents }',
      ),
    );
    expect(e.message).toMatch(/root\.children\[1\]\.name.*000 residents/);
  });

  it('rejects a YAML syntax error with its line', () => {
    const e = errorOf('id: t\nroot: [\n');
    expect(e.code).toBe('framework.syntax');
    expect(e.message).toMatch(/f\.yaml/);
  });

  it('rejects an aggregate without children and goalposts in the wrong order', () => {
    expect(
      errorOf(good.replace('children:\n    - id: D1', 'children: []\n    - id: D1')).message,
    ).toMatch(/.+/);
    const e = errorOf(
      good.replace("unit: '%', direction: 1 }", "unit: '%', direction: 1, goalposts: [10, 0] }"),
    );
    expect(e.message).toMatch(/goalposts.*first number must be below/);
  });
});
