// A regional gap over time: every unit's value of one per-head series across the periods,
// σ-convergence per period, β-convergence between two periods, and Lorenz curves (across units,
// population-weighted; and of the province's income quantiles).

import type { Dataset } from '../data/dataset.ts';
import { comparePeriods, parsePeriod, periodKind } from '../data/period.ts';
import { GapscopeError } from '../errors.ts';
import type { GapsSpec } from '../framework/gaps.ts';
import { seriesName } from '../framework/names.ts';
import type { Framework, LocalisedName } from '../framework/schema.ts';
import { membersOf, type Geography } from '../geography/units.ts';
import { betaConvergence, sigmaConvergence } from '../inequality/convergence.ts';
import { gini } from '../inequality/gini.ts';
import { groupedGini } from '../inequality/grouped.ts';
import { lorenzCurve } from '../inequality/lorenz.ts';
import { scopeAt } from './scope.ts';
import { valueReader } from './values.ts';

/** A Lorenz curve at one period, with its Gini coefficient. */
export interface LorenzAt {
  period: string;
  population: number[];
  income: number[];
  gini: number | null;
}

/** β-convergence from `from` to `to` (METHODS.md § Inequality and convergence). */
export interface BetaFigures {
  a: number;
  b: number;
  se: number;
  t: number | null;
  r2: number | null;
  speed: number | null;
  halfLife: number | null;
  n: number;
}

/** The panel of one regional series and its convergence. */
export interface GapSeries {
  series: string;
  name: LocalisedName;
  /** The framework's regional gap series, any of which may be asked for. */
  choices: { id: string; name: LocalisedName }[];
  level: 'city' | 'county';
  from: string;
  to: string;
  /** to − from, in years. */
  years: number;
  periods: string[];
  /** Each unit's value in each period (null when missing). */
  units: { unit: string; values: (number | null)[] }[];
  groups: { id: string; name: LocalisedName; members: string[] }[];
  sigma: { period: string; value: number | null }[];
  beta: BetaFigures | null;
  /** Why there is no β (too few units with values at both ends …), or null. */
  betaError: string | null;
  lorenz: { units: LorenzAt | null; quantiles: LorenzAt | null };
}

/** Which series and periods are asked for; each defaults as `gapSeries` says. */
export interface GapSeriesQuery {
  series?: string;
  from?: string;
  to?: string;
}

const num = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

/**
 * The panel of one regional series (METHODS.md § Inequality and convergence): the units of the
 * gap level valid at `to`, their values in every period of `to`'s kind from `from` to `to`, σ per
 * period, β from `from` to `to` (or why there is none), and the Lorenz curves at `to`. `series`
 * defaults to the first regional series, `to` to the newest year (else the newest period), `from`
 * to the first period of `to`'s kind. A series that is not a regional one, a `to` the data do not
 * have, or a `from` not earlier and of the same kind is a `gaps.series`, `gaps.to` or `gaps.from`
 * error naming the field.
 */
export function gapSeries(
  framework: Framework,
  spec: GapsSpec,
  data: Dataset,
  geo: Geography,
  q: GapSeriesQuery,
): GapSeries {
  const choices = spec.regional.map((r) => ({
    id: r.id,
    name: r.name ?? seriesName(framework, r.id),
  }));
  const id = q.series ?? spec.regional[0]?.id;
  const regional = spec.regional.find((r) => r.id === id);
  if (!id || !regional)
    throw new GapscopeError(
      'gaps.series',
      `must be one of the framework's regional gap series: ${choices.map((c) => c.id).join(', ') || '(none)'}`,
      { path: 'series' },
    );
  const parsed = data.periods.map(parsePeriod).sort(comparePeriods);
  const years = parsed.filter((p) => p.frequency === 'year');
  const to = q.to ? parsePeriod(q.to) : (years.at(-1) ?? parsed.at(-1));
  if (!to || !data.periods.includes(to.code))
    throw new GapscopeError('gaps.to', `the data have no period ${q.to ?? ''}`.trim(), {
      path: 'to',
    });
  const kind = periodKind(to);
  const same = parsed.filter((p) => periodKind(p) === kind && p.time <= to.time);
  const from = q.from ? parsePeriod(q.from) : same[0]!;
  if (!data.periods.includes(from.code) || periodKind(from) !== kind || !(from.time < to.time))
    throw new GapscopeError(
      'gaps.from',
      `must be a period of the data of the same kind as ${to.code}, and earlier`,
      { path: 'from' },
    );
  const periods = same.filter((p) => p.time >= from.time).map((p) => p.code);
  const read = valueReader(data, framework);
  const scope = scopeAt(geo, data, spec.level, to.code);
  const units = scope.units;
  const columns = periods.map((p) => read.values(id, p, units));
  const sigma = periods.map((p, k) => ({
    period: p,
    value: num(sigmaConvergence(columns[k]!, units)),
  }));
  let beta: BetaFigures | null = null;
  let betaError: string | null = null;
  try {
    const b = betaConvergence(columns[0]!, columns.at(-1)!, to.time - from.time, units);
    beta = {
      a: b.a,
      b: b.b,
      se: b.se,
      t: num(b.t),
      r2: num(b.r2),
      speed: num(b.speed),
      halfLife: num(b.halfLife),
      n: b.n,
    };
  } catch (e) {
    if (!(e instanceof GapscopeError)) throw e;
    betaError = e.message;
  }
  // Across units at `to`: each unit's value, weighted by its population.
  const x = columns.at(-1)!;
  const w = read.weights(regional.weight, to.code, units);
  const keep = [...x.keys()].filter((k) => x[k]! === x[k]! && w[k]! > 0);
  let lorenzUnits: LorenzAt | null = null;
  if (keep.length >= 2) {
    const xs = Float64Array.from(keep, (k) => x[k]!);
    const ws = Float64Array.from(keep, (k) => w[k]!);
    const c = lorenzCurve(xs, ws);
    lorenzUnits = {
      period: to.code,
      population: [...c.population],
      income: [...c.income],
      gini: num(gini(xs, ws)),
    };
  }
  // The province's income quantiles, equal-sized groups, when the framework names them.
  let lorenzQuantiles: LorenzAt | null = null;
  const ids = spec.income?.quantileMeans;
  if (ids && scope.province) {
    const means = Float64Array.from(ids, (q) => read.values(q, to.code, [scope.province!])[0]!);
    if (means.every((m) => m > 0 && Number.isFinite(m))) {
      const c = lorenzCurve(means);
      lorenzQuantiles = {
        period: to.code,
        population: [...c.population],
        income: [...c.income],
        gini: num(
          groupedGini({ shares: new Float64Array(ids.length).fill(1 / ids.length), means }),
        ),
      };
    }
  }
  const known = new Map(geo.groups.map((g) => [g.id, g]));
  return {
    series: id,
    name: regional.name ?? seriesName(framework, id),
    choices,
    level: spec.level,
    from: from.code,
    to: to.code,
    years: to.time - from.time,
    periods,
    units: units.map((unit, i) => ({ unit, values: columns.map((c) => num(c[i])) })),
    groups: spec.groups
      .filter((g) => known.has(g))
      .map((g) => ({
        id: g,
        name: known.get(g)!.name,
        members: membersOf(geo.memberships, g, to.code),
      })),
    sigma,
    beta,
    betaError,
    lorenz: { units: lorenzUnits, quantiles: lorenzQuantiles },
  };
}
