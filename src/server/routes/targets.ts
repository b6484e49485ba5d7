// Will the targets be met? Each unit of the province, city and county levels × each indicator: its
// progress flag since a base year and its forecast to the target year (METHODS.md § Progress
// towards targets and forecasts). Computed once per data version and choice, then cached: about
// 0.5 s for all three levels of the bundled data on the request thread (bench/cases/targets.ts).

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { TargetsAnswer } from '../../api/targets.ts';
import { GapscopeError } from '../../core/errors.ts';
import { assessTargets } from '../../core/targets/assess.ts';
import { LEVELS } from '../../core/targets/series.ts';
import { THRESHOLD_NAMES } from '../../core/targets/thresholds.ts';
import type { AppEnv } from '../env.ts';
import { liveInputs } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { jsonText, sendJsonText } from '../answer.ts';
import { ApiError } from '../problem.ts';
import { errors, json } from '../schemas.ts';

const YearQuery = z
  .string()
  .regex(/^\d{4}$/, 'a year: 2025')
  .optional();

export function targetRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/targets',
      tags: ['targets'],
      summary:
        'Will the targets be met: each unit × indicator’s progress flag, forecast to the target year and probability of meeting it',
      request: {
        query: z.object({
          period: YearQuery.openapi({ description: 'The year assessed (default the latest)' }),
          level: z.enum(LEVELS).optional().openapi({ description: 'One level (default all)' }),
          thresholds: z.enum(THRESHOLD_NAMES).optional(),
          base: YearQuery.openapi({ description: 'The base year (default the data’s first)' }),
        }),
      },
      responses: {
        200: json(TargetsAnswer, 'The flags and forecasts, and the models with their backtest'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      requireUser(c);
      const store = c.get('store');
      const cache = c.get('cache');
      const q = c.req.valid('query');
      const inputs = await liveInputs(store, cache, null);
      const key = `targets|${inputs.version}|${q.period ?? ''}|${q.level ?? ''}|${q.thresholds ?? ''}|${q.base ?? ''}`;
      const text = await cache.get(key, async () => {
        try {
          const result = assessTargets({
            framework: inputs.framework,
            data: inputs.data,
            geography: inputs.geography,
            period: q.period,
            levels: q.level ? [q.level] : undefined,
            thresholds: q.thresholds,
            base: q.base === undefined ? undefined : Number(q.base),
          });
          return jsonText<TargetsAnswer>({ ...result, demo: inputs.demo });
        } catch (e) {
          // A year the data cannot be assessed on is the request's fault, at the field named.
          if (e instanceof GapscopeError && e.code.startsWith('targets.'))
            throw new ApiError(422, 'request.invalid', e.message, e.location.path ?? null);
          throw e;
        }
      });
      return sendJsonText(c, text);
    },
  );
}
