// A regional gap over time for the dashboard's gap page: every unit's value of one per-head
// series across the periods, σ-convergence per period, β-convergence between two periods, and
// Lorenz curves (across units, population-weighted; and of the province's income quantiles).

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { GapSeries } from '../../api/gaps.ts';
import { GapscopeError } from '../../core/errors.ts';
import { gapSeries } from '../../core/gaps/series.ts';
import { storedGeography } from '../../store/geography.ts';
import type { AppEnv } from '../env.ts';
import { liveInputs } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { jsonText, sendJsonText } from '../answer.ts';
import { ApiError } from '../problem.ts';
import { errors, json, PeriodQuery } from '../schemas.ts';

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
        200: json(GapSeries, 'The panel and its convergence'),
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
      const text = await cache.get(`gapseries|${inputs.version}|${JSON.stringify(q)}`, async () => {
        const geo = await storedGeography(store.db);
        let body: GapSeries;
        try {
          body = { ...gapSeries(inputs.framework, spec, inputs.data, geo, q), demo: inputs.demo };
        } catch (e) {
          // A series or period the panel cannot use is the request's fault, at the field named.
          if (e instanceof GapscopeError && /^gaps\.(series|from|to)$/.test(e.code))
            throw new ApiError(422, 'request.invalid', e.message, e.location.path ?? null);
          throw e;
        }
        return jsonText(body);
      });
      return sendJsonText(c, text);
    },
  );
}
