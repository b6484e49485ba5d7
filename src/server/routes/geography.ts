// Units and groups: public when the server is, else for signed-in users.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Group, Unit } from '../../api/geography.ts';
import { storedGroups, storedMemberships, storedUnits } from '../../store/geography.ts';
import type { AppEnv } from '../env.ts';
import { requireReader } from '../middleware/auth.ts';
import { errors, json } from '../schemas.ts';

export function geographyRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/units',
      tags: ['geography'],
      summary: 'Every unit: province, cities, counties',
      responses: { 200: json(z.array(Unit), 'Units'), ...errors(401) },
    }),
    async (c) => {
      requireReader(c, true);
      return c.json(await storedUnits(c.get('store').db), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/groups',
      tags: ['geography'],
      summary: 'Groups with their period-dependent members',
      responses: { 200: json(z.array(Group), 'Groups'), ...errors(401) },
    }),
    async (c) => {
      requireReader(c, true);
      const db = c.get('store').db;
      const [groups, members] = await Promise.all([storedGroups(db), storedMemberships(db)]);
      return c.json(
        groups.map((g) => ({
          id: g.id,
          name: g.name,
          note: g.note,
          members: members
            .filter((m) => m.group === g.id)
            .map((m) => ({ unit: m.unit, validFrom: m.validFrom, validTo: m.validTo })),
        })),
        200,
      );
    },
  );
}
