import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { tryParsePeriod } from '../../src/core/data/period.ts';
import { membersOf } from '../../src/core/geography/units.ts';
import { DEMO_FILE, frameworkIndicators, generateDemoData, loadDemoInputs } from '../../scripts/demo/generate.ts';
import { HEADER, SYNTHETIC, type DemoRow } from '../../scripts/demo/rows.ts';

const inputs = loadDemoInputs();
const text = readFileSync(DEMO_FILE, 'utf8');
const rows = parse(text, { columns: true }) as DemoRow[];
const indicators = frameworkIndicators(inputs.framework);
const counties = inputs.geography.units.filter((u) => u.level === 'county').map((u) => u.code);
const key = (r: { unit: string; indicator: string; period: string }): string => `${r.unit}|${r.indicator}|${r.period}`;
const value = new Map(rows.map((r) => [key(r), Number(r.value)]));
const get = (unit: string, indicator: string, period: string): number | undefined => value.get(key({ unit, indicator, period }));
const real = new Map(inputs.sources.real.map((r) => [key(r), r]));

describe('the demo data file', () => {
  it('parses with the long-layout header', () => {
    expect(text.split('\n', 1)[0]).toBe(HEADER.join(','));
    expect(rows.length).toBeGreaterThan(20000);
  });

  it('uses known units, framework series and valid periods, each key once', () => {
    const units = new Set(inputs.geography.units.map((u) => u.code));
    const series = new Set([...indicators.map((i) => i.id), ...inputs.framework.series.map((s) => s.id)]);
    const seen = new Set<string>();
    for (const r of rows) {
      expect(units.has(r.unit), r.unit).toBe(true);
      expect(series.has(r.indicator), r.indicator).toBe(true);
      expect(tryParsePeriod(r.period), r.period).not.toBeNull();
      expect(Number.isFinite(Number(r.value)), key(r)).toBe(true);
      expect(seen.has(key(r)), key(r)).toBe(false);
      seen.add(key(r));
    }
  });

  it('labels every generated row synthetic and keeps every published row as published', () => {
    for (const r of rows) {
      const published = real.get(key(r));
      if (published) expect(r).toEqual(published);
      else expect([r.source, r.status, r.note]).toEqual([SYNTHETIC, 'estimated', '']);
    }
    for (const k of real.keys()) expect(value.has(k), k).toBe(true);
    expect(rows.filter((r) => r.source !== SYNTHETIC).length).toBe(real.size);
  });

  it('keeps every indicator value inside its plausible range', () => {
    const range = new Map(indicators.map((i) => [i.id, i.plausible!]));
    for (const r of rows) {
      const pr = range.get(r.indicator);
      if (!pr) continue;
      const v = Number(r.value);
      expect(v >= pr[0] && v <= pr[1], `${key(r)} = ${v} outside [${pr.join(', ')}]`).toBe(true);
    }
  });

  it('covers every county, series and year, with 2–3 % of indicator cells missing and never a whole unit-year', () => {
    const series = [...indicators.map((i) => i.id), ...inputs.framework.series.map((s) => s.id)];
    let missing = 0;
    for (const u of counties) {
      for (let y = 2016; y <= 2025; y++) {
        const absent = indicators.filter((i) => get(u, i.id, String(y)) === undefined).length;
        expect(absent, `${u} ${y}`).toBeLessThan(indicators.length);
        missing += absent;
        for (const s of ['POP', 'POP_RURAL', 'ELDERLY']) expect(get(u, s, String(y))).toBeDefined();
        if (y >= 2024) for (const s of ['INC_URBAN', 'INC_RURAL', 'P1', 'P2', 'P3']) expect(get(u, s, String(y))).toBeDefined();
      }
      for (const q of ['2025Q1-ytd', '2025Q2-ytd', '2025Q3-ytd']) {
        for (const s of ['INC_URBAN', 'INC_RURAL', 'P1', 'P2']) expect(get(u, s, q), `${u} ${s} ${q}`).toBeDefined();
      }
    }
    const share = missing / (counties.length * indicators.length * 10);
    expect(share).toBeGreaterThan(0.015);
    expect(share).toBeLessThan(0.035);
    expect(series).toHaveLength(23);
  });

  it('makes P2 = INC_RURAL and P1 = INC_URBAN / INC_RURAL', () => {
    for (const r of rows.filter((x) => x.indicator === 'P1' && counties.includes(x.unit) && x.source === SYNTHETIC)) {
      const urban = get(r.unit, 'INC_URBAN', r.period)!;
      const rural = get(r.unit, 'INC_RURAL', r.period)!;
      expect(Math.abs(Number(r.value) - urban / rural)).toBeLessThan(0.0006);
      expect(get(r.unit, 'P2', r.period)).toBe(rural);
    }
  });

  it('lands the 2024 province urban–rural ratio within 0.03 of the published one', () => {
    const p = inputs.sources.provinceIncome.find((x) => x.year === 2024)!;
    const published = p.urban! / p.rural!;
    // Urban income is per urban resident, rural income per rural resident: weight each by its population.
    let [us, uw, rs, rw] = [0, 0, 0, 0];
    for (const u of counties) {
      const rural = get(u, 'POP_RURAL', '2024')!;
      const urban = get(u, 'POP', '2024')! - rural;
      us += urban * get(u, 'INC_URBAN', '2024')!;
      uw += urban;
      rs += rural * get(u, 'INC_RURAL', '2024')!;
      rw += rural;
    }
    expect(Math.abs(us / uw / (rs / rw) - published)).toBeLessThan(0.03);
  });

  it('puts the mountain counties behind the province on rural income in 2023', () => {
    const mountain = membersOf(inputs.geography.memberships, 'mountain26', '2023');
    expect(mountain).toHaveLength(26);
    const values = mountain.map((u) => get(u, 'P2', '2023')).filter((v): v is number => v !== undefined);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeLessThan(get('330000', 'P2', '2023')!);
  });

  it('is exactly what the generator makes', () => {
    expect(generateDemoData(inputs).csv === text).toBe(true);
  });
});
