// A unit's profile: scores and ranks, every indicator with its target and trend, weak points,
// peers and history.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { peers } from '../../core/diagnostics/peers.ts';
import { targetProgress } from '../../core/diagnostics/targets.ts';
import { weakPoints } from '../../core/diagnostics/weak-points.ts';
import { evaluationJson, finite } from '../../core/outputs/evaluation-json.ts';
import type { AppEnv } from '../env.ts';
import { liveEvaluationObject } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json, Loose, PeriodQuery, UnitCode } from '../schemas.ts';

export function profileRoutes(app: OpenAPIHono<AppEnv>): void {
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
}
