// Liveness and readiness for load balancers and orchestrators.

import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { Health, Ready } from '../../api/session.ts';
import { SOFTWARE } from '../../core/version.ts';
import { pingStore } from '../../store/health.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../problem.ts';
import { errors, json } from '../schemas.ts';

export function healthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['health'],
      summary: 'The process is up',
      responses: { 200: json(Health, 'Up') },
    }),
    (c) => c.json({ ok: true as const, version: SOFTWARE.version }, 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/ready',
      tags: ['health'],
      summary: 'The store answers',
      responses: {
        200: json(Ready, 'Ready'),
        ...errors(503),
      },
    }),
    async (c) => {
      try {
        await pingStore(c.get('store').db);
      } catch {
        throw new ApiError(503, 'store.unavailable');
      }
      return c.json({ ok: true as const, store: c.get('store').dialect }, 200);
    },
  );
}
