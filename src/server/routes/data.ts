// Observations: read now or as of a moment, the revision history, imports (checked in full,
// written whole or not at all, refused outside the importer's region) and exports.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ImportEntry, ImportReport, Observation, Revision } from '../../api/data.ts';
import { historyTable, observationsTable } from '../../export/exports.ts';
import { writeTable } from '../../export/table.ts';
import { parseMoment } from '../../store/clock.ts';
import { listImports } from '../../store/imports.ts';
import { history, readObservations } from '../../store/observations.ts';
import type { AppEnv } from '../env.ts';
import { runImport } from '../jobs/run.ts';
import { requireRole, requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, JOB_ERRORS, json, MomentQuery } from '../schemas.ts';
import { uploadedBody } from '../upload.ts';
import { bytesBody } from '../answer.ts';

const list = z
  .string()
  .max(4000)
  .regex(/^[A-Za-z0-9_.,-]*$/, 'comma-separated codes')
  .optional();
const split = (s: string | undefined): string[] | undefined =>
  s ? s.split(',').filter(Boolean) : undefined;

/** An "as of" query value as an ISO time, or a 422 naming the field. */
export function momentParam(text: string | undefined): string | null {
  if (!text) return null;
  const t = parseMoment(text);
  if (!t)
    throw new ApiError(422, 'request.invalid', `"${text}" is not a date or an ISO time`, 'asOf');
  return t;
}

export function dataRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/observations',
      tags: ['data'],
      summary: 'Observations as they stand now, or as of a moment',
      request: { query: z.object({ series: list, units: list, periods: list, asOf: MomentQuery }) },
      responses: {
        200: json(z.array(Observation), 'Observations by unit, series, period'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      requireUser(c);
      const q = c.req.valid('query');
      return c.json(
        await readObservations(c.get('store').db, {
          series: split(q.series),
          units: split(q.units),
          periods: split(q.periods),
          asOf: momentParam(q.asOf),
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/observations/history',
      tags: ['data'],
      summary: 'Every revision of the selected figures, with the file and user each came from',
      request: { query: z.object({ series: list, units: list, periods: list }) },
      responses: {
        200: json(z.array(Revision), 'Revisions'),
        ...errors(401, 422),
      },
    }),
    async (c) => {
      requireUser(c);
      const q = c.req.valid('query');
      return c.json(
        await history(c.get('store').db, {
          series: split(q.series),
          units: split(q.units),
          periods: split(q.periods),
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/imports',
      tags: ['data'],
      summary: 'Import a CSV or XLSX file: checked in full, then written whole or not at all',
      description:
        'Region editors may import only their own unit and those below it; a file with other units is refused whole, listing the rows.',
      request: {
        query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
        body: {
          content: {
            'multipart/form-data': {
              schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(ImportReport, 'What the import did (or would do)'),
        ...errors(401, 403, 413, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      const user = requireRole(c, 'admin', 'analyst', 'region');
      // Taken apart, read, checked and written in a worker thread, on its own store connection.
      const report = await runImport(c, {
        upload: await uploadedBody(c),
        maxUpload: c.get('options').maxUpload,
        user: user.name,
        scope: user.role === 'region' ? user.scope : null,
        dryRun: c.req.valid('query').dryRun === 'true',
      });
      return c.json(report, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/imports',
      tags: ['data'],
      summary: 'Imports, newest first',
      responses: {
        200: json(z.array(ImportEntry), 'Imports'),
        ...errors(401),
      },
    }),
    async (c) => {
      requireUser(c);
      return c.json(await listImports(c.get('store').db, 500), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export/{what}',
      tags: ['data'],
      summary: 'Observations (now or as of) or the revision history as CSV or XLSX',
      request: {
        params: z.object({ what: z.enum(['observations', 'history']) }),
        query: z.object({
          format: z.enum(['csv', 'xlsx']).default('csv'),
          series: list,
          units: list,
          asOf: MomentQuery,
        }),
      },
      responses: {
        200: {
          description: 'The file',
          content: {
            'text/csv': { schema: z.string() },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string(),
            },
          },
        },
        ...errors(401, 422),
      },
    }),
    async (c) => {
      requireUser(c);
      const { what } = c.req.valid('param');
      const q = c.req.valid('query');
      const db = c.get('store').db;
      const filter = { series: split(q.series), units: split(q.units) };
      const t =
        what === 'history'
          ? historyTable(await history(db, filter))
          : observationsTable(await readObservations(db, { ...filter, asOf: momentParam(q.asOf) }));
      const bytes = await writeTable(q.format, t.header, t.rows, what);
      const type =
        q.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return c.body(bytesBody(bytes), 200, {
        'content-type': type,
        'content-disposition': `attachment; filename="${what}.${q.format}"`,
      });
    },
  );
}
