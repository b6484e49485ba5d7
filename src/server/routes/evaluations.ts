// Evaluations: run any pipeline config on the store's data (now or as of a moment), publish a
// result, list and fetch published ones unchanged, and the overview the dashboard opens with.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  EvaluationResult,
  Overview,
  PublishedEvaluation,
  PublishedResult,
  Ranking,
} from '../../api/evaluations.ts';
import { nowIso } from '../../core/clock.ts';
import { finite, type EvaluationJson } from '../../core/outputs/evaluation-json.ts';
import { indexOverview } from '../../core/outputs/overview.ts';
import { PipelineConfigSchema } from '../../core/pipeline/config.ts';
import { resultsTable } from '../../export/exports.ts';
import { writeTable } from '../../export/table.ts';
import { getEvaluation, listEvaluations, publishEvaluation } from '../../store/evaluations.ts';
import type { AppEnv } from '../env.ts';
import { dataVersion, liveEvaluation } from '../live.ts';
import { requireReader, requireRole, requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json, MomentQuery, PeriodQuery } from '../schemas.ts';
import { momentParam } from './data.ts';
import { bytesBody, jsonText, sendJsonText, type JsonText } from '../answer.ts';

const RunRequest = z
  .object({
    period: PeriodQuery,
    asOf: MomentQuery,
    config: PipelineConfigSchema.partial().optional().openapi({
      description: 'Pipeline choices (docs/METHODS.md); omitted fields take their defaults',
    }),
  })
  .strict()
  .openapi('EvaluationRequest');

/** The summary the dashboard's first screen shows: distribution, leaders, laggards, movers. */
function overviewOf(r: EvaluationJson & { demo: boolean }) {
  const o = indexOverview(r.units);
  const brief = (u: (typeof r.units)[number]) => ({
    unit: u.unit,
    name: u.name ?? u.unit,
    score: u.score,
    rank: u.rank,
    tier: u.tier,
    change: u.change,
  });
  const d = o.distribution;
  return {
    period: r.period,
    periods: r.periods,
    compare: r.compare,
    demo: r.demo,
    framework: r.framework,
    hash: r.hash,
    asOf: r.asOf,
    units: o.n,
    distribution: {
      min: finite(d.min),
      p25: finite(d.p25),
      median: finite(d.median),
      p75: finite(d.p75),
      max: finite(d.max),
    },
    top: o.top.map(brief),
    bottom: o.bottom.map(brief),
    risers: o.risers.map(brief),
    fallers: o.fallers.map(brief),
  };
}

export function evaluationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/evaluations/run',
      tags: ['evaluations'],
      summary: 'Evaluate the store’s data with any pipeline config (nothing is stored)',
      request: {
        body: { content: { 'application/json': { schema: RunRequest } }, required: true },
      },
      responses: { 200: json(EvaluationResult, 'The result'), ...errors(400, 401, 422) },
    }),
    async (c) => {
      requireUser(c);
      const b = c.req.valid('json');
      const req = { period: b.period, config: b.config, asOf: momentParam(b.asOf) };
      const store = c.get('store');
      const cache = c.get('cache');
      // The result's JSON text is kept with the result: the same ranking is sent many times.
      const text = await cache.get(
        `json|${await dataVersion(store)}|${JSON.stringify(req)}`,
        async () => jsonText<EvaluationResult>(await liveEvaluation(store, cache, req)),
      );
      return sendJsonText(c, text);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/evaluations',
      tags: ['evaluations'],
      summary: 'Evaluate and publish: the result is kept unchanged with its config and as-of time',
      request: {
        body: { content: { 'application/json': { schema: RunRequest } }, required: true },
      },
      responses: { 200: json(PublishedEvaluation, 'Published'), ...errors(400, 401, 403, 422) },
    }),
    async (c) => {
      const user = requireRole(c, 'admin', 'analyst');
      const b = c.req.valid('json');
      const store = c.get('store');
      const asOf = momentParam(b.asOf) ?? nowIso();
      const result = await liveEvaluation(store, c.get('cache'), {
        period: b.period,
        config: b.config,
        asOf,
      });
      const id = await publishEvaluation(store.db, result, { user: user.name, asOf });
      const p = await getEvaluation(store.db, id);
      return c.json(
        { id, period: p.period, asOf: p.asOf, createdAt: p.createdAt, createdBy: p.createdBy },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/evaluations',
      tags: ['evaluations'],
      summary: 'Published evaluations, newest first',
      responses: {
        200: json(z.array(PublishedEvaluation), 'Published evaluations'),
        ...errors(401),
      },
    }),
    async (c) => {
      const reader = requireReader(c, true);
      const list = await listEvaluations(c.get('store').db);
      return c.json(reader ? list : list.map(({ createdBy: _, ...rest }) => rest), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/evaluations/{id}',
      tags: ['evaluations'],
      summary: 'A published evaluation, exactly as published (or as CSV/XLSX)',
      request: {
        params: z.object({ id: z.coerce.number().int().positive() }),
        query: z.object({ format: z.enum(['json', 'csv', 'xlsx']).default('json') }),
      },
      responses: {
        200: {
          description: 'The published result (JSON), or its table as CSV or XLSX',
          content: {
            'application/json': { schema: PublishedResult },
            'text/csv': { schema: z.string() },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string(),
            },
          },
        },
        ...errors(401, 404, 422),
      },
    }),
    async (c) => {
      const reader = requireReader(c, true);
      const p = await getEvaluation(c.get('store').db, c.req.valid('param').id);
      const { format } = c.req.valid('query');
      if (format === 'json')
        return c.json(
          {
            id: p.id,
            publishedAt: p.createdAt,
            ...(reader ? { publishedBy: p.createdBy } : {}),
            ...p.result,
          },
          200,
        );
      const t = resultsTable(p.result);
      const bytes = await writeTable(format, t.header, t.rows, 'results');
      const type =
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return c.body(bytesBody(bytes), 200, {
        'content-type': type,
        'content-disposition': `attachment; filename="evaluation-${p.id}.${format}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/ranking',
      tags: ['evaluations'],
      summary: 'The ranking table: every unit’s score, rank, tier, change and domain scores',
      description:
        'Signed-in users get the live evaluation with the default pipeline; the public (in public mode) the newest published one.',
      request: { query: z.object({ period: PeriodQuery }) },
      responses: {
        200: json(Ranking, 'The ranking'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      const reader = requireReader(c, true);
      const store = c.get('store');
      const cache = c.get('cache');
      const { period } = c.req.valid('query');
      const rankingOf = (r: EvaluationJson & { demo?: boolean }) =>
        jsonText<Ranking>({
          period: r.period,
          periods: r.periods,
          compare: r.compare,
          demo: r.demo ?? false,
          framework: r.framework,
          hash: r.hash,
          asOf: r.asOf,
          units: r.units.map((u) => ({
            unit: u.unit,
            name: u.name ?? u.unit,
            score: u.score,
            rank: u.rank,
            tier: u.tier,
            change: u.change,
            domains: u.domains,
          })),
        });
      let text: JsonText<Ranking>;
      if (!reader) {
        const newest = (await listEvaluations(store.db))[0];
        if (!newest)
          throw new ApiError(404, 'request.not-found', 'no evaluation has been published yet');
        text = await cache.get(`ranking|published|${newest.id}`, async () =>
          rankingOf((await getEvaluation(store.db, newest.id)).result),
        );
      } else {
        text = await cache.get(`ranking|${await dataVersion(store)}|${period ?? ''}`, async () =>
          rankingOf(await liveEvaluation(store, cache, { period })),
        );
      }
      return sendJsonText(c, text);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/overview',
      tags: ['evaluations'],
      summary: 'The first screen: index distribution, leaders and laggards, risers and fallers',
      description:
        'Signed-in users get the live evaluation with the default pipeline; the public (in public mode) the newest published one.',
      request: { query: z.object({ period: PeriodQuery }) },
      responses: {
        200: json(Overview, 'The overview'),
        ...errors(401, 404, 422),
      },
    }),
    async (c) => {
      const reader = requireReader(c, true);
      const store = c.get('store');
      const { period } = c.req.valid('query');
      if (!reader) {
        const newest = (await listEvaluations(store.db))[0];
        if (!newest) return c.json({ published: false as const }, 200);
        const p = await getEvaluation(store.db, newest.id);
        return c.json(
          { published: true, ...overviewOf({ ...p.result, demo: p.result.demo ?? false }) },
          200,
        );
      }
      const r = await liveEvaluation(store, c.get('cache'), { period });
      return c.json({ published: false, ...overviewOf(r) }, 200);
    },
  );
}
