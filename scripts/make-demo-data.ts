// Writes data/demo/zhejiang-demo.csv, the DEMO data set for the default framework, and prints
// how well it is calibrated.
//
// Run: npx tsx scripts/make-demo-data.ts   (deterministic: seed SEED in scripts/demo/generate.ts)
//
// What it makes (details in data/demo/README.md):
// - all 90 county-level units, 2016–2025: the 18 indicator series (for C4, V2, V4, R5 and R6 the
//   NUMERATOR, as the framework's definitions say), POP, POP_RURAL, ELDERLY, INC_URBAN and
//   INC_RURAL; and INC_URBAN, INC_RURAL, P1, P2 for 2025Q1-ytd, 2025Q2-ytd and 2025Q3-ytd.
//   P2 = INC_RURAL, P1 = INC_URBAN / INC_RURAL, P3 = the growth of INC_RURAL, POP_RURAL =
//   POP × (1 − C3 / 100).
// - published rows (status final unless the source says otherwise, source quoted): province
//   and city incomes, the province's 2025 figures, 桐庐's 2024 incomes, county populations.
//   Every other row is generated: status `estimated`, source `synthetic (demo)`.
// - calibrated: each year the county incomes' population-weighted aggregates equal the
//   province's published incomes (urban income weighted by urban residents, rural by rural
//   residents); the other indicators' rollup aggregates follow a province path that ends on the
//   2025 report's figures where there is one (C2, V1, V2, V4, R1, R6).
// - two deliberate outliers, in every year: 滨江区 (330108) with a very high C4 (revenue per
//   head 4 × what its profile implies) and 安吉县 (330523) with a very high V2 (specialty-chain
//   output per rural resident 3.5 × its profile). Winsorisation should treat both.
// - about 2–3 % of indicator cells missing (more for V3, V4, R4, R3, C2 in early years), never a
//   whole unit-year, never the incomes of 2024–2025, never a published or outlier cell.

import { writeFileSync } from 'node:fs';
import { membersOf } from '../src/core/geography/units.ts';
import { DEMO_FILE, generateDemoData, loadDemoInputs } from './demo/generate.ts';

const inputs = loadDemoInputs();
const demo = generateDemoData(inputs);
writeFileSync(DEMO_FILE, demo.csv);

const counties = inputs.geography.units.filter((u) => u.level === 'county').map((u) => u.code);
const value = new Map(
  demo.rows.map((r) => [`${r.unit}|${r.indicator}|${r.period}`, Number(r.value)]),
);
const cells = counties.length * 18 * 10;
console.log(
  `wrote ${demo.rows.length} rows; ${demo.missing} of ${cells} indicator cells missing (${((100 * demo.missing) / cells).toFixed(1)} %)`,
);

console.log('\nprovince urban–rural income ratio: target vs the demo counties');
console.log('period       target  demo (urban/rural residents)  demo (POP-weighted)  basis');
for (const c of demo.calibration) {
  const target = c.urban / c.rural;
  console.log(
    `${c.period.padEnd(11)}  ${target.toFixed(3)}   ${c.demoRatio.toFixed(3)}                         ${c.demoRatioPop.toFixed(3)}                ${c.basis}`,
  );
}

const sum = (s: string, y: number): number =>
  counties.reduce((a, u) => a + (value.get(`${u}|${s}|${y}`) ?? 0), 0);
console.log(
  '\nsum of county POP (10k):',
  [2020, 2023, 2024].map((y) => `${y} ${sum('POP', y).toFixed(0)}`).join(', '),
);
console.log(
  'rural share 2024:',
  (sum('POP_RURAL', 2024) / sum('POP', 2024)).toFixed(3),
  ' 60+ share 2020:',
  (sum('ELDERLY', 2020) / sum('POP', 2020)).toFixed(3),
);

const mountain = new Set(membersOf(inputs.geography.memberships, 'mountain26', '2023'));
const ratioOf = (id: string, u: string, y: number): number => {
  const den: Record<string, [string, number]> = {
    C4: ['POP', 1],
    V2: ['POP_RURAL', 1],
    V4: ['POP_RURAL', 1],
    R5: ['POP_RURAL', 0.1],
    R6: ['ELDERLY', 1],
  };
  const v = value.get(`${u}|${id}|${y}`);
  if (v === undefined) return NaN;
  const d = den[id];
  return d ? (v / value.get(`${u}|${d[0]}|${y}`)!) * d[1] : v;
};
const mean = (xs: number[]): number => {
  const ok = xs.filter((x) => !Number.isNaN(x));
  return ok.reduce((a, b) => a + b, 0) / ok.length;
};
const ids = [
  'C1',
  'C2',
  'C3',
  'C4',
  'V1',
  'V2',
  'V3',
  'V4',
  'R1',
  'R2',
  'R3',
  'R4',
  'R5',
  'R6',
  'P1',
  'P2',
  'P3',
  'P4',
];
console.log('\nmountain26 mean vs the other counties in 2023 (higher is better except P1):');
console.log(
  ids
    .map((id) => {
      const m = mean(counties.filter((u) => mountain.has(u)).map((u) => ratioOf(id, u, 2023)));
      const o = mean(counties.filter((u) => !mountain.has(u)).map((u) => ratioOf(id, u, 2023)));
      const behind = id === 'P1' ? m > o : m < o;
      return `${id} ${behind ? 'behind' : 'AHEAD'} (${m.toPrecision(4)} vs ${o.toPrecision(4)})`;
    })
    .join('\n'),
);

/** Bias-adjusted skew and excess kurtosis (METHODS.md § Treat outliers). */
function shape(xs: number[]): [number, number] {
  const x = xs.filter((v) => !Number.isNaN(v));
  const n = x.length;
  const m = mean(x);
  const d = x.map((v) => v - m);
  const m2 = d.reduce((a, v) => a + v * v, 0) / n;
  const m3 = d.reduce((a, v) => a + v ** 3, 0) / n;
  const s4 = d.reduce((a, v) => a + v ** 4, 0);
  const skew = ((Math.sqrt(n * (n - 1)) / (n - 2)) * m3) / m2 ** 1.5;
  const r = (n * s4) / (n * m2) ** 2;
  const kurt = (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  return [skew, kurt];
}
console.log('\nskew / kurtosis of the denominated values, 2024 (with, and without the outlier):');
for (const [id, unit] of [
  ['C4', '330108'],
  ['V2', '330523'],
] as const) {
  const all = counties.map((u) => ratioOf(id, u, 2024));
  const rest = counties.filter((u) => u !== unit).map((u) => ratioOf(id, u, 2024));
  const [s1, k1] = shape(all);
  const [s2, k2] = shape(rest);
  console.log(
    `${id}: ${s1.toFixed(2)} / ${k1.toFixed(2)}   without ${unit}: ${s2.toFixed(2)} / ${k2.toFixed(2)}`,
  );
}
