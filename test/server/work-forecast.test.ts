// The forecast rule of the work items over real HTTP on the demo store: a demo item linked to an
// indicator, given a target its forecast is unlikely to reach, is at risk for the forecast of
// GET /api/targets; as of a past date the forecast is the one made on the data of that year.

import { beforeAll, describe, expect, it } from 'vitest';
import { TargetsAnswer, type ForecastStep } from '../../src/api/targets.ts';
import { intervalProbability } from '../../src/core/tasks/forecast-link.ts';
import { Client, demoServer, signedIn } from '../helpers/api.ts';

interface Item {
  id: string;
  status: {
    status: string;
    reasons: string[];
    rules: { code: string; params: Record<string, string | number> }[];
  };
}

const codes = (it: Item): string[] => it.status.rules.map((r) => r.code);
const forecastRule = (it: Item): Record<string, string | number> | undefined =>
  it.status.rules.find((r) => r.code === 'forecast-behind')?.params;

describe('work items at risk by the forecast (SQLite)', () => {
  const server = demoServer();
  let admin: Client;
  let viewer: Client;
  beforeAll(async () => {
    admin = await signedIn(server.base, 'admin');
    viewer = await signedIn(server.base, 'viewer');
  });

  /** The province's forecast step of an indicator in a year, as GET /api/targets gives it. */
  async function provinceStep(
    indicator: string,
    year: number,
    period?: string,
  ): Promise<ForecastStep> {
    const q = `unit=330000&indicator=${indicator}${period ? `&period=${period}` : ''}`;
    const res = await viewer.get(`/api/targets?${q}`);
    expect(res.status).toBe(200);
    const [row] = TargetsAnswer.parse(await res.json()).rows;
    const step = row!.forecast!.path.find((s) => s.year === year);
    expect(step, `${indicator} ${year}`).toBeDefined();
    return step!;
  }

  const item = async (c: Client, id: string, asOf: string): Promise<Item> => {
    const res = await c.get(`/api/items/${id}?asOf=${asOf}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Item;
  };

  it('puts a demo item at risk when its indicator’s forecast is unlikely to reach its target', async () => {
    // KI-2025-006: the province's share of high-tech manufacturing (C2), 72 → 80 in 2025. Asked
    // for 90 by the end of 2027, above the middle of the forecast's 80 % interval for 2027.
    // As listed, for 2025, the data decide.
    expect(codes(await item(viewer, 'KI-2025-006', '2025-12-31'))).not.toContain('forecast-behind');
    const patched = await admin.request('PATCH', '/api/items/KI-2025-006', {
      due: '2027-12-31',
      target: {
        value: 90,
        unit: '%',
        baseline: 72,
        direction: 'increase',
        indicator: 'C2',
        year: 2027,
      },
    });
    expect(patched.status).toBe(200);
    // The answer of the change carries the rule too (as of today, 2026-12-03).
    expect(codes((await patched.json()) as Item)).toContain('forecast-behind');

    // On the last day of 2025 the data (to 2025) put it 37 % of the way, ahead of the expected
    // 33 %, and the reports are in: the forecast alone puts it at risk.
    const it2025 = await item(viewer, 'KI-2025-006', '2025-12-31');
    expect(it2025.status.status).toBe('at-risk');
    expect(codes(it2025)).toEqual(['forecast-behind']);
    const step = await provinceStep('C2', 2027);
    const p = intervalProbability(step, 90, 1)!;
    expect(p).toBeLessThan(0.5);
    const params = forecastRule(it2025)!;
    expect([params.year, params.period, params.unit, params.target, params.from]).toEqual([
      2027,
      '2025',
      '330000',
      90,
      'interval',
    ]);
    expect(params.probability).toBe(Math.round(1000 * p) / 10);
    expect(params.mean).toBeCloseTo(step.mean, 1);
    expect(params.lo80).toBeCloseTo(step.lo80!, 1);
    expect(params.hi80).toBeCloseTo(step.hi80!, 1);
    expect(it2025.status.reasons[0]).toBe(
      `at risk: the forecast for 2027 is ${params.mean} (80 % interval ${params.lo80} to ${params.hi80}), a ${params.probability} % chance of reaching the target 90, below 50 % (data to 2025)`,
    );

    const zh = new Client(server.base, 'zh-CN');
    await zh.login('viewer', 'password-viewer');
    expect((await item(zh, 'KI-2025-006', '2025-12-31')).status.reasons[0]).toContain(
      `达到目标 90 的概率为 ${params.probability}%`,
    );
    const atRisk = (await (
      await viewer.get('/api/items?asOf=2025-12-31&status=at-risk&list=key-indicator')
    ).json()) as Item[];
    expect(atRisk.map((i) => i.id)).toContain('KI-2025-006');
  });

  it('as of a past date reads the forecast made on the data of that year', async () => {
    // KI-2025-004: the province's water supply standard (R1), 95 → 98 in 2025. Started a year
    // earlier and asked for 99.5 in 2025.
    const patched = await admin.request('PATCH', '/api/items/KI-2025-004', {
      start: '2024-01-01',
      target: {
        value: 99.5,
        unit: '%',
        baseline: 95,
        direction: 'increase',
        indicator: 'R1',
        year: 2025,
      },
    });
    expect(patched.status).toBe(200);
    // At the end of 2024 the assessment stands on the data to 2024 and forecasts 2025.
    const it2024 = await item(viewer, 'KI-2025-004', '2024-12-31');
    const params = forecastRule(it2024)!;
    expect([params.year, params.period]).toEqual([2025, '2024']);
    const step = await provinceStep('R1', 2025, '2024');
    expect(params.mean).toBeCloseTo(step.mean, 1);
    const p = intervalProbability(step, 99.5, 1)!;
    expect(params.probability).toBe(Math.round(1000 * p) / 10);
    expect(it2024.status.status).toBe('at-risk');
    // A year later the 2025 data are in: they decide, not a forecast.
    const it2025 = await item(viewer, 'KI-2025-004', '2025-12-31');
    expect(codes(it2025)).not.toContain('forecast-behind');
  });
});
