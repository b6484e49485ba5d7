import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../src/core/framework/parse.ts';
import type { FrameworkCurrent } from '../../../src/api/index.ts';
import { frameworkParts } from '../../../web/src/hooks/framework-parts.ts';

const framework = parseFramework(
  readFileSync('data/frameworks/zhejiang-default.yaml', 'utf8'),
  'zhejiang-default.yaml',
);

describe('frameworkParts', () => {
  it('lists the four domains in order and the 18 indicators with their domain', () => {
    const p = frameworkParts({
      framework,
      status: 'published',
      hash: 'x',
    } as unknown as FrameworkCurrent);
    expect(p.domains.map((d) => d.id)).toEqual(['CITY', 'VILLAGE', 'INTEGRATION', 'PROSPERITY']);
    expect(p.indicators.size).toBe(18);
    expect(p.indicators.get('C1')?.domain).toBe('CITY');
    expect(p.indicators.get('P4')?.domain).toBe('PROSPERITY');
    expect(p.index?.zh).toBe('城乡一体融合高质量发展指数');
  });

  it('is empty before the framework is loaded', () => {
    const p = frameworkParts(undefined);
    expect(p.domains).toEqual([]);
    expect(p.indicators.size).toBe(0);
    expect(p.index).toBeNull();
  });
});
