import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../src/core/framework/parse.ts';
import { repoPath } from '../../helpers/fixtures.ts';

const DEFAULT = readFileSync(repoPath('data/frameworks/zhejiang-default.yaml'), 'utf8');

describe('the framework’s gaps section', () => {
  it('is filled in the default framework', () => {
    const fw = parseFramework(DEFAULT, 'zhejiang-default.yaml');
    expect(fw.gaps).toEqual({
      level: 'county',
      urbanRural: [
        {
          id: 'income',
          name: { zh: '城乡居民收入倍差', en: 'urban–rural income ratio' },
          urban: 'INC_URBAN',
          rural: 'INC_RURAL',
          urbanWeight: { series: 'POP', minus: 'POP_RURAL' },
          ruralWeight: 'POP_RURAL',
        },
      ],
      regional: [
        { id: 'INC_RURAL', weight: 'POP_RURAL' },
        { id: 'INC_URBAN', weight: { series: 'POP', minus: 'POP_RURAL' } },
      ],
      groups: ['mountain-island'],
      income: { middleShare: { id: 'P4', weight: 'POP' } },
    });
  });

  it('is optional, with defaults for what it leaves out', () => {
    const without = DEFAULT.replace(/\ngaps:\n(?: {2}.*\n|\s*\n)+/, '\n');
    expect(parseFramework(without).gaps).toBeUndefined();
    const minimal = DEFAULT.replace(/\ngaps:\n(?: {2}.*\n|\s*\n)+/, '\ngaps: {}\n\n');
    expect(parseFramework(minimal).gaps).toEqual({
      level: 'county',
      urbanRural: [],
      regional: [],
      groups: [],
    });
  });

  it('reports an undeclared series at its file line and path', () => {
    const bad = DEFAULT.replace(
      '  regional:\n    - id: INC_RURAL',
      '  regional:\n    - id: INC_RURL',
    );
    expect(() => parseFramework(bad, 'f.yaml')).toThrow(
      /f\.yaml:\d+: gaps\.regional\[0\]\.id: unknown series "INC_RURL": declare it under "series" or as an indicator/,
    );
    const weight = DEFAULT.replace(
      'ruralWeight: POP_RURAL',
      'ruralWeight: { series: POP, minus: POPR }',
    );
    expect(() => parseFramework(weight, 'f.yaml')).toThrow(
      /gaps\.urbanRural\[0\]\.ruralWeight\.minus: unknown series "POPR"/,
    );
  });

  it('checks the shape: a level, weights, group ids', () => {
    expect(() => parseFramework(DEFAULT.replace('  level: county', '  level: town'))).toThrow(
      /gaps\.level/,
    );
    expect(() =>
      parseFramework(DEFAULT.replace('groups: [mountain-island]', 'groups: [Mountain Island]')),
    ).toThrow(/gaps\.groups\[0\]: a group id is lower-case letters, digits and -/);
    expect(() => parseFramework(DEFAULT.replace('  urbanRural:', '  urbanrural:'))).toThrow(/gaps/);
  });
});
