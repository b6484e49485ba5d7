// A unit's profile: scores and ranks, every indicator with its target and trend, weak points,
// peers and history.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Profile } from '../../api/levers.ts';
import { attributeByUnit } from '../../core/data/dataset.ts';
import { unitProfile } from '../../core/diagnostics/profile.ts';
import type { AppEnv } from '../env.ts';
import { liveEvaluationObject } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json, PeriodQuery, UnitCode } from '../schemas.ts';

export function profileRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/units/{code}/profile',
      tags: ['levers'],
      summary:
        'A unit’s profile: scores and ranks, every indicator with target and trend, weak points, peers, history',
      request: { params: z.object({ code: UnitCode }), query: z.object({ period: PeriodQuery }) },
      responses: { 200: json(Profile, 'The profile'), ...errors(401, 404, 422) },
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
      const cities = attributeByUnit(inputs.data, 'city');
      const p = unitProfile(ev, code, { period, names: inputs.names, cities });
      return c.json(
        {
          demo: inputs.demo,
          period: p.period,
          compare: p.compare,
          unit: p.unit,
          name: p.name,
          city: p.city,
          cityName: p.cityName,
          score: p.score,
          rank: p.rank,
          of: p.of,
          tier: p.tier,
          change: p.change,
          domains: Object.fromEntries(p.domains.map((d) => [d.id, d.score])),
          // Domain means of all evaluated units (the province) and of the unit's city, for the radar.
          domainMeans: {
            all: Object.fromEntries(p.domains.map((d) => [d.id, d.province])),
            city: Object.fromEntries(p.domains.map((d) => [d.id, d.city])),
          },
          coupling: p.coupling,
          indicators: p.indicators.map(({ of: _, ...ind }) => ind),
          weakPoints: p.weakPoints,
          peers: p.peers,
          history: p.history.map(({ province: _p, city: _c, ...h }) => h),
        },
        200,
      );
    },
  );
}
