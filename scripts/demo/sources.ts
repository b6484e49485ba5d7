// The real rows of the demo: published figures from the copies in data/demo/sources/, turned
// into observations of the framework's series, with their source and status.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { DemoRow } from './rows.ts';

export const SOURCES_DIR = new URL('../../data/demo/sources/', import.meta.url);
const REPORT_2025 = '《今日浙江》2025年第23期 (2025-12-15)';
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;

type Record = { [column: string]: string };

function readCsv(name: string, dir: URL): Record[] {
  return parse(readFileSync(new URL(name, dir), 'utf8'), { columns: true, bom: true }) as Record[];
}

/** The province's published urban and rural income by year, as stored (CNY; ratio if given). */
export interface ProvinceIncome {
  year: number;
  urban: number | null;
  rural: number | null;
  ratio: number | null;
  caliber: string;
  verification: string;
  source: string;
}

/** Everything the generator reads from the stored copies of published figures. */
export interface Sources {
  provinceIncome: ProvinceIncome[];
  /** Province figures reported for 2025, by indicator name of the report. */
  reported2025: Record[];
  real: DemoRow[];
  /** Cities' 2020 census resident population (10k persons), where published. */
  cityCensus2020: Map<string, number>;
}

const num = (s: string | undefined): number | null => (s && s.trim() !== '' ? Number(s) : null);

const row = (
  unit: string,
  indicator: string,
  period: string,
  value: string,
  status: DemoRow['status'],
  source: string,
  note: string,
): DemoRow => ({
  unit,
  indicator,
  period,
  value,
  status,
  source,
  note,
});

/** `a / b` with 3 decimals: a ratio computed from two published values. */
const ratio = (a: number, b: number): string => (a / b).toFixed(3);

function provinceIncomeRows(list: ProvinceIncome[]): DemoRow[] {
  const out: DemoRow[] = [];
  for (const p of list) {
    if (p.year < FIRST_YEAR || p.year > LAST_YEAR) continue;
    const derived = p.verification.startsWith('derived');
    const status = derived
      ? 'estimated'
      : p.caliber.startsWith('approximate')
        ? 'provisional'
        : 'final';
    const note = `${p.caliber}; ${p.verification}`;
    const period = String(p.year);
    if (p.urban !== null && p.rural !== null) {
      out.push(row('330000', 'INC_URBAN', period, String(p.urban), status, p.source, note));
      out.push(row('330000', 'INC_RURAL', period, String(p.rural), status, p.source, note));
      out.push(row('330000', 'P2', period, String(p.rural), status, p.source, note));
    }
    if (p.ratio !== null)
      out.push(row('330000', 'P1', period, String(p.ratio), status, p.source, note));
    else if (p.urban !== null && p.rural !== null) {
      out.push(
        row(
          '330000',
          'P1',
          period,
          ratio(p.urban, p.rural),
          status,
          p.source,
          `computed as INC_URBAN / INC_RURAL; ${note}`,
        ),
      );
    }
  }
  return out;
}

/** Province 2025 figures that map onto the framework: incomes (Q1–Q3 cumulative), V1, C2, R1. */
function reportedRows(reported: Record[]): DemoRow[] {
  const map: { [name: string]: string[] } = {
    urban_disposable_income_per_capita: ['INC_URBAN'],
    rural_disposable_income_per_capita: ['INC_RURAL', 'P2'],
    urban_rural_income_ratio: ['P1'],
    villages_collective_operating_income_ge_300k_share: ['V1'],
    industrial_value_added_share_in_provincial_parks: ['C2'],
    same_quality_water_supply_compliance: ['R1'],
  };
  return reported.flatMap((r) =>
    (map[r.indicator!] ?? []).map((id) =>
      row('330000', id, r.period!, r.value!, 'final', REPORT_2025, r.note ?? ''),
    ),
  );
}

/**
 * The province's Q1–Q3 2024 incomes and ratio, derived from the published Q1–Q3 2025 incomes and
 * their published growth on a year earlier (the report gives no 2024 figures): what the report's
 * "down 0.02 on Q1–Q3 2024" is measured against. Marked estimated, with the derivation.
 */
function yearEarlierRows(reported: Record[]): DemoRow[] {
  const at = (indicator: string) => {
    const r = reported.find((x) => x.indicator === indicator && x.period === '2025Q3-ytd');
    const growth = /growth ([\d.]+)% y\/y/.exec(r?.note ?? '');
    if (!r || !growth) throw new Error(`no Q1-Q3 2025 ${indicator} with its growth in the report`);
    const g = Number(growth[1]);
    return { value: Number(r.value), g, before: Math.round(Number(r.value) / (1 + g / 100)) };
  };
  const urban = at('urban_disposable_income_per_capita');
  const rural = at('rural_disposable_income_per_capita');
  const source = `derived from ${REPORT_2025}`;
  const note = (x: { value: number; g: number }) =>
    `Q1-Q3 2024 cumulative; DERIVED: 2025Q3-ytd ${x.value} / ${1 + x.g / 100} (the published ${x.g}% y/y growth)`;
  const ratio = Math.round((urban.before / rural.before) * 1000) / 1000;
  return [
    row(
      '330000',
      'INC_URBAN',
      '2024Q3-ytd',
      String(urban.before),
      'estimated',
      source,
      note(urban),
    ),
    row(
      '330000',
      'INC_RURAL',
      '2024Q3-ytd',
      String(rural.before),
      'estimated',
      source,
      note(rural),
    ),
    row('330000', 'P2', '2024Q3-ytd', String(rural.before), 'estimated', source, note(rural)),
    row(
      '330000',
      'P1',
      '2024Q3-ytd',
      String(ratio),
      'estimated',
      source,
      `Q1-Q3 2024 cumulative; DERIVED: INC_URBAN / INC_RURAL of the derived rows (${urban.before} / ${rural.before})`,
    ),
  ];
}

/** City, province and county incomes from the sparse observations (2015 is outside the demo). */
function observedIncomeRows(obs: Record[], units: Set<string>): DemoRow[] {
  const out: DemoRow[] = [];
  const seen = new Map<
    string,
    { urban?: number; rural?: number; ratio?: boolean; source: string; note: string }
  >();
  let lastSource = '';
  let lastVerification = '';
  for (const o of obs) {
    const source = o.source === 'same as above' ? lastSource : o.source!;
    const verification = o.verification!.includes('(as above)')
      ? lastVerification
      : o.verification!;
    [lastSource, lastVerification] = [source, verification];
    const period = o.period === '2020-01..09' ? '2020Q3-ytd' : o.period!;
    const year = Number(period.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR || !units.has(o.code!)) continue;
    const key = `${o.code}|${period}`;
    const acc = seen.get(key) ?? { source, note: verification };
    seen.set(key, acc);
    const add = (id: string): void =>
      void out.push(row(o.code!, id, period, o.value!, 'final', source, verification));
    if (o.indicator === 'urban_disposable_income') {
      add('INC_URBAN');
      acc.urban = Number(o.value);
    } else if (o.indicator === 'rural_disposable_income') {
      add('INC_RURAL');
      add('P2');
      acc.rural = Number(o.value);
    } else if (o.indicator === 'urban_rural_ratio') {
      add('P1');
      acc.ratio = true;
    }
  }
  for (const [key, acc] of seen) {
    if (acc.ratio || acc.urban === undefined || acc.rural === undefined) continue;
    const [unit, period] = key.split('|') as [string, string];
    out.push(
      row(
        unit,
        'P1',
        period,
        ratio(acc.urban, acc.rural),
        'final',
        acc.source,
        `computed as INC_URBAN / INC_RURAL; ${acc.note}`,
      ),
    );
  }
  return out;
}

/** County resident population in 10k persons; census (1 Nov 2020) and year-end figures mixed. */
function populationRows(obs: Record[], counties: Set<string>): DemoRow[] {
  return obs
    .filter((o) => counties.has(o.code!))
    .map((o) => {
      const census = o.measure === 'census_resident_population';
      const inPersons = o.unit!.startsWith('persons');
      const value = inPersons ? String(Number(o.value) / 10000) : o.value!;
      const caliber = census
        ? `7th census resident population at ${o.date}`
        : `year-end resident population at ${o.date}`;
      const note = `${caliber}${inPersons ? ' (persons converted to 10k persons)' : ''}; ${o.verification}`;
      return row(o.code!, 'POP', o.date!.slice(0, 4), value, 'final', o.source!, note);
    });
}

/** Reads the stored copies and returns the province income series, the 2025 report and the real rows. */
export function readSources(
  units: Set<string>,
  counties: Set<string>,
  dir: URL = SOURCES_DIR,
): Sources {
  const provinceIncome = readCsv('income-province.csv', dir).map((r) => ({
    year: Number(r.year),
    urban: num(r.urban_yuan),
    rural: num(r.rural_yuan),
    ratio: num(r.ratio_published),
    caliber: r.caliber!,
    verification: r.verification!,
    source: r.source!,
  }));
  const reported2025 = readCsv('province-2025-reported.csv', dir);
  const population = readCsv('population-observations.csv', dir);
  const real = [
    ...provinceIncomeRows(provinceIncome),
    ...reportedRows(reported2025),
    ...yearEarlierRows(reported2025),
    ...observedIncomeRows(readCsv('income-observations.csv', dir), units),
    ...populationRows(population, counties),
  ];
  const cityCensus2020 = new Map(
    population
      .filter(
        (o) =>
          o.measure === 'census_resident_population' &&
          /^33\d\d00$/.test(o.code!) &&
          o.code !== '330000',
      )
      .map((o) => [
        o.code!,
        o.unit!.startsWith('persons') ? Number(o.value) / 10000 : Number(o.value),
      ]),
  );
  return { provinceIncome, reported2025, real, cityCensus2020 };
}
