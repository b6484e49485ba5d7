// The demo data set as one pure function of its inputs and a seed: county series for 2016–2025
// plus Q1–Q3 2025 incomes, calibrated to the published province figures, with the published
// rows (province, cities, county incomes and populations) taking precedence.

import { readFileSync } from 'node:fs';
import { parseFramework } from '../../src/core/framework/parse.ts';
import {
  isIndicator,
  type Framework,
  type IndicatorNode,
} from '../../src/core/framework/schema.ts';
import { membersOf, type Geography } from '../../src/core/geography/units.ts';
import { mulberry32, seedFor } from '../../src/core/random.ts';
import { loadGeography } from '../../src/ingest/geography.ts';
import { aggregate } from './calibrate.ts';
import { incomeTargets, makeIncomes, type FixedIncome, type IncomeTarget } from './income.ts';
import { generateIndicator, indicatorSpecs, OUTLIERS, type IndicatorSpec } from './indicators.ts';
import { INCOME_BLOCK, missingCells } from './missing.ts';
import { makeElderly, makePopulation, type Panel } from './population.ts';
import { makeProfiles, type Profile } from './profile.ts';
import { fmt, synthetic, toCsv, type DemoRow } from './rows.ts';
import { readSources, type Sources } from './sources.ts';

export const SEED = 20251215;
export const FRAMEWORK_FILE = new URL(
  '../../data/frameworks/zhejiang-default.yaml',
  import.meta.url,
);
export const DEMO_FILE = new URL('../../data/demo/zhejiang-demo.csv', import.meta.url);
/** Years modelled; 2015 only so that 2016 has a growth rate. */
const YEARS = Array.from({ length: 11 }, (_, k) => 2015 + k);
const OUT_YEARS = YEARS.slice(1);
const EXTRA_SERIES = ['POP', 'POP_RURAL', 'ELDERLY', 'INC_URBAN', 'INC_RURAL'];
const DECIMALS: Record<string, number> = {
  P1: 3,
  P2: 0,
  P3: 1,
  POP: 2,
  POP_RURAL: 2,
  ELDERLY: 2,
  INC_URBAN: 0,
  INC_RURAL: 0,
};

export interface DemoInputs {
  geography: Geography;
  framework: Framework;
  sources: Sources;
}

/** One line of the calibration check: the province target and the demo's county aggregate. */
export interface CalibrationRow extends IncomeTarget {
  /** INC_URBAN weighted by urban residents over INC_RURAL weighted by rural residents. */
  demoRatio: number;
  /** The same with both weighted by all residents (POP). */
  demoRatioPop: number;
}

export interface DemoData {
  csv: string;
  rows: DemoRow[];
  calibration: CalibrationRow[];
  missing: number;
  profiles: Profile[];
}

/** Reads the bundled geography, the default framework and the stored published figures. */
export function loadDemoInputs(): DemoInputs {
  const geography = loadGeography();
  const framework = parseFramework(readFileSync(FRAMEWORK_FILE, 'utf8'), 'zhejiang-default.yaml');
  const units = new Set(geography.units.map((u) => u.code));
  const counties = new Set(geography.units.filter((u) => u.level === 'county').map((u) => u.code));
  return { geography, framework, sources: readSources(units, counties) };
}

const key = (unit: string, series: string, period: string): string => `${unit}|${series}|${period}`;

/** The framework's indicators in order. */
export function frameworkIndicators(fw: Framework): IndicatorNode[] {
  const out: IndicatorNode[] = [];
  const walk = (n: Framework['root'] | IndicatorNode): void => {
    if (isIndicator(n)) out.push(n);
    else n.children.forEach((c) => walk(c as Framework['root'] | IndicatorNode));
  };
  walk(fw.root);
  return out;
}

/** The 2025 report's figure for an indicator name, and a number from its note. */
function reported(sources: Sources, name: string, notePattern?: RegExp): number {
  const r = sources.reported2025.find((x) => x.indicator === name)!;
  return notePattern ? Number(notePattern.exec(r.note!)![1]) : Number(r.value);
}

/** Sets each spec's 2025 end to the reported figure; V2 and V4 paths are relative to it. */
function anchorSpecs(specs: IndicatorSpec[], sources: Sources, rural2025: number): IndicatorSpec[] {
  const end: Record<string, number> = {
    C2: reported(sources, 'industrial_value_added_share_in_provincial_parks'),
    V1: reported(sources, 'villages_collective_operating_income_ge_300k_share'),
    R1: reported(sources, 'same_quality_water_supply_compliance'),
    R6: reported(sources, 'licensed_elderly_care_workers_per_10k_elderly'),
    // 342 bn CNY = 34.2 million × 10k CNY, over rural residents in 10k → CNY per rural resident.
    V2:
      (reported(sources, 'specialty_industry_chains_over_1bn', /total output (\d+) bn CNY/) * 1e5) /
      rural2025,
    V4: reported(sources, 'rural_entrepreneurs_nongchuangke') / rural2025,
  };
  return specs.map((s) => {
    const v = end[s.id];
    if (v === undefined) return s;
    const path =
      s.id === 'V2' || s.id === 'V4' ? s.path.map((x) => x * v) : [...s.path.slice(0, -1), v];
    return { ...s, path };
  });
}

const round = (panel: Panel, d: number): Panel =>
  new Map([...panel].map(([u, v]) => [u, v.map((x) => Number(fmt(x, d)))]));

/** Generates the demo file; the same inputs and seed give the same bytes. */
export function generateDemoData(inputs: DemoInputs = loadDemoInputs(), seed = SEED): DemoData {
  const { geography, framework, sources } = inputs;
  const rng = (name: string): (() => number) => mulberry32(seedFor(seed, name));
  const counties = geography.units.filter((u) => u.level === 'county');
  const codes = counties.map((u) => u.code);
  const mountain = new Set(membersOf(geography.memberships, 'mountain26', '2023'));
  const realByKey = new Map(sources.real.map((r) => [key(r.unit, r.indicator, r.period), r]));
  const realValue = (u: string, s: string, p: string): number | undefined => {
    const r = realByKey.get(key(u, s, p));
    return r ? Number(r.value) : undefined;
  };

  // Profiles from the cities' real Jan–Sep 2020 incomes relative to the province.
  const ytd2020 = (u: string, s: string): number => realValue(u, s, '2020Q3-ytd')!;
  const cityRelative = new Map(
    geography.units
      .filter((u) => u.level === 'city')
      .map((c) => [
        c.code,
        {
          urban: ytd2020(c.code, 'INC_URBAN') / ytd2020('330000', 'INC_URBAN'),
          rural: ytd2020(c.code, 'INC_RURAL') / ytd2020('330000', 'INC_RURAL'),
        },
      ]),
  );
  const profiles = makeProfiles(counties, mountain, cityRelative, rng('profile'));

  // Population: published points, rough sizes elsewhere; exact published values where they exist.
  const published = new Map<string, Map<number, number>>();
  for (const r of sources.real.filter((x) => x.indicator === 'POP')) {
    if (!published.has(r.unit)) published.set(r.unit, new Map());
    published.get(r.unit)!.set(Number(r.period), Number(r.value));
  }
  const pop = round(makePopulation(profiles, published, sources.cityCensus2020, YEARS), 2);
  for (const [u, pts] of published) for (const [y, v] of pts) pop.get(u)![YEARS.indexOf(y)] = v;
  const urbanisation = round(
    generateIndicator(
      indicatorSpecs().find((s) => s.id === 'C3')!,
      profiles,
      pop,
      YEARS,
      rng('C3'),
    ),
    1,
  );
  // 2015 takes 2016's urbanisation: it is only used as a weight for the 2015 incomes.
  urbanisation.forEach((v) => (v[0] = v[1]!));
  const popRural: Panel = new Map(
    codes.map((u) => [
      u,
      pop.get(u)!.map((p, k) => Number(fmt(p * (1 - urbanisation.get(u)![k]! / 100), 2))),
    ]),
  );
  const elderly = round(makeElderly(profiles, pop, YEARS, rng('elderly')), 2);
  const weights: Record<string, Panel> = { POP: pop, POP_RURAL: popRural, ELDERLY: elderly };

  // Incomes, calibrated to the province each year and for Q1–Q3 2025.
  const r2025 = sources.reported2025;
  const growth = (name: string): number =>
    Number(/growth ([\d.]+)%/.exec(r2025.find((r) => r.indicator === name)!.note!)![1]) / 100;
  const targets = incomeTargets(
    sources.provinceIncome,
    {
      urban: reported(sources, 'urban_disposable_income_per_capita'),
      rural: reported(sources, 'rural_disposable_income_per_capita'),
      urbanGrowth: growth('urban_disposable_income_per_capita'),
      ruralGrowth: growth('rural_disposable_income_per_capita'),
    },
    YEARS,
  );
  const weightsOf = (period: string): { urban: number[]; rural: number[] } => {
    const k = YEARS.indexOf(Number(period.slice(0, 4)));
    return {
      urban: codes.map((u) => pop.get(u)![k]! - popRural.get(u)![k]!),
      rural: codes.map((u) => popRural.get(u)![k]!),
    };
  };
  const fixed: FixedIncome = new Map();
  for (const r of sources.real.filter(
    (x) => codes.includes(x.unit) && (x.indicator === 'INC_URBAN' || x.indicator === 'INC_RURAL'),
  )) {
    const f = fixed.get(`${r.unit}|${r.period}`) ?? {};
    f[r.indicator === 'INC_URBAN' ? 'urban' : 'rural'] = Number(r.value);
    fixed.set(`${r.unit}|${r.period}`, f);
  }
  const income = makeIncomes(profiles, targets, weightsOf, fixed, rng('income'));

  // The other indicators, on their own scale.
  const rural2025 = codes.reduce((s, u) => s + popRural.get(u)!.at(-1)!, 0);
  const values = new Map<string, Panel>([['C3', urbanisation]]);
  for (const spec of anchorSpecs(indicatorSpecs(), sources, rural2025)) {
    if (spec.id === 'C3') continue;
    values.set(
      spec.id,
      generateIndicator(
        spec,
        profiles,
        spec.weight ? weights[spec.weight]! : null,
        YEARS,
        rng(spec.id),
      ),
    );
  }

  // Rows: the value as stored (numerators for denominated indicators), then gaps, then real rows.
  const indicators = frameworkIndicators(framework);
  const rows: DemoRow[] = [];
  const inc = (side: 'urban' | 'rural', u: string, p: string): number =>
    income[side].get(u)![income.periods.indexOf(p)]!;
  const incomeRows = (u: string, p: string): DemoRow[] => {
    const [urban, rural] = [inc('urban', u, p), inc('rural', u, p)];
    return [
      synthetic(u, 'INC_URBAN', p, urban, 0),
      synthetic(u, 'INC_RURAL', p, rural, 0),
      synthetic(u, 'P1', p, urban / rural, 3),
      synthetic(u, 'P2', p, rural, 0),
    ];
  };
  for (const u of codes) {
    for (const year of OUT_YEARS) {
      const k = YEARS.indexOf(year);
      const p = String(year);
      for (const ind of indicators) {
        if (ind.id === 'P1' || ind.id === 'P2') continue;
        if (ind.id === 'P3') {
          rows.push(
            synthetic(
              u,
              'P3',
              p,
              (inc('rural', u, p) / inc('rural', u, String(year - 1)) - 1) * 100,
              1,
            ),
          );
          continue;
        }
        const v = values.get(ind.id)!.get(u)![k]!;
        const den = ind.denominator;
        rows.push(
          den
            ? synthetic(u, ind.id, p, (v * weights[den.series]!.get(u)![k]!) / den.scale, 0)
            : synthetic(u, ind.id, p, v, 1),
        );
      }
      rows.push(...incomeRows(u, p));
      for (const s of ['POP', 'POP_RURAL', 'ELDERLY'])
        rows.push(synthetic(u, s, p, weights[s]!.get(u)![k]!, DECIMALS[s]!));
    }
    for (const p of income.periods.filter((x) => x.includes('Q'))) rows.push(...incomeRows(u, p));
  }
  const keep = new Set(realByKey.keys());
  for (const [id, o] of Object.entries(OUTLIERS))
    for (const y of OUT_YEARS) keep.add(key(o.unit, id, String(y)));
  for (const y of [2024, 2025])
    for (const u of codes) for (const s of [...INCOME_BLOCK, 'P3']) keep.add(key(u, s, String(y)));
  const gaps = missingCells(
    codes,
    { indicators: indicators.map((i) => i.id), years: OUT_YEARS, keep },
    rng('missing'),
  );
  const kept = rows.filter(
    (r) =>
      !gaps.has(key(r.unit, r.indicator, r.period)) &&
      !realByKey.has(key(r.unit, r.indicator, r.period)),
  );
  const all = [...kept, ...sources.real];
  const csv = toCsv(all, [...indicators.map((i) => i.id), ...EXTRA_SERIES]);

  // Calibration check on the rows as written.
  const cell = new Map(all.map((r) => [key(r.unit, r.indicator, r.period), Number(r.value)]));
  const calibration = targets
    .filter((t) => t.period !== '2015')
    .map((t) => {
      const w = weightsOf(t.period);
      const popW = codes.map(
        (u) => weights.POP!.get(u)![YEARS.indexOf(Number(t.period.slice(0, 4)))]!,
      );
      const series = (s: string): number[] =>
        codes.map((u) => cell.get(key(u, s, t.period)) ?? NaN);
      const present = (v: number[], ws: number[]): [number[], number[]] => [
        v.filter((x) => !Number.isNaN(x)),
        ws.filter((_, i) => !Number.isNaN(v[i]!)),
      ];
      const [uv, uw] = present(series('INC_URBAN'), w.urban);
      const [rv, rw] = present(series('INC_RURAL'), w.rural);
      const [, puw] = present(series('INC_URBAN'), popW);
      const [, prw] = present(series('INC_RURAL'), popW);
      return {
        ...t,
        demoRatio: aggregate(uv, uw) / aggregate(rv, rw),
        demoRatioPop: aggregate(uv, puw) / aggregate(rv, prw),
      };
    });
  const missing = [...gaps].filter((g) => indicators.some((i) => g.includes(`|${i.id}|`))).length;
  return { csv, rows: all, calibration, missing, profiles };
}
