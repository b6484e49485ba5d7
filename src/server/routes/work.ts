// The task-force work system: departments, work items on the four lists with their derived status
// (reasons in the caller's language), milestones, monthly progress reports, lists in and out as
// XLSX, and a unit's items. The office (admin) and analysts change any item; a department user
// changes and reports on only the items its department leads; everyone signed in reads. The list
// files' routes are in work-lists.ts.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  Department,
  ItemVersion,
  ReportView,
  WorkItemDetail,
  WorkItemView,
} from '../../api/work.ts';
import { isDate } from '../../core/tasks/dates.ts';
import { isLateReport } from '../../core/tasks/deadlines.ts';
import {
  MilestoneSchema,
  ProgressInputSchema,
  WorkItemChangeSchema,
  WorkItemInputSchema,
  type WorkItem,
} from '../../core/tasks/types.ts';
import { unitExists } from '../../store/geography.ts';
import type { User } from '../../store/users.ts';
import {
  addMilestone,
  createWorkItem,
  getWorkItem,
  itemVersions,
  listDepartments,
  listWorkItems,
  reportProgress,
  updateMilestone,
  updateWorkItem,
} from '../../store/work-items.ts';
import type { AppEnv } from '../env.ts';
import { requireRole, requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, JOB_ERRORS, json } from '../schemas.ts';
import { workForecasts } from '../work-forecasts.ts';
import { DateQuery, filterOf, FilterQuery, IdParam, localised } from '../work-schemas.ts';
import { workListRoutes } from './work-lists.ts';

/**
 * The caller if they may change the item: the office and analysts any item, a department user
 * only one its department leads; else a 403 (nothing is changed).
 */
async function mayChange(c: Context<AppEnv>, id: string): Promise<{ user: User; item: WorkItem }> {
  const user = requireRole(c, 'admin', 'analyst', 'department');
  const item = await getWorkItem(c.get('store').db, id);
  if (user.role === 'department' && (!user.department || user.department !== item.leadDepartment))
    throw new ApiError(
      403,
      'auth.forbidden',
      `a department changes and reports on only the items it leads; ${id} is led by ${item.leadDepartment}${user.department ? `, you are ${user.department}` : ''}`,
    );
  return { user, item };
}

export function workRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/departments',
      tags: ['work'],
      summary: 'The task force’s member departments',
      responses: { 200: json(z.array(Department), 'Departments in list order'), ...errors(401) },
    }),
    async (c) => {
      requireUser(c);
      return c.json(await listDepartments(c.get('store').db), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/items',
      tags: ['work'],
      summary: 'Work items with their derived status, filtered',
      request: { query: FilterQuery },
      responses: {
        200: json(z.array(WorkItemView), 'Items in id order'),
        ...errors(401, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      requireUser(c);
      const items = await listWorkItems(c.get('store').db, {
        ...filterOf(c.req.valid('query')),
        forecasts: workForecasts(c),
      });
      return c.json(
        items.map((v) => localised(v, c.get('lang'))),
        200,
      );
    },
  );

  workListRoutes(app);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/items/{id}',
      tags: ['work'],
      summary: 'One item with its milestones, every progress report and its derived status',
      request: { params: IdParam, query: z.object({ asOf: DateQuery }) },
      responses: {
        200: json(WorkItemDetail, 'The item'),
        ...errors(401, 404, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      requireUser(c);
      const item = await getWorkItem(c.get('store').db, c.req.valid('param').id, {
        asOf: c.req.valid('query').asOf,
        forecasts: workForecasts(c),
      });
      return c.json(localised(item, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/items/{id}/versions',
      tags: ['work'],
      summary: 'An item’s earlier versions, newest first, with who replaced each and when',
      request: { params: IdParam },
      responses: {
        200: json(z.array(ItemVersion), 'Versions'),
        ...errors(401, 404),
      },
    }),
    async (c) => {
      requireUser(c);
      const db = c.get('store').db;
      const { id } = c.req.valid('param');
      await getWorkItem(db, id);
      return c.json(await itemVersions(db, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/items',
      tags: ['work'],
      summary:
        'Create a work item (office and analysts); its id is made from its list and year when not given',
      request: {
        body: { content: { 'application/json': { schema: WorkItemInputSchema } }, required: true },
      },
      responses: {
        200: json(WorkItemDetail, 'The new item'),
        ...errors(401, 403, 409, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      const user = requireRole(c, 'admin', 'analyst');
      const db = c.get('store').db;
      const item = await createWorkItem(db, c.req.valid('json'), user.name);
      const view = await getWorkItem(db, item.id, { forecasts: workForecasts(c) });
      return c.json(localised(view, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/items/{id}',
      tags: ['work'],
      summary: 'Change an item: the old version is kept; a department changes only items it leads',
      description:
        'A department may not hand an item to another department, move it to another list or change its supervision. With `version`, a change to an item changed meanwhile is refused (409).',
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': {
              schema: WorkItemChangeSchema.extend({
                version: z.number().int().positive().optional(),
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(WorkItemDetail, 'The item'),
        ...errors(401, 403, 404, 409, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { user, item } = await mayChange(c, id);
      const { version, ...change } = c.req.valid('json');
      if (user.role === 'department') {
        const locked = (['leadDepartment', 'list', 'supervised'] as const).filter(
          (k) => change[k] !== undefined && JSON.stringify(change[k]) !== JSON.stringify(item[k]),
        );
        if (locked.length)
          throw new ApiError(
            403,
            'auth.forbidden',
            `only the office or an analyst may change ${locked.join(', ')}`,
            locked[0],
          );
      }
      const db = c.get('store').db;
      await updateWorkItem(db, id, change, user.name, { expectedVersion: version });
      const view = await getWorkItem(db, id, { forecasts: workForecasts(c) });
      return c.json(localised(view, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/items/{id}/milestones',
      tags: ['work'],
      summary: 'Add a milestone to an item (a new version of the item)',
      request: {
        params: IdParam,
        body: {
          content: { 'application/json': { schema: MilestoneSchema.omit({ id: true }) } },
          required: true,
        },
      },
      responses: {
        200: json(WorkItemDetail, 'The item'),
        ...errors(401, 403, 404, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { user } = await mayChange(c, id);
      const db = c.get('store').db;
      await addMilestone(db, id, c.req.valid('json'), user.name);
      const view = await getWorkItem(db, id, { forecasts: workForecasts(c) });
      return c.json(localised(view, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/items/{id}/milestones/{milestone}',
      tags: ['work'],
      summary: 'Change a milestone: mark it done (a date) or not (null), or its title or due date',
      request: {
        params: IdParam.extend({ milestone: z.coerce.number().int().positive() }),
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  title: z.string().min(1).max(500).optional(),
                  due: z.string().refine(isDate, 'a date YYYY-MM-DD').optional(),
                  done: z.string().refine(isDate, 'a date YYYY-MM-DD').nullable().optional(),
                })
                .strict(),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(WorkItemDetail, 'The item'),
        ...errors(401, 403, 404, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      const { id, milestone } = c.req.valid('param');
      const { user } = await mayChange(c, id);
      const db = c.get('store').db;
      await updateMilestone(db, id, milestone, c.req.valid('json'), user.name);
      const view = await getWorkItem(db, id, { forecasts: workForecasts(c) });
      return c.json(localised(view, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/items/{id}/reports',
      tags: ['work'],
      summary: 'Report a month’s progress on an item (its lead department, the office or analysts)',
      description:
        'Value (cumulative, in the target’s unit) or share done (%), narrative, problems, help needed. A second report on a month is a new revision; nothing is overwritten.',
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: ProgressInputSchema } }, required: true },
      },
      responses: { 200: json(ReportView, 'The report as stored'), ...errors(401, 403, 404, 422) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { user } = await mayChange(c, id);
      const r = await reportProgress(c.get('store').db, id, c.req.valid('json'), user.name);
      return c.json({ ...r, late: isLateReport(r.month, r.reportedAt) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/units/{code}/items',
      tags: ['work'],
      summary:
        'The work items concerning a unit: listed with it, its city, or (a city) its counties',
      request: {
        params: z.object({ code: z.string().regex(/^\d{6}$/, 'a 6-digit unit code') }),
        query: z.object({ asOf: DateQuery }),
      },
      responses: {
        200: json(z.array(WorkItemView), 'Items'),
        ...errors(401, 404, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      requireUser(c);
      const db = c.get('store').db;
      const { code } = c.req.valid('param');
      if (!(await unitExists(db, code)))
        throw new ApiError(404, 'request.not-found', `there is no unit ${code}`, 'code');
      const items = await listWorkItems(db, {
        unit: code,
        asOf: c.req.valid('query').asOf,
        forecasts: workForecasts(c),
      });
      return c.json(
        items.map((v) => localised(v, c.get('lang'))),
        200,
      );
    },
  );
}
