// Rank intervals over the uncertain method choices (Monte Carlo) and the Sobol sensitivity of
// the ranks to each choice.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Sensitivity, Uncertainty } from '../../api/levers.ts';
import type { EvaluationInput } from '../../core/pipeline/evaluate.ts';
import { DEFAULT_SPEC, parseSpec, type UncertaintySpec } from '../../core/uncertainty/spec.ts';
import type { AppEnv } from '../env.ts';
import { portable, runJob } from '../jobs/run.ts';
import type { JobInput, JobOutput } from '../jobs/tasks.ts';
import { liveEvaluationObject } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { sendJsonText } from '../answer.ts';
import { errors, JOB_ERRORS, json, PeriodQuery } from '../schemas.ts';

/** What every analysis job takes: the live evaluation's input, the spec, the units' names. */
interface AnalysisBase {
  input: EvaluationInput;
  spec: UncertaintySpec;
  names: Map<string, string>;
}

/**
 * Runs an analysis over the uncertain method choices (Monte Carlo, Sobol) on the live data of a
 * period with the request's spec, in the worker pool, and gives its JSON text — kept per data
 * version and request (a result is kept only once it is there, so a request that goes away
 * cancels only its own job).
 */
async function analysis<K extends 'uncertainty' | 'sensitivity'>(
  c: Context<AppEnv>,
  kind: K,
  body: { period?: string; spec?: Record<string, unknown> },
  job: (base: AnalysisBase) => JobInput<K>,
): Promise<JobOutput<K>> {
  requireUser(c);
  const store = c.get('store');
  const cache = c.get('cache');
  const { input, inputs } = await liveEvaluationObject(store, cache, body.period);
  const spec = parseSpec(body.spec ?? DEFAULT_SPEC, 'request body');
  const key = `${kind}|${inputs.version}|${JSON.stringify(body)}`;
  const kept = cache.peek<JobOutput<K>>(key);
  if (kept) return kept;
  const base = { input: portable({ ...input, period: body.period }), spec, names: inputs.names };
  const text = await runJob(c, kind, job(base));
  cache.set(key, text);
  return text;
}

/** The random seed of a run: the same seed, the same result. */
const Seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
  .default(1);

/** The uncertain choices (docs/METHODS.md § Uncertainty), checked by `parseSpec`; default the standard set. */
const SpecBody = z.record(z.string(), z.unknown()).optional();

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
                  seed: Seed,
                  spec: SpecBody,
                })
                .strict(),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(Uncertainty, 'Rank and score intervals per unit'),
        ...errors(401, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      const b = c.req.valid('json');
      const text = await analysis(c, 'uncertainty', b, (base) => ({
        ...base,
        runs: b.runs,
        seed: b.seed,
        period: b.period,
      }));
      return sendJsonText(c, text);
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
                  seed: Seed,
                  bootstrap: z.number().int().min(0).max(1000).default(100),
                  spec: SpecBody,
                })
                .strict(),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(Sensitivity, 'Indices with 5–95 % bootstrap intervals per choice'),
        ...errors(401, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      const b = c.req.valid('json');
      const text = await analysis(c, 'sensitivity', b, ({ input, spec }) => ({
        input,
        spec,
        samples: b.samples,
        seed: b.seed,
        bootstrap: b.bootstrap,
        period: b.period,
      }));
      return sendJsonText(c, text);
    },
  );
}
