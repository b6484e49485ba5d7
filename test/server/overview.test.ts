// Each use case is computed once, so every face shows the same numbers: over real HTTP on a
// 90-unit SQLite store, the overview's caption has the quartiles its chart draws as dashed lines
// (R type 7, checked by hand), its risers and fallers really moved, and a unit's profile compares
// its domains with the same means as its county report.

import { beforeAll, describe, expect, it } from 'vitest';
import type { OverviewFilled as Overview, Ranking } from '../../src/api/index.ts';
import { buildDistributionOption } from '../../src/charts/distribution.ts';
import { unitReportData } from '../../src/reports/unit/build.ts';
import { importFile } from '../../src/server/import-file.ts';
import { loadLiveInputs } from '../../src/store/live-inputs.ts';
import { readObservations } from '../../src/store/observations.ts';
import { demoServer, signedIn, type Client } from '../helpers/api.ts';

describe('one overview, one profile, every face (SQLite)', () => {
  const server = demoServer();
  let analyst: Client;
  const get = async <T>(path: string): Promise<T> => {
    const r = await analyst.get(path);
    expect(r.status, path).toBe(200);
    return (await r.json()) as T;
  };

  beforeAll(async () => {
    analyst = await signedIn(server.base, 'analyst');
  });

  it('captions the overview with the quartiles its chart draws, R type 7 as computed by hand', async () => {
    const o = await get<Overview>('/api/overview?period=2025');
    const ranking = await get<Ranking>('/api/ranking?period=2025');
    expect(o.units).toBe(90);
    const scores = ranking.units.map((u) => u.score);
    const chart = buildDistributionOption({ scores }, { lang: 'zh-CN' }) as {
      series: { data: unknown[]; markLine?: { data: { xAxis: number }[] } }[];
    };
    const dashed = chart.series[1]!.markLine!.data.map((d) => d.xAxis);
    const d = o.distribution;
    expect(dashed).toEqual([d.p25, d.median, d.p75]);
    expect(chart.series[0]!.data).toEqual([[d.min, d.p25, d.median, d.p75, d.max]]);

    // By hand: n = 90 sorted scores s₀ … s₈₉; quantile p at h = 89·p, s⌊h⌋ + (h − ⌊h⌋)(s⌊h⌋₊₁ − s⌊h⌋).
    const s = scores.filter((x): x is number => x !== null).sort((a, b) => a - b);
    expect(s).toHaveLength(90);
    expect(d.min).toBe(s[0]);
    expect(d.p25).toBe(s[22]! + 0.25 * (s[23]! - s[22]!)); // h = 22.25
    expect(d.median).toBe(s[44]! + 0.5 * (s[45]! - s[44]!)); // h = 44.5
    expect(d.p75).toBe(s[66]! + 0.75 * (s[67]! - s[66]!)); // h = 66.75
    expect(d.max).toBe(s[89]);
    // The first quartile is not an order statistic here: ⌊0.25·89⌋ alone would give s₂₂.
    expect(d.p25).not.toBe(s[22]);
  });

  it('compares a unit’s domains with the same means on its profile page as in its county report', async () => {
    const source = await loadLiveInputs(server.store.db);
    for (const unit of ['330122', '330102', '331127']) {
      const page = await get<{
        city: string;
        domainMeans: { all: Record<string, number | null>; city: Record<string, number | null> };
      }>(`/api/units/${unit}/profile?period=2025`);
      const report = await unitReportData(source, { unit, lang: 'zh-CN', period: '2025' });
      expect(report.domains.length).toBeGreaterThan(0);
      for (const dom of report.domains) {
        expect(page.domainMeans.all[dom.id], `${unit} ${dom.id} province`).toBe(dom.province);
        expect(page.domainMeans.city[dom.id], `${unit} ${dom.id} city`).toBe(dom.city);
      }
    }
  });

  it('lists as risers only units whose rank rose, and as fallers only units whose rank fell', async () => {
    // 2026 is 2025 again with two units' data swapped: those two units swap ranks and every
    // other unit keeps its own, so one unit rose, one fell and 88 did not move.
    const before = await get<Ranking>('/api/ranking?period=2025');
    const ranked = before.units.filter((u) => u.rank !== null);
    const [first, last] = [ranked[0]!.unit, ranked.at(-1)!.unit];
    const swap = new Map([
      [first, last],
      [last, first],
    ]);
    const rows = (await readObservations(server.store.db, { periods: ['2025'] })).map(
      (o) => `${swap.get(o.unit) ?? o.unit},${o.series},2026,${o.value}`,
    );
    const { framework } = await loadLiveInputs(server.store.db);
    const report = await importFile(server.store.db, {
      fileName: 'swap.csv',
      bytes: new TextEncoder().encode(['unit,indicator,period,value', ...rows].join('\n')),
      user: 'test',
      framework,
    });
    expect(report.outcome).toBe('applied');

    const o = await get<Overview>('/api/overview?period=2026');
    expect([o.period, o.compare]).toEqual(['2026', '2025']);
    expect(o.risers.map((u) => u.unit)).toEqual([last]);
    expect(o.fallers.map((u) => u.unit)).toEqual([first]);
    for (const u of o.risers) expect(u.change!.rank!).toBeGreaterThan(0);
    for (const u of o.fallers) expect(u.change!.rank!).toBeLessThan(0);
  });
});
