// The data a pipeline runs on: series × units × periods as typed columns, NaN where missing.

import { GapscopeError } from '../errors.ts';
import { comparePeriods, parsePeriod } from './period.ts';

/** One value of one series (indicator or denominator) for one unit and period. */
export interface Observation {
  unit: string;
  series: string;
  period: string;
  value: number;
}

/** Columns by period and series: `values[p][s][u]`, NaN where there is no value. */
export interface Dataset {
  units: string[];
  series: string[];
  /** Sorted in time. */
  periods: string[];
  values: Float64Array[][];
  /** Categorical unit attributes used for grouping (e.g. `city`, `EurAsia_group`): attrs[name][u]. */
  attrs: Record<string, (string | null)[]>;
}

/** Builds a dataset from observations; a second value for the same key is an error. */
export function datasetFromObservations(
  observations: Iterable<Observation>,
  opts: { units?: string[]; series?: string[]; attrs?: Record<string, (string | null)[]> } = {},
): Dataset {
  const list = [...observations];
  const units = opts.units ?? [...new Set(list.map((o) => o.unit))];
  const series = opts.series ?? [...new Set(list.map((o) => o.series))];
  const periods = [...new Set(list.map((o) => o.period))]
    .map(parsePeriod)
    .sort(comparePeriods)
    .map((p) => p.code);
  const ui = new Map(units.map((u, k) => [u, k]));
  const si = new Map(series.map((s, k) => [s, k]));
  const pi = new Map(periods.map((p, k) => [p, k]));
  const values = periods.map(() => series.map(() => new Float64Array(units.length).fill(NaN)));
  for (const o of list) {
    const u = ui.get(o.unit);
    const s = si.get(o.series);
    if (u === undefined || s === undefined) continue;
    const col = values[pi.get(o.period)!]![s]!;
    if (!Number.isNaN(col[u]!)) {
      throw new GapscopeError(
        'data.duplicate',
        `two values for unit ${o.unit}, series ${o.series}, period ${o.period}`,
      );
    }
    col[u] = o.value;
  }
  return { units, series, periods, values, attrs: opts.attrs ?? {} };
}

/** The column of one series in one period, or null when the dataset lacks the series. */
export function column(data: Dataset, period: number, series: string): Float64Array | null {
  const s = data.series.indexOf(series);
  return s < 0 ? null : data.values[period]![s]!;
}

/** Unit code → its value of attribute `name` (e.g. `city`), null where it has none. */
export function attributeByUnit(data: Dataset, name: string): Map<string, string | null> {
  const values = data.attrs[name];
  return new Map(data.units.map((u, k) => [u, values?.[k] ?? null]));
}
