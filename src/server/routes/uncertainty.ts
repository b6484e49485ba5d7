// Rank intervals over the uncertain method choices (Monte Carlo) and the Sobol sensitivity of
// the ranks to each choice.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { EvaluationInput } from '../../core/pipeline/evaluate.ts';
import { finite } from '../../core/outputs/evaluation-json.ts';
import { DEFAULT_SPEC, parseSpec, type UncertaintySpec } from '../../core/uncertainty/spec.ts';
import { uncertainty, type Interval } from '../../core/uncertainty/montecarlo.ts';
import { sensitivity } from '../../core/uncertainty/sobol.ts';
import type { AppEnv } from '../env.ts';
import { liveEvaluationObject } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { errors, json, Loose, PeriodQuery } from '../schemas.ts';

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

export function uncertaintyRoutes(app: OpenAPIHono<AppEnv>): void {
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
