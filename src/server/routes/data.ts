// Observations: read now or as of a moment, the revision history, imports (checked in full,
// written whole or not at all, refused outside the importer's region) and exports.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { historyTable, observationsTable } from '../../export/exports.ts';
import { writeTable } from '../../export/table.ts';
import { parseMoment } from '../../store/clock.ts';
import { getFramework } from '../../store/frameworks.ts';
import { importFile } from '../../store/import.ts';
import { history, readObservations } from '../../store/observations.ts';
import type { AppEnv } from '../env.ts';
import { requireRole, requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, json, MomentQuery } from '../schemas.ts';
import { uploadedFile } from '../upload.ts';

const ObservationSchema = z
  .object({
    unit: z.string(),
    series: z.string(),
    period: z.string(),
    value: z.number(),
    revision: z.number().int(),
    status: z.string(),
    source: z.string(),
    note: z.string(),
    importId: z.number().int(),
    recordedAt: z.string(),
  })
  .openapi('Observation');

const ImportReportSchema = z
  .object({
    outcome: z.enum(['applied', 'dry-run', 'duplicate']),
    fileName: z.string(),
    fileHash: z.string(),
    importId: z.number().int().nullable(),
    rows: z.number().int(),
    added: z.number().int(),
    revised: z.number().int(),
    unchanged: z.number().int(),
    warnings: z.array(z.string()).describe('The first 200 warnings'),
    moreWarnings: z.number().int().describe('How many warnings there were beyond those listed'),
    encoding: z
      .string()
      .nullable()
      .describe(
        'How the file was read: ascii, utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, xlsx',
      ),
  })
  .openapi('ImportReport');

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
        200: json(z.array(ObservationSchema), 'Observations by unit, series, period'),
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
        200: json(
          z.array(ObservationSchema.extend({ fileName: z.string(), user: z.string() })),
          'Revisions',
        ),
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
        200: json(ImportReportSchema, 'What the import did (or would do)'),
        ...errors(401, 403, 413, 422),
      },
    }),
    async (c) => {
      const user = requireRole(c, 'admin', 'analyst', 'region');
      const file = await uploadedFile(c);
      const store = c.get('store');
      const { framework } = await getFramework(store.db);
      const report = await importFile(store.db, {
        fileName: file.name,
        bytes: file.bytes,
        user: user.name,
        framework,
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
        200: json(
          z.array(
            z.object({
              id: z.number(),
              fileName: z.string(),
              fileHash: z.string(),
              user: z.string(),
              at: z.string(),
              rows: z.number(),
              added: z.number(),
              revised: z.number(),
              unchanged: z.number(),
            }),
          ),
          'Imports',
        ),
        ...errors(401),
      },
    }),
    async (c) => {
      requireUser(c);
      const rows = await c
        .get('store')
        .db.selectFrom('imports')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      return c.json(
        rows.map((r) => ({
          id: Number(r.id),
          fileName: r.file_name,
          fileHash: r.file_hash,
          user: r.user_name,
          at: r.created_at,
          rows: Number(r.row_count),
          added: Number(r.added),
          revised: Number(r.revised),
          unchanged: Number(r.unchanged),
        })),
        200,
      );
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
      return c.body(bytes as unknown as ArrayBuffer, 200, {
        'content-type': type,
        'content-disposition': `attachment; filename="${what}.${q.format}"`,
      });
    },
  );
}
