// What-if: change raw values of units and see the new score, rank and tier, with the smallest
// lift of each indicator that moves the unit (nothing is stored).

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { WhatIf } from '../../api/levers.ts';
import { whatIfReport } from '../../core/diagnostics/whatif-report.ts';
import type { AppEnv } from '../env.ts';
import { portable, runJob } from '../jobs/run.ts';
import { liveEvaluationObject } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { errors, JOB_ERRORS, json, PeriodQuery, UnitCode } from '../schemas.ts';

export function whatIfRoutes(app: OpenAPIHono<AppEnv>): void {
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
      responses: {
        200: json(WhatIf, 'Before, after and the lifts'),
        ...errors(401, 422, ...JOB_ERRORS),
      },
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
      const at = { ...input, period: b.period };
      // The search for each indicator's smallest lift evaluates many times: in the worker pool.
      const report = b.lifts
        ? await runJob(c, 'whatif', {
            input: portable(at),
            unit: b.unit,
            changes,
            period: b.period,
            lifts: true,
          })
        : whatIfReport(at, b.unit, changes, { period: b.period, lifts: false });
      return c.json(report, 200);
    },
  );
}
