// The annual series a progress assessment reads: each unit of a level, each year up to the one
// assessed, from its own rows or from the rollup of its county-level units (METHODS.md § Progress
// towards targets and forecasts, the series).

import type { Dataset } from '../data/dataset.ts';
import type { Framework, IndicatorNode } from '../framework/schema.ts';
import { valueReader, type ValueReader } from '../gaps/values.ts';
import { unitsAt, type Geography } from '../geography/units.ts';
import { rollupValue } from './rollup.ts';

/** The levels assessed, top first. */
export const LEVELS = ['province', 'city', 'county'] as const;
export type Level = (typeof LEVELS)[number];

/** A unit of a level and the county-level units its rollup runs over (none for a county). */
export interface LevelUnit {
  code: string;
  children: string[];
}

/** The units of every level in the year assessed, and how to read their values. */
export interface SeriesScope {
  firstYear: number;
  year: number;
  units: Record<Level, LevelUnit[]>;
  reader: ValueReader;
}

/** Where a unit's series comes from: the data's own rows, or the rollup of its county-level units. */
export type SeriesSource = 'data' | 'rollup';

/** The fewest own yearly values for a city's or the province's series to be its own rows. */
export const MIN_OWN_YEARS = 4;

/** One indicator's series for every unit of a level: values[i][k] is year firstYear + k. */
export interface LevelPanel {
  level: Level;
  units: string[];
  values: Float64Array[];
  /** Each unit's one source; always `data` for county-level units. */
  sources: SeriesSource[];
}

/**
 * The levels' units at the end of `year` (the geography's validity rule): the county-level units
 * that the data have; the cities and the province that have county-level units under them or
 * rows of their own, each with the county-level units under it.
 */
export function seriesScope(
  framework: Framework,
  data: Dataset,
  geography: Geography,
  firstYear: number,
  year: number,
): SeriesScope {
  const present = new Set(data.units);
  const valid = unitsAt(geography.units, String(year));
  const parent = new Map(geography.units.map((u) => [u.code, u.parent]));
  const counties = valid.filter((u) => u.level === 'county' && present.has(u.code));
  const under = (code: string): string[] =>
    counties
      .filter((u) => {
        for (let p = u.parent; p; p = parent.get(p) ?? null) if (p === code) return true;
        return false;
      })
      .map((u) => u.code);
  const upper = (level: 'city' | 'province'): LevelUnit[] =>
    valid
      .filter((u) => u.level === level)
      .map((u) => ({ code: u.code, children: under(u.code) }))
      .filter((u) => u.children.length > 0 || present.has(u.code));
  return {
    firstYear,
    year,
    units: {
      province: upper('province'),
      city: upper('city'),
      county: counties.map((u) => ({ code: u.code, children: [] })),
    },
    reader: valueReader(data, framework),
  };
}

/** The values with ±Infinity (a zero denominator) as missing. */
function finiteOnly(x: Float64Array): Float64Array {
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i]!)) x[i] = NaN;
  return x;
}

/**
 * One indicator's panel for a level: county-level units' data; for a city or the province its own
 * rows when they cover at least MIN_OWN_YEARS years, else the rollup in every year — one source
 * per series, never a mix. Units the indicator does not apply to (`notApplicable`) are not in the
 * panel, nor in a rollup.
 */
export function levelPanel(scope: SeriesScope, ind: IndicatorNode, level: Level): LevelPanel {
  const na = new Set(ind.notApplicable?.units ?? []);
  const units = scope.units[level].filter((u) => !na.has(u.code));
  const n = scope.year - scope.firstYear + 1;
  const codes = units.map((u) => u.code);
  const periods = Array.from({ length: n }, (_, k) => String(scope.firstYear + k)).map((p) =>
    scope.reader.hasPeriod(p) ? p : null,
  );
  const own = units.map(() => new Float64Array(n).fill(NaN));
  periods.forEach((period, k) => {
    if (!period) return;
    const x = finiteOnly(scope.reader.values(ind.id, period, codes));
    x.forEach((v, i) => (own[i]![k] = v));
  });
  const sources = units.map((u, i): SeriesSource => {
    if (level === 'county' || !ind.rollup || !u.children.length) return 'data';
    let count = 0;
    for (const v of own[i]!) if (v === v) count++;
    return count >= MIN_OWN_YEARS ? 'data' : 'rollup';
  });
  const values = units.map((u, i) => {
    if (sources[i] === 'data') return own[i]!;
    const rollup = ind.rollup!;
    return Float64Array.from(periods, (period) => {
      if (!period) return NaN;
      const children = na.size ? u.children.filter((c) => !na.has(c)) : u.children;
      const x = finiteOnly(scope.reader.values(ind.id, period, children));
      const w = scope.reader.weights(rollup.weight, period, children);
      return rollupValue(x, w, rollup.method);
    });
  });
  return { level, units: codes, values, sources };
}
