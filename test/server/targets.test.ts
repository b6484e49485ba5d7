// GET /api/targets over real HTTP on a seeded SQLite store: the flags and forecasts the engine gives
// on the same data, within the declared schema (checked on every answer, GAPSCOPE_CHECK_ANSWERS),
// the query's choices, its refusals, and sign-in.

import { beforeAll, describe, expect, it } from 'vitest';
import { TargetsAnswer } from '../../src/api/targets.ts';
import { assessTargets } from '../../src/core/targets/assess.ts';
import { loadLiveInputs } from '../../src/store/live-inputs.ts';
import { Client, demoServer, signedIn } from '../helpers/api.ts';

describe('GET /api/targets (SQLite)', () => {
  const server = demoServer();
  let viewer: Client;
  beforeAll(async () => {
    viewer = await signedIn(server.base, 'viewer');
  });

  it('answers the county level: every county × indicator, as the engine on the store’s data', async () => {
    const res = await viewer.get('/api/targets?level=county');
    expect(res.status).toBe(200);
    const body = TargetsAnswer.parse(await res.json());
    expect(body.demo).toBe(true);
    expect([body.period, body.levels, body.thresholds]).toEqual(['2025', ['county'], 'statcan']);
    expect(new Set(body.rows.map((r) => r.unit)).size).toBe(90);
    // V1 does not apply to three counties without villages (the framework's notApplicable).
    expect(body.rows).toHaveLength(90 * 18 - 3);
    const live = await loadLiveInputs(server.store.db, {});
    const engine = assessTargets({
      framework: live.framework,
      data: live.data,
      geography: live.geography,
      levels: ['county'],
    });
    expect(body.rows).toEqual(JSON.parse(JSON.stringify(engine.rows)));
    expect(body.models).toEqual(JSON.parse(JSON.stringify(engine.models)));
    const row = body.rows.find((r) => r.unit === '330106' && r.indicator === 'P2')!;
    expect(row.target).toEqual({ year: 2027, value: 52000 });
    expect(row.forecast!.probability).toBeGreaterThanOrEqual(0);
    expect(row.forecast!.path.map((s) => s.year)).toEqual([2026, 2027]);
  });

  it('answers all three levels by default, with the province and the cities', async () => {
    const body = TargetsAnswer.parse(await (await viewer.get('/api/targets')).json());
    expect(body.levels).toEqual(['province', 'city', 'county']);
    expect(body.rows.filter((r) => r.level === 'province').map((r) => r.unit)).toContain('330000');
    expect(new Set(body.rows.filter((r) => r.level === 'city').map((r) => r.unit)).size).toBe(11);
    expect(body.coverage.find((c) => c.level === 'county' && c.nominal === 0.8)!.n).toBeGreaterThan(
      0,
    );
  });

  it('takes a year, a base year and the Eurostat thresholds', async () => {
    const body = TargetsAnswer.parse(
      await (
        await viewer.get('/api/targets?level=city&period=2024&base=2018&thresholds=eurostat')
      ).json(),
    );
    expect([body.period, body.baseYear, body.thresholds, body.firstYear]).toEqual([
      '2024',
      2018,
      'eurostat',
      2016,
    ]);
    expect(body.rows.every((r) => r.values.length === 9)).toBe(true);
  });

  it('refuses what it cannot assess, naming the field', async () => {
    for (const [query, field] of [
      ['period=2031', 'period'],
      ['base=2025', 'base'],
      ['period=2025Q3', 'period'],
      ['level=town', 'level'],
      ['thresholds=un', 'thresholds'],
    ] as const) {
      const res = await viewer.get(`/api/targets?${query}`);
      expect(res.status, query).toBe(422);
      const body = (await res.json()) as { error: { code: string; field: string | null } };
      expect(body.error.code).toBe('request.invalid');
      expect(body.error.field, query).toBe(field);
    }
  });

  it('answers one unit or one indicator: the same rows as the whole, with their level’s models', async () => {
    const whole = TargetsAnswer.parse(await (await viewer.get('/api/targets')).json());
    const unit = TargetsAnswer.parse(await (await viewer.get('/api/targets?unit=330106')).json());
    expect(unit.levels).toEqual(['county']);
    expect(unit.rows.map((r) => r.indicator)).toHaveLength(18);
    expect(unit.rows).toEqual(whole.rows.filter((r) => r.unit === '330106'));
    expect(unit.models).toEqual(whole.models.filter((m) => m.level === 'county'));
    expect(unit.coverage).toEqual(whole.coverage.filter((c) => c.level === 'county'));

    const province = TargetsAnswer.parse(
      await (await viewer.get('/api/targets?level=province&indicator=P1')).json(),
    );
    expect(province.rows.map((r) => [r.unit, r.indicator])).toEqual([['330000', 'P1']]);
    expect(province.models.map((m) => [m.level, m.indicator, m.pooledFrom])).toEqual([
      ['province', 'P1', 'county'],
    ]);
    expect(province.rows[0]).toEqual(
      whole.rows.find((r) => r.unit === '330000' && r.indicator === 'P1'),
    );

    const both = TargetsAnswer.parse(
      await (await viewer.get('/api/targets?unit=330106&indicator=P2')).json(),
    );
    expect(both.rows).toHaveLength(1);
    expect(both.models.map((m) => m.indicator)).toEqual(['P2']);
  });

  it('says which unit or indicator it does not know', async () => {
    for (const [query, field] of [
      ['unit=339999', 'unit'],
      ['indicator=NOPE', 'indicator'],
    ] as const) {
      const res = await viewer.get(`/api/targets?${query}`);
      expect(res.status, query).toBe(404);
      const body = (await res.json()) as { error: { field: string | null } };
      expect(body.error.field, query).toBe(field);
    }
    expect((await viewer.get('/api/targets?unit=330106;DROP')).status).toBe(422);
  });

  it('needs a signed-in user', async () => {
    const res = await new Client(server.base).get('/api/targets');
    expect(res.status).toBe(401);
  });
});
