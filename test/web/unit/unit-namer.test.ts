import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/api/index.ts';
import { cityOf, unitNamer } from '../../../web/src/hooks/unit-namer.ts';

const unit = (
  code: string,
  parent: string | null,
  level: string,
  zh: string,
  en: string,
): Unit => ({
  code,
  parent,
  level,
  kind: level,
  name: { zh, en },
  validFrom: null,
  validTo: null,
});

const units = [
  unit('330000', null, 'province', '浙江省', 'Zhejiang Province'),
  unit('330100', '330000', 'city', '杭州市', 'Hangzhou City'),
  unit('330122', '330100', 'county', '桐庐县', 'Tonglu County'),
];

describe('unitNamer', () => {
  it('names a unit in the language, falling back to the given name, then the code', () => {
    expect(unitNamer(units, 'en')('330122')).toBe('Tonglu County');
    expect(unitNamer(units, 'zh-CN')('330122')).toBe('桐庐县');
    expect(unitNamer(units, 'en')('339999', '某县')).toBe('某县');
    expect(unitNamer(undefined, 'en')('339999')).toBe('339999');
    expect(unitNamer(units, 'en')(null)).toBe('');
  });
});

describe('cityOf', () => {
  it('maps county-level units to their city, not cities to the province', () => {
    const c = cityOf(units);
    expect(c.get('330122')).toBe('330100');
    expect(c.has('330100')).toBe(false);
  });
});
