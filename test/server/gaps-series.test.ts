// The gap series and map values the dashboard's gap and map pages read, over real HTTP on SQLite,
// checked against the three-gap summary and the ranking the same store answers.

import { beforeAll, describe, expect, it } from 'vitest';
import type { GapSeries, MapValues } from '../../src/api/index.ts';
import { betaConvergence, sigmaConvergence } from '../../src/core/inequality/convergence.ts';
import { Client, demoServer, signedIn } from '../helpers/api.ts';
import { expectClose } from '../helpers/expect-close.ts';

const col = (s: GapSeries, k: number): Float64Array =>
  Float64Array.from(s.units, (u) => u.values[k] ?? Number.NaN);

describe('gap series and map values (SQLite)', () => {
  const server = demoServer();
  let analyst: Client;
  beforeAll(async () => {
    analyst = await signedIn(server.base, 'analyst');
  });

  it('documents both routes and answers only signed-in users', async () => {
    const doc = (await (await new Client(server.base).get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.paths['/api/gaps/series']?.get).toBeDefined();
    expect(doc.paths['/api/map/values']?.get).toBeDefined();
    expect((await new Client(server.base).get('/api/gaps/series')).status).toBe(401);
    expect((await new Client(server.base).get('/api/map/values')).status).toBe(401);
  });

  it('gives a regional series over the years with σ and β as core computes them from its values', async () => {
    const s = (await (await analyst.get('/api/gaps/series')).json()) as GapSeries;
    expect(s.series).toBe('INC_RURAL');
    expect(s.choices.map((c) => c.id)).toEqual(['INC_RURAL', 'INC_URBAN']);
    expect(s.to).toBe('2025');
    expect(s.from).toBe(s.periods[0]);
    expect(s.periods.at(-1)).toBe('2025');
    expect(s.years).toBe(Number(s.to) - Number(s.from));
    expect(s.units).toHaveLength(90);
    expect(s.demo).toBe(true);
    s.periods.forEach((p, k) =>
      expectClose(s.sigma[k]!.value!, sigmaConvergence(col(s, k)), 1e-12, p),
    );
    const b = betaConvergence(col(s, 0), col(s, s.periods.length - 1), s.years);
    expect(s.betaError).toBeNull();
    expectClose(s.beta!.b, b.b, 1e-12);
    expectClose(s.beta!.a, b.a, 1e-12);
    expect(s.beta!.n).toBe(b.n);
    expect(s.groups[0]!.id).toBe('mountain-island');
    expect(s.groups[0]!.members.length).toBeGreaterThan(15);
  });

  it('draws the Lorenz curve across units whose Gini is the gap summary’s', async () => {
    const s = (await (
      await analyst.get('/api/gaps/series?series=INC_RURAL&from=2020&to=2024')
    ).json()) as GapSeries;
    expect(s.periods).toEqual(['2020', '2021', '2022', '2023', '2024']);
    const gaps = (await (await analyst.get('/api/gaps?period=2024')).json()) as {
      regional: { id: string; gini: { value: number } }[];
    };
    const l = s.lorenz.units!;
    expect(l.period).toBe('2024');
    expect([l.population[0], l.income[0]]).toEqual([0, 0]);
    expect([l.population.at(-1), l.income.at(-1)]).toEqual([1, 1]);
    expectClose(l.gini!, gaps.regional.find((r) => r.id === 'INC_RURAL')!.gini.value, 1e-12);
    expect(s.lorenz.quantiles).toBeNull(); // the demo data have no income quintiles
  });

  it('refuses a series, or periods, it cannot use, naming the field', async () => {
    const bad = await analyst.get('/api/gaps/series?series=POP');
    expect(bad.status).toBe(422);
    const e = ((await bad.json()) as { error: { field: string; detail: string } }).error;
    expect(e.field).toBe('series');
    expect(e.detail).toContain('INC_RURAL, INC_URBAN');
    const back = await analyst.get('/api/gaps/series?from=2024&to=2020');
    expect(back.status).toBe(422);
    expect(((await back.json()) as { error: { field: string } }).error.field).toBe('from');
    expect((await analyst.get('/api/gaps/series?to=2031')).status).toBe(422);
  });

  it('gives the map the index of every unit in every period, as the ranking has it', async () => {
    const m = (await (await analyst.get('/api/map/values')).json()) as MapValues;
    expect(m.measure).toMatchObject({ id: 'INDEX', kind: 'index', hasTargets: false });
    expect(m.measures.map((x) => x.kind)).toEqual([
      'index',
      ...Array(4).fill('domain'),
      ...Array(18).fill('indicator'),
      'gap',
    ]);
    expect(m.units).toHaveLength(90);
    const k = m.periods.indexOf('2024');
    const ranking = (await (await analyst.get('/api/ranking?period=2024')).json()) as {
      periods: string[];
      units: { unit: string; score: number | null; domains: Record<string, number | null> }[];
    };
    expect(m.periods).toEqual(ranking.periods);
    for (const r of ranking.units) {
      const v = m.units.find((u) => u.unit === r.unit)!.values[k];
      if (r.score === null) expect(v).toBeNull();
      else expectClose(v!, r.score, 1e-12, r.unit);
    }
    const dom = (await (await analyst.get('/api/map/values?measure=VILLAGE')).json()) as MapValues;
    expectClose(
      dom.units.find((u) => u.unit === '330127')!.values[k]!,
      ranking.units.find((u) => u.unit === '330127')!.domains.VILLAGE!,
      1e-12,
    );
  });

  it('gives an indicator with its targets and imputed flags, and the urban–rural ratio per unit', async () => {
    const p2 = (await (await analyst.get('/api/map/values?measure=P2')).json()) as MapValues;
    expect(p2.measure).toMatchObject({ kind: 'indicator', direction: 1, hasTargets: true });
    expect(p2.targets![p2.periods.indexOf('2025')]).toBe(45000);
    expect(p2.units[0]!.imputed).toHaveLength(p2.periods.length);
    const gap = (await (
      await analyst.get('/api/map/values?measure=gap:income')
    ).json()) as MapValues;
    expect(gap.measure).toMatchObject({ kind: 'gap', direction: -1 });
    const gaps = (await (await analyst.get('/api/gaps?period=2024')).json()) as {
      urbanRural: { units: { unit: string; ratio: { value: number | null } }[] }[];
    };
    const k = gap.periods.indexOf('2024');
    for (const u of gaps.urbanRural[0]!.units) {
      const v = gap.units.find((x) => x.unit === u.unit)!.values[k] ?? null;
      if (u.ratio.value === null) expect(v).toBeNull();
      else expectClose(v!, u.ratio.value, 1e-12, u.unit);
    }
    const bad = await analyst.get('/api/map/values?measure=NOPE');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { detail: string } }).error.detail).toContain('INDEX');
  });
});
