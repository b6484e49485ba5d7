// A regional gap over time for the dashboard's gap page: every unit's value of one per-head
// series across the periods, σ-convergence per period, β-convergence between two periods, and
// Lorenz curves (across units, population-weighted; and of the province's income quantiles).

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { comparePeriods, parsePeriod, periodKind } from '../../core/data/period.ts';
import type { Framework, FrameworkNode, LocalisedName } from '../../core/framework/schema.ts';
import type { Dataset } from '../../core/data/dataset.ts';
import type { GapsSpec } from '../../core/framework/gaps.ts';
import { membersOf, type Geography } from '../../core/geography/units.ts';
import { scopeAt } from '../../core/gaps/scope.ts';
import { valueReader } from '../../core/gaps/values.ts';
import { betaConvergence, sigmaConvergence } from '../../core/inequality/convergence.ts';
import { gini } from '../../core/inequality/gini.ts';
import { groupedGini } from '../../core/inequality/grouped.ts';
import { lorenzCurve } from '../../core/inequality/lorenz.ts';
import { GapscopeError } from '../../core/errors.ts';
import { storedGeography } from '../../store/geography.ts';
import type { AppEnv } from '../env.ts';
import { liveInputs } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json, PeriodQuery } from '../schemas.ts';

const Name = z.object({ zh: z.string(), en: z.string().optional() });
const Num = z.number().nullable();
const Curve = z
  .object({
    period: z.string(),
    population: z.array(z.number()),
    income: z.array(z.number()),
    gini: Num,
  })
  .openapi('LorenzCurve');

const GapSeriesSchema = z
  .object({
    series: z.string(),
    name: Name,
    choices: z.array(z.object({ id: z.string(), name: Name })),
    level: z.enum(['city', 'county']),
    from: z.string(),
    to: z.string(),
    years: z.number(),
    periods: z.array(z.string()),
    units: z.array(z.object({ unit: z.string(), values: z.array(Num) })),
    groups: z.array(z.object({ id: z.string(), name: Name, members: z.array(z.string()) })),
    sigma: z.array(z.object({ period: z.string(), value: Num })),
    beta: z
      .object({
        a: z.number(),
        b: z.number(),
        se: z.number(),
        t: Num,
        r2: Num,
        speed: Num,
        halfLife: Num,
        n: z.number().int(),
      })
      .nullable(),
    betaError: z.string().nullable(),
    lorenz: z.object({ units: Curve.nullable(), quantiles: Curve.nullable() }),
    demo: z.boolean(),
  })
  .openapi('GapSeries');

type GapSeries = z.infer<typeof GapSeriesSchema>;

const num = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

/** The name of a series or indicator of the framework. */
function nameOf(framework: Framework, id: string): LocalisedName {
  const s = framework.series.find((x) => x.id === id);
  if (s) return s.name;
  const walk = (node: FrameworkNode): LocalisedName | null => {
    if (node.id === id) return node.name;
    return 'children' in node ? (node.children.map(walk).find(Boolean) ?? null) : null;
  };
  return walk(framework.root) ?? { zh: id, en: id };
}

/**
 * The panel of one regional series (METHODS.md § Inequality and convergence): the units of the
 * gap level valid at `to`, their values in every period of `to`'s kind from `from` to `to`, σ per
 * period, β from `from` to `to` (or why there is none), and the Lorenz curves at `to`.
 */
export function gapSeries(
  framework: Framework,
  spec: GapsSpec,
  data: Dataset,
  geo: Geography,
  q: { series?: string; from?: string; to?: string },
): Omit<GapSeries, 'demo'> {
  const choices = spec.regional.map((r) => ({ id: r.id, name: r.name ?? nameOf(framework, r.id) }));
  const id = q.series ?? spec.regional[0]?.id;
  const regional = spec.regional.find((r) => r.id === id);
  if (!id || !regional)
    throw new ApiError(
      422,
      'request.invalid',
      `series must be one of the framework's regional gap series: ${choices.map((c) => c.id).join(', ') || '(none)'}`,
      'series',
    );
  const parsed = data.periods.map(parsePeriod).sort(comparePeriods);
  const years = parsed.filter((p) => p.frequency === 'year');
  const to = q.to ? parsePeriod(q.to) : (years.at(-1) ?? parsed.at(-1));
  if (!to || !data.periods.includes(to.code))
    throw new ApiError(
      422,
      'request.invalid',
      `the data have no period ${q.to ?? ''}`.trim(),
      'to',
    );
  const kind = periodKind(to);
  const same = parsed.filter((p) => periodKind(p) === kind && p.time <= to.time);
  const from = q.from ? parsePeriod(q.from) : same[0]!;
  if (!data.periods.includes(from.code) || periodKind(from) !== kind || !(from.time < to.time))
    throw new ApiError(
      422,
      'request.invalid',
      `from must be a period of the data of the same kind as ${to.code}, and earlier`,
      'from',
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
  let beta: GapSeries['beta'] = null;
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
  let lorenzUnits: GapSeries['lorenz']['units'] = null;
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
  let lorenzQuantiles: GapSeries['lorenz']['quantiles'] = null;
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
    name: regional.name ?? nameOf(framework, id),
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

export function gapSeriesRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/gaps/series',
      tags: ['gaps'],
      summary:
        'A regional gap over time: every unit’s values, σ-convergence per period, β-convergence and Lorenz curves',
      request: {
        query: z.object({
          series: z
            .string()
            .max(64)
            .regex(/^[A-Za-z0-9_.-]+$/, 'a series id')
            .optional(),
          from: PeriodQuery,
          to: PeriodQuery,
        }),
      },
      responses: {
        200: json(GapSeriesSchema, 'The panel and its convergence'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      requireUser(c);
      const store = c.get('store');
      const cache = c.get('cache');
      const q = c.req.valid('query');
      const inputs = await liveInputs(store, cache, null);
      const spec = inputs.framework.gaps;
      if (!spec)
        throw new ApiError(
          422,
          'request.invalid',
          `the framework ${inputs.framework.id} has no "gaps" section`,
        );
      const text = await cache.get(`gapseries|${inputs.version}|${JSON.stringify(q)}`, async () =>
        JSON.stringify({
          ...gapSeries(inputs.framework, spec, inputs.data, await storedGeography(store.db), q),
          demo: inputs.demo,
        }),
      );
      return c.body(text, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
    },
  );
}
