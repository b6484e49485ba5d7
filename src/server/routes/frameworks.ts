// Frameworks: read by anyone allowed to read; saved (as a draft or published) by analysts and
// administrators. A published version never changes.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { FrameworkCurrent, FrameworkInfo, FrameworkSaved } from '../../api/frameworks.ts';
import { validateFramework } from '../../core/framework/parse.ts';
import { getFramework, listFrameworks, saveFramework } from '../../store/frameworks.ts';
import type { AppEnv } from '../env.ts';
import { requireReader, requireRole } from '../middleware/auth.ts';
import { errors, json } from '../schemas.ts';

const FrameworkBody = z
  .record(z.string(), z.unknown())
  .openapi('Framework', { description: 'A framework as in data/frameworks/*.yaml, as JSON' });

export function frameworkRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/frameworks',
      tags: ['frameworks'],
      summary: 'Every stored framework version',
      responses: { 200: json(z.array(FrameworkInfo), 'Versions, newest first'), ...errors(401) },
    }),
    async (c) => {
      requireReader(c, true);
      return c.json(await listFrameworks(c.get('store').db), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/frameworks/current',
      tags: ['frameworks'],
      summary: 'The framework in use (newest published)',
      responses: {
        200: json(FrameworkCurrent, 'The framework'),
        ...errors(401, 404),
      },
    }),
    async (c) => {
      requireReader(c, true);
      const f = await getFramework(c.get('store').db);
      return c.json(
        {
          framework: f.framework,
          status: f.status,
          hash: f.hash,
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/frameworks',
      tags: ['frameworks'],
      summary: 'Save a framework version (draft or published)',
      request: {
        query: z.object({ status: z.enum(['draft', 'published']).default('draft') }),
        body: { content: { 'application/json': { schema: FrameworkBody } }, required: true },
      },
      responses: {
        200: json(FrameworkSaved, 'Saved'),
        ...errors(401, 403, 409, 422),
      },
    }),
    async (c) => {
      const user = requireRole(c, 'admin', 'analyst');
      const framework = validateFramework(c.req.valid('json'), 'request body');
      const outcome = await saveFramework(c.get('store').db, framework, {
        user: user.name,
        status: c.req.valid('query').status,
      });
      return c.json({ outcome }, 200);
    },
  );
}
