// Reading the gap summary's inputs from a dataset: a series, an indicator (denominated) or a weight.

import type { Dataset } from '../data/dataset.ts';
import { parsePeriod } from '../data/period.ts';
import { GapscopeError } from '../errors.ts';
import type { GapWeight } from '../framework/gaps.ts';
import {
  isIndicator,
  type Framework,
  type FrameworkNode,
  type IndicatorNode,
} from '../framework/schema.ts';

/** Reads columns of one dataset for lists of units; NaN where there is no value. */
export interface ValueReader {
  /** A series or indicator's values for the units in a period; an indicator with a denominator is divided by it. */
  values(id: string, period: string, units: readonly string[]): Float64Array;
  /** A weight's values; a period without them (a quarter) reads its year's. */
  weights(w: GapWeight | undefined, period: string, units: readonly string[]): Float64Array;
  /** Whether the dataset has the period at all. */
  hasPeriod(period: string): boolean;
}

/**
 * A reader over the dataset for the framework (METHODS.md § The three-gap summary): a per-head
 * indicator stored as its numerator is divided by its denominator (same period) × scale, as the
 * pipeline does; a weight missing in a sub-annual period (2025Q3-ytd) comes from the same year
 * (2025), since populations are annual; a weight still missing is NaN, and no weight is 1.
 */
export function valueReader(data: Dataset, framework: Framework): ValueReader {
  const unitIndex = new Map(data.units.map((u, k) => [u, k]));
  const periodIndex = new Map(data.periods.map((p, k) => [p, k]));
  const seriesIndex = new Map(data.series.map((s, k) => [s, k]));
  const indicators = new Map<string, IndicatorNode>();
  const walk = (node: FrameworkNode): void => {
    if (isIndicator(node)) indicators.set(node.id, node);
    else node.children.forEach(walk);
  };
  walk(framework.root);

  const raw = (series: string, period: string, units: readonly string[]): Float64Array => {
    const out = new Float64Array(units.length).fill(NaN);
    const p = periodIndex.get(period);
    const s = seriesIndex.get(series);
    if (p === undefined || s === undefined) return out;
    const col = data.values[p]![s]!;
    units.forEach((u, k) => {
      const i = unitIndex.get(u);
      if (i !== undefined) out[k] = col[i]!;
    });
    return out;
  };
  const annual = (series: string, period: string, units: readonly string[]): Float64Array => {
    const own = raw(series, period, units);
    const p = parsePeriod(period);
    if (p.frequency === 'year') return own;
    const year = raw(series, String(p.year), units);
    return own.map((v, k) => (v === v ? v : year[k]!));
  };
  return {
    values(id, period, units) {
      const x = raw(id, period, units);
      const den = indicators.get(id)?.denominator;
      if (!den) return x;
      const d = raw(den.series, period, units);
      return x.map((v, k) => (v / d[k]!) * den.scale);
    },
    weights(w, period, units) {
      if (w === undefined) return new Float64Array(units.length).fill(1);
      if (typeof w === 'string') return annual(w, period, units);
      const total = annual(w.series, period, units);
      const minus = annual(w.minus, period, units);
      return total.map((v, k) => v - minus[k]!);
    },
    hasPeriod: (period) => periodIndex.has(period),
  };
}

/**
 * Throws unless every present value (NaN = missing) is finite and > 0, naming the unit, series
 * and period and the rule `why` (METHODS.md § The three-gap summary).
 */
export function requirePositive(
  x: Float64Array,
  units: readonly string[],
  id: string,
  period: string,
  why: string,
): void {
  for (let k = 0; k < x.length; k++) {
    const v = x[k]!;
    if (v !== v || (v > 0 && v < Infinity)) continue;
    throw new GapscopeError(
      'gaps.value',
      `unit ${units[k]}, series ${id}, period ${period}: the value is ${v}; ${why}, so it must be > 0`,
    );
  }
}
