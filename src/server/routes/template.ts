// The data-import template as an XLSX download: the import layout with drop-downs for the
// store's units and the framework's indicators, and a readme in Chinese and English.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { importTemplate } from '../../export/template.ts';
import { getFramework } from '../../store/frameworks.ts';
import { storedUnits, unitsWithin } from '../../store/geography.ts';
import type { AppEnv } from '../env.ts';
import { requireUser } from '../middleware/auth.ts';
import { errors, PeriodQuery } from '../schemas.ts';
import { bytesBody } from '../answer.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function templateRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/template',
      tags: ['data'],
      summary: 'The data-import template (XLSX) for the framework in use',
      description:
        'Sheet "data" has the import header (long: unit, indicator, period, value, status, source, note; wide: unit, name, period and one column per indicator and series) with drop-down lists; "readme" explains the columns, period forms, units of measure and plausible ranges. With a period, one row per unit is pre-filled. A region editor’s template lists the units of their region only.',
      request: {
        query: z.object({ layout: z.enum(['long', 'wide']).default('long'), period: PeriodQuery }),
      },
      responses: {
        200: { description: 'The template', content: { [XLSX]: { schema: z.string() } } },
        ...errors(401, 422),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { layout, period } = c.req.valid('query');
      const db = c.get('store').db;
      const [{ framework }, all] = await Promise.all([getFramework(db), storedUnits(db)]);
      const scope = user.role === 'region' && user.scope ? unitsWithin(all, user.scope) : null;
      const units = scope ? all.filter((u) => scope.has(u.code)) : all;
      const bytes = await importTemplate(framework, units, { layout, period });
      const name = `gapscope-template-${layout}${period ? `-${period}` : ''}.xlsx`;
      return c.body(bytesBody(bytes), 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="${name}"`,
      });
    },
  );
}
