// Demo incomes: urban and rural per-capita disposable income for every county, calibrated each
// year so that their population-weighted province aggregates equal the published figures.
// Urban income is weighted by urban residents (POP − POP_RURAL), rural income by POP_RURAL.

import { normal } from '../../src/core/random.ts';
import { solveFactor } from './calibrate.ts';
import type { Panel } from './population.ts';
import type { Profile } from './profile.ts';
import type { ProvinceIncome } from './sources.ts';

/** The province figures the county incomes are calibrated to, and where each comes from. */
export interface IncomeTarget {
  period: string;
  urban: number;
  rural: number;
  basis: string;
}

/** Shares of the annual income earned by the end of Q1 and Q2 (assumed; Q3 comes from the report). */
const YTD_SHARE = { urban: [0.275, 0.51], rural: [0.293, 0.5365] };

/**
 * Annual targets for `years` from the published series: published values where they exist; a
 * year between two published years by geometric interpolation of rural income, with urban
 * income from the published ratio if there is one; years before the series at its first
 * growth rate; a year after the series (2025) as the last year grown by the reported Q1–Q3
 * growth. Also the Q1–Q3 2025 targets.
 */
export function incomeTargets(
  published: ProvinceIncome[],
  q3: { urban: number; rural: number; urbanGrowth: number; ruralGrowth: number },
  years: number[],
): IncomeTarget[] {
  const full = published.filter(
    (p) => p.urban !== null && p.rural !== null && !p.caliber.startsWith('old caliber'),
  );
  const at = (y: number): ProvinceIncome | undefined => full.find((p) => p.year === y);
  const [a, b] = full.filter((p) => p.year >= years[0]!).slice(0, 2) as [
    ProvinceIncome,
    ProvinceIncome,
  ];
  const back = { urban: b.urban! / a.urban!, rural: b.rural! / a.rural! };
  const out: IncomeTarget[] = [];
  for (const y of years) {
    const p = at(y);
    const before = full.filter((q) => q.year < y).at(-1);
    const after = full.find((q) => q.year > y);
    if (p) {
      out.push({
        period: String(y),
        urban: p.urban!,
        rural: p.rural!,
        basis: p.verification.startsWith('derived') ? 'published (derived)' : 'published',
      });
    } else if (before && after) {
      const f = (y - before.year) / (after.year - before.year);
      const rural = before.rural! * (after.rural! / before.rural!) ** f;
      const ratio = published.find((q) => q.year === y)?.ratio;
      const urban = ratio ? rural * ratio : before.urban! * (after.urban! / before.urban!) ** f;
      out.push({
        period: String(y),
        urban,
        rural,
        basis: ratio ? 'interpolated, published ratio' : 'interpolated',
      });
    } else if (!before) {
      const n = a.year - y;
      out.push({
        period: String(y),
        urban: a.urban! / back.urban ** n,
        rural: a.rural! / back.rural ** n,
        basis: `extrapolated back at the ${a.year}–${b.year} growth`,
      });
    } else {
      const last = out.find((t) => t.period === String(y - 1))!;
      out.push({
        period: String(y),
        urban: last.urban * (1 + q3.urbanGrowth),
        rural: last.rural * (1 + q3.ruralGrowth),
        basis: `${y - 1} grown by the reported Q1–Q3 growth`,
      });
    }
  }
  const annual = out.at(-1)!;
  const y = years.at(-1);
  YTD_SHARE.urban.forEach((s, q) =>
    out.push({
      period: `${y}Q${q + 1}-ytd`,
      urban: annual.urban * s,
      rural: annual.rural * YTD_SHARE.rural[q]!,
      basis: 'assumed share of the annual income',
    }),
  );
  out.push({
    period: `${y}Q3-ytd`,
    urban: q3.urban,
    rural: q3.rural,
    basis: 'published (2025 report)',
  });
  return out;
}

/** Fixed (published) county incomes by unit and period, kept as they are during calibration. */
export type FixedIncome = Map<string, { urban?: number; rural?: number }>;

/**
 * County incomes for every target period. Levels follow the profile's development level,
 * converging slowly (mountain counties catch up); AR(1) noise makes the growth rates uneven.
 */
export function makeIncomes(
  profiles: Profile[],
  targets: IncomeTarget[],
  weightsOf: (period: string) => { urban: number[]; rural: number[] },
  fixed: FixedIncome,
  rng: () => number,
): { urban: Panel; rural: Panel; periods: string[] } {
  const periods = targets.map((t) => t.period);
  const urban: Panel = new Map(profiles.map((p) => [p.code, periods.map(() => NaN)]));
  const rural: Panel = new Map(profiles.map((p) => [p.code, periods.map(() => NaN)]));
  const eU = profiles.map(() => 0.02 * normal(rng));
  const eR = profiles.map(() => 0.02 * normal(rng));
  targets.forEach((t, k) => {
    const year = Number(t.period.slice(0, 4));
    const ytd = t.period.includes('Q');
    const conv = 1 - 0.03 * (year - 2015);
    const draw = (e: number[], i: number, sd: number): number =>
      ytd ? e[i]! + sd * 0.5 * normal(rng) : (e[i] = 0.5 * e[i]! + sd * normal(rng));
    const u = profiles.map((p, i) => t.urban * Math.exp(p.devUrban * conv + draw(eU, i, 0.017)));
    const r = profiles.map((p, i) => t.rural * Math.exp(p.dev * conv + draw(eR, i, 0.017)));
    const w = weightsOf(t.period);
    for (const [values, weights, side, target, out] of [
      [u, w.urban, 'urban', t.urban, urban],
      [r, w.rural, 'rural', t.rural, rural],
    ] as const) {
      const isFixed = profiles.map((p) => fixed.get(`${p.code}|${t.period}`)?.[side]);
      const free = values.filter((_, i) => isFixed[i] === undefined);
      const freeW = weights.filter((_, i) => isFixed[i] === undefined);
      const fixedV = isFixed.filter((v): v is number => v !== undefined);
      const fixedW = weights.filter((_, i) => isFixed[i] !== undefined);
      const factor = solveFactor(free, freeW, fixedV, fixedW, target);
      profiles.forEach(
        (p, i) => (out.get(p.code)![k] = isFixed[i] ?? Math.round(values[i]! * factor)),
      );
    }
  });
  return { urban, rural, periods };
}
