import { describe, expect, it } from 'vitest';
import { frameworkSeries } from '../../../src/core/framework/series.ts';
import { makeFramework } from '../../helpers/factories.ts';

describe('frameworkSeries', () => {
  it('lists every indicator and every other series the framework names', () => {
    const fw = makeFramework({ domains: 2, perDomain: 2 });
    expect([...frameworkSeries(fw)].sort()).toEqual(['I1', 'I2', 'I3', 'I4']);
    const withPop = { ...fw, series: [{ id: 'POP', name: { zh: '人口' } }] } as typeof fw;
    expect([...frameworkSeries(withPop)].sort()).toEqual(['I1', 'I2', 'I3', 'I4', 'POP']);
  });
});
