// The panel of one regional series over time: its defaults, σ per period by hand, β between the
// ends, the units' Lorenz curve, and the errors (core errors naming the field, which the API turns
// into 422s).

import { describe, expect, it } from 'vitest';
import { datasetFromObservations, type Observation } from '../../../src/core/data/dataset.ts';
import { validateFramework } from '../../../src/core/framework/parse.ts';
import { gapSeries } from '../../../src/core/gaps/series.ts';
import type { Geography } from '../../../src/core/geography/units.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { thrownError } from '../../helpers/errors.ts';
import { makeUnit } from '../../helpers/geography.ts';

const geo: Geography = {
  units: [
    makeUnit('330000', null, 'province'),
    makeUnit('330100', '330000', 'city'),
    makeUnit('330101', '330100', 'county'),
    makeUnit('330102', '330100', 'county'),
    makeUnit('330103', '330100', 'county'),
  ],
  groups: [{ id: 'hills', name: { zh: '山区', en: 'hills' }, note: '' }],
  memberships: [{ group: 'hills', unit: '330102', validFrom: null, validTo: null }],
};

const framework = validateFramework({
  id: 'series-test',
  version: 1,
  name: { zh: '测试' },
  series: ['POP', 'INC_URBAN', 'INC_RURAL'].map((id) => ({ id, name: { zh: id } })),
  gaps: {
    urbanRural: [
      { id: 'income', name: { zh: '城乡收入比' }, urban: 'INC_URBAN', rural: 'INC_RURAL' },
    ],
    regional: [{ id: 'INC_RURAL', weight: 'POP' }, { id: 'INC_URBAN' }],
    groups: ['hills'],
  },
  root: {
    id: 'INDEX',
    name: { zh: '指数' },
    children: [{ id: 'X', name: { zh: '指标' }, unit: '', direction: 1 }],
  },
});
const spec = framework.gaps!;

// INC_RURAL by unit and year; POP is 1, 2, 1.
const RURAL: Record<string, number[]> = {
  '330101': [10, 12, 15],
  '330102': [20, 22, 24],
  '330103': [40, 41, 42],
};
const YEARS = ['2023', '2024', '2025'];
const obs: Observation[] = [];
for (const [u, values] of Object.entries(RURAL))
  values.forEach((value, k) => {
    obs.push({ unit: u, series: 'INC_RURAL', period: YEARS[k]!, value });
    obs.push({ unit: u, series: 'INC_URBAN', period: YEARS[k]!, value: 2 * value });
    obs.push({ unit: u, series: 'POP', period: YEARS[k]!, value: u === '330102' ? 2 : 1 });
  });
const data = datasetFromObservations(obs);

/** Population standard deviation of the logs. */
function sigma(xs: number[]): number {
  const l = xs.map(Math.log);
  const m = l.reduce((a, b) => a + b, 0) / l.length;
  return Math.sqrt(l.reduce((a, b) => a + (b - m) ** 2, 0) / l.length);
}

describe('gapSeries', () => {
  it('defaults to the first regional series over every year up to the newest', () => {
    const s = gapSeries(framework, spec, data, geo, {});
    expect(s).toMatchObject({ series: 'INC_RURAL', level: 'county', from: '2023', to: '2025' });
    expect(s.years).toBe(2);
    expect(s.periods).toEqual(YEARS);
    expect(s.choices.map((c) => c.id)).toEqual(['INC_RURAL', 'INC_URBAN']);
    expect(s.name).toEqual({ zh: 'INC_RURAL' });
    expect(s.units).toEqual(Object.entries(RURAL).map(([u, values]) => ({ unit: u, values })));
    expect(s.groups).toEqual([{ id: 'hills', name: geo.groups[0]!.name, members: ['330102'] }]);
  });

  it('gives σ per period and β between the ends as METHODS.md defines them', () => {
    const s = gapSeries(framework, spec, data, geo, { from: '2024' });
    expect(s.periods).toEqual(['2024', '2025']);
    s.sigma.forEach((x, k) =>
      expectClose(x.value!, sigma(Object.values(RURAL).map((v) => v[k + 1]!)), 1e-12),
    );
    expect(s.beta!.n).toBe(3);
    expect(s.betaError).toBeNull();
    // Lorenz across units at 2025, weighted by POP (1, 2, 1): it ends at (1, 1).
    const l = s.lorenz.units!;
    expect(l.period).toBe('2025');
    expect([l.population.at(-1), l.income.at(-1)]).toEqual([1, 1]);
    expect(s.lorenz.quantiles).toBeNull();
  });

  it('says why there is no β instead of failing', () => {
    const two = datasetFromObservations(obs.filter((o) => o.unit !== '330103'));
    const s = gapSeries(framework, spec, two, geo, {});
    expect(s.beta).toBeNull();
    expect(s.betaError).toMatch(/\w/);
  });

  it('refuses a series or periods it cannot use, with a core error naming the field', () => {
    const series = thrownError(() => gapSeries(framework, spec, data, geo, { series: 'POP' }));
    expect([series.code, series.location.path]).toEqual(['gaps.series', 'series']);
    expect(series.message).toContain('INC_RURAL, INC_URBAN');
    const to = thrownError(() => gapSeries(framework, spec, data, geo, { to: '2031' }));
    expect([to.code, to.location.path]).toEqual(['gaps.to', 'to']);
    const back = thrownError(() => gapSeries(framework, spec, data, geo, { from: '2025' }));
    expect([back.code, back.location.path]).toEqual(['gaps.from', 'from']);
  });
});
