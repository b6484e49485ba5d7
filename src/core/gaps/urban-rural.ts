// Town vs country: the urban–rural income ratio and difference, for the province and every unit.

import type { LocalisedName } from '../framework/schema.ts';
import type { UrbanRuralGapSpec } from '../framework/gaps.ts';
import { figure, type Figure } from './figure.ts';
import type { Scope } from './scope.ts';
import { requirePositive, type ValueReader } from './values.ts';

/** One unit's urban and rural values, their ratio and their difference, each with its change. */
export interface UrbanRuralFigures {
  urban: Figure;
  rural: Figure;
  ratio: Figure;
  difference: Figure;
}

/** Where the province figure came from: its own row in the data, or the units pooled. */
export type ProvinceSource = 'data' | 'units';

/** The urban–rural gap of one pair of series. */
export interface UrbanRuralSummary {
  id: string;
  name: LocalisedName;
  province: UrbanRuralFigures & {
    unit: string | null;
    source: ProvinceSource | null;
    sourceYearEarlier: ProvinceSource | null;
    /** Units pooled for the value when it came from them, else 0. */
    n: number;
  };
  units: (UrbanRuralFigures & { unit: string })[];
}

interface Pooled {
  urban: number;
  rural: number;
  source: ProvinceSource | null;
  n: number;
}

/** The province's urban and rural values in one period: its own row, else the units pooled. */
function provinceAt(spec: UrbanRuralGapSpec, read: ValueReader, scope: Scope): Pooled {
  if (scope.province) {
    const own = [scope.province];
    const u = incomes(read, spec.urban, scope, own)[0]!;
    const r = incomes(read, spec.rural, scope, own)[0]!;
    if (u === u && r === r) return { urban: u, rural: r, source: 'data', n: 0 };
  }
  const xu = incomes(read, spec.urban, scope, scope.units);
  const xr = incomes(read, spec.rural, scope, scope.units);
  const wu = read.weights(spec.urbanWeight, scope.period, scope.units);
  const wr = read.weights(spec.ruralWeight, scope.period, scope.units);
  let su = 0;
  let pu = 0;
  let sr = 0;
  let pr = 0;
  let n = 0;
  for (let k = 0; k < scope.units.length; k++) {
    // A unit counts only with all four numbers, so both means cover the same units.
    if (!(xu[k]! === xu[k]! && xr[k]! === xr[k]! && wu[k]! > 0 && wr[k]! > 0)) continue;
    su += wu[k]! * xu[k]!;
    pu += wu[k]!;
    sr += wr[k]! * xr[k]!;
    pr += wr[k]!;
    n++;
  }
  if (n === 0) return { urban: NaN, rural: NaN, source: null, n: 0 };
  return { urban: su / pu, rural: sr / pr, source: 'units', n };
}

/** A per-capita income series for the units, every present value > 0. */
function incomes(
  read: ValueReader,
  id: string,
  scope: Scope,
  units: readonly string[],
): Float64Array {
  const x = read.values(id, scope.period, units);
  requirePositive(x, units, id, scope.period, 'the urban–rural ratio divides incomes');
  return x;
}

function gapFigures(u: number, r: number, u0: number, r0: number): UrbanRuralFigures {
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);
  return {
    urban: figure(u, u0),
    rural: figure(r, r0),
    ratio: figure(ratio(u, r), ratio(u0, r0)),
    difference: figure(u - r, u0 - r0),
  };
}

/**
 * The urban–rural ratio urban/rural and difference urban − rural of the province and of every
 * unit, with the change against a year earlier (METHODS.md § The three-gap summary). The
 * province's values are its own row when the data has both, otherwise the units' values pooled,
 * each by its own population: Σ w_u x_u / Σ w_u for urban, likewise for rural.
 */
export function urbanRuralSummary(
  spec: UrbanRuralGapSpec,
  read: ValueReader,
  now: Scope,
  before: Scope,
): UrbanRuralSummary {
  const p = provinceAt(spec, read, now);
  const p0 = provinceAt(spec, read, before);
  const xu = incomes(read, spec.urban, now, now.units);
  const xr = incomes(read, spec.rural, now, now.units);
  const xu0 = incomes(read, spec.urban, before, now.units);
  const xr0 = incomes(read, spec.rural, before, now.units);
  return {
    id: spec.id,
    name: spec.name,
    province: {
      unit: now.province,
      source: p.source,
      sourceYearEarlier: p0.source,
      n: p.n,
      ...gapFigures(p.urban, p.rural, p0.urban, p0.rural),
    },
    units: now.units.map((unit, k) => ({
      unit,
      ...gapFigures(xu[k]!, xr[k]!, xu0[k]!, xr0[k]!),
    })),
  };
}
