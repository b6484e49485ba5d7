// Reports as files: the monthly brief (PDF, or its XLSX annex) and the county report (PDF), made
// from the cached live evaluation of the store's data and the work items as they stand.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { GapscopeError } from '../../core/errors.ts';
import type { Evaluation } from '../../core/pipeline/evaluate.ts';
import { cachedTargets } from '../targets-result.ts';
import { workForecasts } from '../work-forecasts.ts';
import { briefData } from '../../reports/brief/build.ts';
import { REPORT_LANGS, type Lang } from '../../reports/i18n/index.ts';
import type { ReportSource } from '../../reports/source.ts';
import { unitReportData } from '../../reports/unit/build.ts';
import { briefWork, unitWork } from '../../store/work-items.ts';
import type { AppEnv } from '../env.ts';
import { runJob } from '../jobs/run.ts';
import { liveEvaluationObject, liveInputs } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { ApiError } from '../problem.ts';
import { errors, JOB_ERRORS, PeriodQuery } from '../schemas.ts';
import { bytesBody } from '../answer.ts';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Lang = z.enum(REPORT_LANGS).optional().openapi({
  description: 'zh-CN or en (default: from Accept-Language, else zh-CN)',
});

/** The live inputs as a report reads them, and its evaluation from the instance's cache. */
async function reportInputs(c: Context<AppEnv>): Promise<{
  source: ReportSource;
  evaluation: (period: string | undefined) => Promise<Evaluation>;
}> {
  const store = c.get('store');
  const cache = c.get('cache');
  return {
    source: await liveInputs(store, cache, null),
    evaluation: async (period) => (await liveEvaluationObject(store, cache, period)).ev,
  };
}

/** The report layer's errors with their HTTP status: a bad month or period, an unknown unit. */
function asApiError(e: unknown): unknown {
  if (!(e instanceof GapscopeError)) return e;
  if (e.code === 'report.unit') return new ApiError(404, e.code, e.message, 'code');
  if (e.code === 'report.month') return new ApiError(422, e.code, e.message, 'month');
  if (e.code === 'report.period') return new ApiError(422, e.code, e.message, 'period');
  if (e.code === 'report.font') return new ApiError(500, e.code, e.message);
  return e;
}

function bytes(c: Context<AppEnv>, body: Uint8Array, type: string, disposition: string): Response {
  return c.body(bytesBody(body), 200, {
    'content-type': type,
    'content-disposition': disposition,
  });
}

export function reportRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/reports/brief',
      tags: ['reports'],
      summary: 'The monthly brief for the task-force meeting, as PDF or its XLSX annex',
      description:
        'The index and its biggest movers, the three gaps and their change, the work items overdue or at risk by lead department, investment done against plan by list and by city, and the supervised items escalated for a decision. The PDF embeds its Chinese font; the annex has a sheet per section.',
      request: {
        query: z.object({
          month: z.string().openapi({ example: '2025-11', description: 'YYYY-MM' }),
          lang: Lang,
          format: z.enum(['pdf', 'xlsx']).default('pdf'),
          period: PeriodQuery,
        }),
      },
      responses: {
        200: {
          description: 'The brief (PDF) or its annex (XLSX)',
          content: { [PDF]: { schema: z.string() }, [XLSX]: { schema: z.string() } },
        },
        ...errors(401, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      requireUser(c);
      const q = c.req.valid('query');
      const lang: Lang = q.lang ?? c.get('lang');
      try {
        const { source, evaluation } = await reportInputs(c);
        const data = await briefData(source, {
          month: q.month,
          lang,
          period: q.period,
          evaluation,
          work: (month) => briefWork(c.get('store').db, month, { forecasts: workForecasts(c) }),
          // The assessment made once per data version in the worker pool (targets-result.ts).
          targets: (year) => cachedTargets(c, { period: year }),
        });
        const name = `brief-${data.month}-${lang}`;
        // Rendered (pdfmake, ECharts' SVG, exceljs) in the worker pool.
        return q.format === 'xlsx'
          ? bytes(
              c,
              await runJob(c, 'brief-annex', data),
              XLSX,
              `attachment; filename="${name}.xlsx"`,
            )
          : bytes(c, await runJob(c, 'brief-pdf', data), PDF, `inline; filename="${name}.pdf"`);
      } catch (e) {
        throw asApiError(e);
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/reports/unit/{code}',
      tags: ['reports'],
      summary: 'The county report (一县一报告) of one unit, as PDF',
      description:
        'Score, rank and tier; domains against the province and the city; trend; weak points; every indicator against its target; peers; the work items that concern the unit.',
      request: {
        params: z.object({ code: z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'a unit code') }),
        query: z.object({ period: PeriodQuery, lang: Lang }),
      },
      responses: {
        200: { description: 'The report', content: { [PDF]: { schema: z.string() } } },
        ...errors(401, 404, 422, ...JOB_ERRORS),
      },
    }),
    async (c) => {
      requireUser(c);
      const { code } = c.req.valid('param');
      const q = c.req.valid('query');
      const lang: Lang = q.lang ?? c.get('lang');
      try {
        const { source, evaluation } = await reportInputs(c);
        const data = await unitReportData(source, {
          unit: code,
          lang,
          period: q.period,
          evaluation,
          work: (unit) => unitWork(c.get('store').db, unit, { forecasts: workForecasts(c) }),
        });
        return bytes(
          c,
          await runJob(c, 'unit-pdf', data),
          PDF,
          `inline; filename="report-${code}-${data.period}-${lang}.pdf"`,
        );
      } catch (e) {
        throw asApiError(e);
      }
    },
  );
}
