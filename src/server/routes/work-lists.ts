// Work-item lists as files through the API: the list (filtered) as XLSX or CSV, and a list file
// imported — checked row by row, then written whole or not at all (office and analysts).

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ListImport } from '../../api/work.ts';
import { exportWorkItems } from '../../store/work-items.ts';
import type { AppEnv } from '../env.ts';
import { runJob } from '../jobs/run.ts';
import { requireRole, requireUser } from '../middleware/auth.ts';
import { errors, JOB_ERRORS, json } from '../schemas.ts';
import { filterOf, FilterQuery } from '../work-schemas.ts';
import { workForecasts } from '../work-forecasts.ts';
import { uploadedBody } from '../upload.ts';
import { bytesBody } from '../answer.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The list routes; registered before /api/items/{id}, which would otherwise take "export". */
export function workListRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/items/export',
      tags: ['work'],
      summary: 'The items (filtered) as a list file, as they circulate: XLSX, or CSV',
      request: {
        query: FilterQuery.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
      },
      responses: {
        200: {
          description: 'The file: one row per item, Chinese headers, with a readme sheet',
          content: { [XLSX]: { schema: z.string() }, 'text/csv': { schema: z.string() } },
        },
        ...errors(401, 422),
      },
    }),
    async (c) => {
      requireUser(c);
      const q = c.req.valid('query');
      const bytes = await exportWorkItems(c.get('store').db, {
        ...filterOf(q),
        format: q.format,
        forecasts: workForecasts(c),
      });
      return c.body(bytesBody(bytes), 200, {
        'content-type': q.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
        'content-disposition': `attachment; filename="work-items.${q.format}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/items/import',
      tags: ['work'],
      summary:
        'Import a list file (XLSX or CSV): checked row by row, then written whole or not at all',
      description:
        'A row whose id is stored changes that item (its old version is kept); any other row is a new item. Every problem names its row and column.',
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
        200: json(ListImport, 'What the import did (or would do)'),
        ...errors(401, 403, 413, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      const user = requireRole(c, 'admin', 'analyst');
      const upload = await uploadedBody(c);
      // Taken apart, read, checked and written in a worker thread, on its own store connection.
      return c.json(
        await runJob(
          c,
          'list-import',
          {
            upload,
            maxUpload: c.get('options').maxUpload,
            user: user.name,
            dryRun: c.req.valid('query').dryRun === 'true',
          },
          { transfer: [upload.body.buffer as ArrayBuffer] },
        ),
        200,
      );
    },
  );
}
