// The three gaps of a period (town vs country, region vs region, income vs income), each figure
// with its change on a year earlier.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { GapSummary } from '../../api/gaps.ts';
import { parsePeriod } from '../../core/data/period.ts';
import { gapSummary } from '../../core/gaps/summary.ts';
import { MEMBERSHIPS } from '../../core/gaps/regional.ts';
import type { AppEnv } from '../env.ts';
import { liveInputs } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { jsonText, sendJsonText } from '../answer.ts';
import { errors, json, PeriodQuery } from '../schemas.ts';

/** The newest year period of a list (else the newest period). */
function latestYear(periods: string[]): string | undefined {
  const years = periods.filter((p) => parsePeriod(p).frequency === 'year');
  return (years.length ? years : periods).at(-1);
}

export function gapRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/gaps',
      tags: ['gaps'],
      summary: 'The three gaps in a period, each figure with its change on a year earlier',
      request: {
        query: z.object({
          period: PeriodQuery,
          membership: z.enum(MEMBERSHIPS).optional().openapi({
            description:
              'Whose members a group’s change compares: the period’s in both (fixed, default) or each period’s own',
          }),
        }),
      },
      responses: {
        200: json(GapSummary, 'Town vs country, region vs region, income vs income'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      requireUser(c);
      const store = c.get('store');
      const cache = c.get('cache');
      const inputs = await liveInputs(store, cache, null);
      const q = c.req.valid('query');
      const period = q.period ?? latestYear(inputs.data.periods);
      if (!period) throw new ApiError(404, 'request.not-found', 'the store has no data yet');
      const membership = q.membership ?? 'fixed';
      const text = await cache.get(`gaps|${inputs.version}|${period}|${membership}`, async () =>
        jsonText<GapSummary>({
          ...gapSummary({
            framework: inputs.framework,
            data: inputs.data,
            geography: inputs.geography,
            period,
            membership,
          }),
          demo: inputs.demo,
        }),
      );
      return sendJsonText(c, text);
    },
  );
}
