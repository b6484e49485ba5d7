// Will the targets be met? Each unit of the province, city and county levels × each indicator: its
// progress flag since a base year and its forecast to the target year (METHODS.md § Progress
// towards targets and forecasts). The assessment is made in the worker pool once per data version
// and choice (targets-result.ts); a request takes the part it asks for: a level, a unit, an
// indicator.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { TargetsAnswer } from '../../api/targets.ts';
import { LEVELS } from '../../core/targets/series.ts';
import { THRESHOLD_NAMES } from '../../core/targets/thresholds.ts';
import type { AppEnv } from '../env.ts';
import { requireUser } from '../middleware/auth.ts';
import { jsonText, sendJsonText } from '../answer.ts';
import { ApiError } from '../problem.ts';
import { errors, JOB_ERRORS, json, UnitCode } from '../schemas.ts';
import { cachedTargets, targetsPart } from '../targets-result.ts';

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
          unit: UnitCode.optional().openapi({
            description: 'One unit: its rows, and the models and coverage of its level',
          }),
          indicator: z
            .string()
            .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'an indicator id')
            .optional()
            .openapi({ description: 'One indicator: its rows and models' }),
          thresholds: z.enum(THRESHOLD_NAMES).optional(),
          base: YearQuery.openapi({ description: 'The base year (default the data’s first)' }),
        }),
      },
      responses: {
        200: json(TargetsAnswer, 'The flags and forecasts, and the models with their backtest'),
        ...errors(401, 404, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      requireUser(c);
      const q = c.req.valid('query');
      const result = await cachedTargets(c, {
        period: q.period,
        thresholds: q.thresholds,
        base: q.base === undefined ? undefined : Number(q.base),
      });
      if (q.unit !== undefined && !result.rows.some((r) => r.unit === q.unit))
        throw new ApiError(404, 'request.not-found', `unit ${q.unit} is not assessed`, 'unit');
      if (q.indicator !== undefined && !result.rows.some((r) => r.indicator === q.indicator))
        throw new ApiError(
          404,
          'request.not-found',
          `indicator ${q.indicator} is not in the framework`,
          'indicator',
        );
      const part = targetsPart(result, { level: q.level, unit: q.unit, indicator: q.indicator });
      return sendJsonText(c, jsonText<TargetsAnswer>(part));
    },
  );
}
