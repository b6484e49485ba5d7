// The three gaps, a unit's profile (scores, indicators with targets and trends, weak points,
// peers, history), what-if with the lifts that move a unit, and rank intervals by Monte Carlo.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { EvaluationInput } from '../../core/pipeline/evaluate.ts';
import { peers } from '../../core/diagnostics/peers.ts';
import { targetProgress } from '../../core/diagnostics/targets.ts';
import { weakPoints } from '../../core/diagnostics/weak-points.ts';
import { whatIfReport } from '../../core/diagnostics/whatif-report.ts';
import { parsePeriod } from '../../core/data/period.ts';
import { gapSummary } from '../../core/gaps/summary.ts';
import { evaluationJson, finite } from '../../core/outputs/evaluation-json.ts';
import { DEFAULT_SPEC, parseSpec, type UncertaintySpec } from '../../core/uncertainty/spec.ts';
import { uncertainty, type Interval } from '../../core/uncertainty/montecarlo.ts';
import { sensitivity } from '../../core/uncertainty/sobol.ts';
import { storedGeography } from '../../store/geography.ts';
import type { AppEnv } from '../env.ts';
import { liveEvaluationObject, liveInputs } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json, PeriodQuery } from '../schemas.ts';

const Loose = (name: string) => z.record(z.string(), z.unknown()).openapi(name);
const UnitCode = z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'a unit code');

/** The newest year period of a list (else the newest period). */
function latestYear(periods: string[]): string | undefined {
  const years = periods.filter((p) => parsePeriod(p).frequency === 'year');
  return (years.length ? years : periods).at(-1);
}

/** One unit's nominal, median and 5–95 % values of an interval, as JSON. */
function at(iv: Interval, k: number): Record<'nominal' | 'median' | 'p5' | 'p95', number | null> {
  return {
    nominal: finite(iv.nominal[k]),
    median: finite(iv.median[k]),
    p5: finite(iv.p5[k]),
    p95: finite(iv.p95[k]),
  };
}

/**
 * Runs an analysis over the uncertain method choices (Monte Carlo, Sobol) on the live data of a
 * period with the request's spec, and answers its JSON — kept per data version and request.
 */
async function analysis(
  c: Context<AppEnv>,
  kind: string,
  body: { period?: string; spec?: Record<string, unknown> },
  run: (input: EvaluationInput, spec: UncertaintySpec, names: Map<string, string>) => unknown,
): Promise<never> {
  requireUser(c);
  const store = c.get('store');
  const cache = c.get('cache');
  const { input, inputs } = await liveEvaluationObject(store, cache, body.period);
  const spec = parseSpec(body.spec ?? DEFAULT_SPEC, 'request body');
  const text = await cache.get(`${kind}|${inputs.version}|${JSON.stringify(body)}`, async () =>
    JSON.stringify(run({ ...input, period: body.period }, spec, inputs.names)),
  );
  return c.body(text, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
}

export function leverRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/gaps',
      tags: ['gaps'],
      summary: 'The three gaps in a period, each figure with its change on a year earlier',
      request: { query: z.object({ period: PeriodQuery }) },
      responses: {
        200: json(Loose('GapSummary'), 'Town vs country, region vs region, income vs income'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      requireUser(c);
      const store = c.get('store');
      const cache = c.get('cache');
      const inputs = await liveInputs(store, cache, null);
      const period = c.req.valid('query').period ?? latestYear(inputs.data.periods);
      if (!period) throw new ApiError(404, 'request.not-found', 'the store has no data yet');
      const text = await cache.get(`gaps|${inputs.version}|${period}`, async () =>
        JSON.stringify({
          ...gapSummary({
            framework: inputs.framework,
            data: inputs.data,
            geography: await storedGeography(store.db),
            period,
          }),
          demo: inputs.demo,
        }),
      );
      return c.body(text, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/units/{code}/profile',
      tags: ['levers'],
      summary:
        'A unit’s profile: scores and ranks, every indicator with target and trend, weak points, peers, history',
      request: { params: z.object({ code: UnitCode }), query: z.object({ period: PeriodQuery }) },
      responses: { 200: json(Loose('UnitProfile'), 'The profile'), ...errors(401, 404, 422) },
    }),
    async (c) => {
      requireUser(c);
      const { code } = c.req.valid('param');
      const { period } = c.req.valid('query');
      const { ev, inputs } = await liveEvaluationObject(c.get('store'), c.get('cache'), period);
      if (!ev.units.includes(code))
        throw new ApiError(
          404,
          'request.not-found',
          `unit ${code} is not among the evaluated units`,
          'code',
        );
      const j = evaluationJson(ev, { period, names: inputs.names });
      const self = j.units.find((u) => u.unit === code)!;
      const u = ev.units.indexOf(code);
      const city = inputs.data.attrs.city?.[inputs.data.units.indexOf(code)] ?? null;
      const tree = ev.tree;
      // Domain means of all units and of the unit's city, for the radar.
      const domainIds = Object.keys(self.domains);
      const mean = (codes: string[]) =>
        Object.fromEntries(
          domainIds.map((d) => {
            const v = j.units
              .filter((x) => codes.includes(x.unit))
              .map((x) => x.domains[d])
              .filter((x): x is number => x !== null);
            return [d, v.length ? v.reduce((a, b) => a + b, 0) / v.length : null];
          }),
        );
      const sameCity = ev.units.filter(
        (x) => (inputs.data.attrs.city?.[inputs.data.units.indexOf(x)] ?? null) === city,
      );
      const progress = targetProgress(ev, { period: j.period, units: [code] })[0]!.indicators;
      const history = ev.periods.map((p) => ({
        period: p.period,
        score: finite(p.scores[tree.root]![u]),
        rank: p.rank(tree.root)[u]! || null,
        domains: Object.fromEntries(
          [...tree.children[tree.root]!].map((k) => [tree.ids[k]!, finite(p.scores[k]![u])]),
        ),
        indicators: Object.fromEntries(
          tree.indicators.map((ind, k) => [ind.id, finite(p.stages.imputed[k]![u])]),
        ),
      }));
      return c.json(
        {
          demo: inputs.demo,
          period: j.period,
          compare: j.compare,
          unit: code,
          name: inputs.names.get(code) ?? code,
          city,
          cityName: city ? (inputs.names.get(city) ?? city) : null,
          score: self.score,
          rank: self.rank,
          of: j.units.filter((x) => x.rank !== null).length,
          tier: self.tier,
          change: self.change,
          domains: self.domains,
          domainMeans: { all: mean(ev.units), city: mean(sameCity) },
          coupling: self.coupling,
          indicators: tree.indicators.map((ind) => ({
            id: ind.id,
            name: ind.name,
            unit: ind.unit,
            direction: ind.direction,
            ...self.indicators[ind.id],
            progress: progress.find((p) => p.indicator === ind.id) ?? null,
          })),
          weakPoints: weakPoints(ev, { period: j.period, units: [code] })[0]!.weakPoints,
          peers: {
            tier: peers(ev, code, { by: 'tier' }, { period: j.period }).slice(0, 8),
            nearest: peers(ev, code, { by: 'nearest', k: 5 }, { period: j.period }),
          },
          history,
        } as unknown as Record<string, unknown>,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/whatif',
      tags: ['levers'],
      summary:
        'Change raw values of units: new score, rank and tier, and the smallest lift of each indicator (nothing is stored)',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  unit: UnitCode,
                  period: PeriodQuery,
                  set: z
                    .array(
                      z
                        .object({
                          unit: UnitCode.optional(),
                          series: z.string().max(64),
                          value: z.number().finite(),
                        })
                        .strict(),
                    )
                    .max(50)
                    .default([]),
                  lifts: z.boolean().default(true),
                })
                .strict(),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(Loose('WhatIf'), 'Before, after and the lifts'), ...errors(401, 422) },
    }),
    async (c) => {
      requireUser(c);
      const b = c.req.valid('json');
      const { input } = await liveEvaluationObject(c.get('store'), c.get('cache'), b.period);
      const changes = b.set.map((s) => ({
        unit: s.unit ?? b.unit,
        series: s.series,
        value: s.value,
      }));
      return c.json(
        whatIfReport({ ...input, period: b.period }, b.unit, changes, {
          period: b.period,
          lifts: b.lifts,
        }) as unknown as Record<string, unknown>,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/uncertainty',
      tags: ['levers'],
      summary:
        'Each unit’s median rank and 5–95 % interval over the uncertain method choices (Monte Carlo)',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  period: PeriodQuery,
                  runs: z.number().int().min(10).max(20000).default(1000),
                  seed: z
                    .number()
                    .int()
                    .min(0)
                    .max(2 ** 31)
                    .default(1),
                  spec: z.record(z.string(), z.unknown()).optional(),
                })
                .strict(),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(Loose('Uncertainty'), 'Rank and score intervals per unit'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return analysis(c, 'unc', b, (input, spec, names) => {
        const r = uncertainty(input, spec, { runs: b.runs, seed: b.seed, period: b.period });
        return {
          period: r.period,
          runs: r.runs,
          seed: r.seed,
          choices: r.choiceNames,
          units: r.units.map((unit, k) => ({
            unit,
            name: names.get(unit) ?? unit,
            rank: at(r.rank, k),
            score: at(r.score, k),
          })),
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/sensitivity',
      tags: ['levers'],
      summary:
        'First-order and total Sobol indices of each uncertain choice on the mean absolute rank shift',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  period: PeriodQuery,
                  samples: z.number().int().min(2).max(2000).default(200),
                  seed: z
                    .number()
                    .int()
                    .min(0)
                    .max(2 ** 31)
                    .default(1),
                  bootstrap: z.number().int().min(0).max(1000).default(100),
                  spec: z.record(z.string(), z.unknown()).optional(),
                })
                .strict(),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(Loose('Sensitivity'), 'Indices with 5–95 % bootstrap intervals per choice'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return analysis(c, 'sens', b, (input, spec) => {
        const r = sensitivity(input, spec, {
          samples: b.samples,
          seed: b.seed,
          bootstrap: b.bootstrap,
          period: b.period,
        });
        return {
          period: r.period,
          samples: r.samples,
          runs: r.runs,
          seed: r.seed,
          bootstrap: r.bootstrap,
          output: r.output,
          indices: r.indices,
        };
      });
    },
  );
}
