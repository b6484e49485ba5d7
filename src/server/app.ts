// The HTTP API: one Hono app over a store. Every request is identified (session cookie or API
// token), limited in size and time, answered with security headers, logged, and every error is
// JSON in the caller's language. The app keeps no state another instance would need.

import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { langFrom } from '../i18n/index.ts';
import { storeUrl, type Store } from '../store/connect.ts';
import { checkAnswers } from './answer-check.ts';
import { ResultCache } from './cache.ts';
import { docsRoutes } from './docs.ts';
import type { AppEnv, ServerOptions } from './env.ts';
import { jobLimits } from './jobs/limits.ts';
import { JobPool } from './jobs/pool.ts';
import { spawnJobWorker } from './jobs/spawn.ts';
import { identify } from './middleware/auth.ts';
import { ApiError, problem, toApiError } from './problem.ts';
import { adminRoutes } from './routes/admin.ts';
import { dataRoutes } from './routes/data.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { frameworkRoutes } from './routes/frameworks.ts';
import { gapSeriesRoutes } from './routes/gaps-series.ts';
import { geographyRoutes } from './routes/geography.ts';
import { healthRoutes } from './routes/health.ts';
import { gapRoutes } from './routes/gaps.ts';
import { profileRoutes } from './routes/profile.ts';
import { uncertaintyRoutes } from './routes/uncertainty.ts';
import { whatIfRoutes } from './routes/whatif.ts';
import { reportRoutes } from './routes/reports.ts';
import { mapValueRoutes } from './routes/map-values.ts';
import { sessionRoutes } from './routes/session.ts';
import { targetRoutes } from './routes/targets.ts';
import { templateRoutes } from './routes/template.ts';
import { workRoutes } from './routes/work.ts';
import { webRoutes } from './web.ts';

export const DEFAULT_OPTIONS: ServerOptions = {
  publicRead: false,
  secureCookies: false,
  maxUpload: 50 * 2 ** 20,
  timeoutMs: 60_000,
};

const JSON_LIMIT = 2 * 2 ** 20;

/** The worker pool for an app over `store` (its threads start with the first job). */
export function createJobPool(
  store: Store,
  logger: Logger,
  options: Partial<ServerOptions> = {},
): JobPool {
  return new JobPool(spawnJobWorker, jobLimits(options.jobs), storeUrl(store), logger);
}

/** Builds the app over an open store; its heavy work runs in `jobs` (whose owner closes it). */
export function createApp(
  store: Store,
  logger: Logger,
  options: Partial<ServerOptions> = {},
  jobs: JobPool = createJobPool(store, logger, options),
): OpenAPIHono<AppEnv> {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const cache = new ResultCache();
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues;
        const first = issues[0];
        const field = first ? first.path.join('.') || null : null;
        const details = issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
        return problem(
          c,
          new ApiError(422, 'request.invalid', details[0] ?? 'invalid request', field, details),
        );
      }
    },
  });

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('store', store);
    c.set('options', opts);
    c.set('logger', logger);
    c.set('cache', cache);
    c.set('jobs', jobs);
    c.set('lang', langFrom(c.req.header('accept-language')));
    await next();
    logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        user: c.get('user')?.name,
      },
      'request',
    );
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use(
    '/api/*',
    timeout(opts.timeoutMs, () => new HTTPException(504, { message: 'timeout' })),
  );
  // Too large: answered at once with "Connection: close", since the rest of the body is unread.
  const tooLarge = (limit: number, what: string) => (c: Context<AppEnv>) => {
    const res = problem(
      c,
      new ApiError(413, 'request.too-large', `${what} are limited to ${limit} bytes`),
    );
    res.headers.set('connection', 'close');
    return res;
  };
  const uploadLimit = bodyLimit({
    maxSize: opts.maxUpload + 64 * 1024,
    onError: tooLarge(opts.maxUpload, 'uploads'),
  });
  const jsonLimit = bodyLimit({
    maxSize: JSON_LIMIT,
    onError: tooLarge(JSON_LIMIT, 'request bodies'),
  });
  app.use('/api/*', (c, next) =>
    c.req.path === '/api/imports' || c.req.path === '/api/items/import'
      ? uploadLimit(c, next)
      : jsonLimit(c, next),
  );
  app.use('/api/*', identify);
  if (opts.checkAnswers ?? process.env.GAPSCOPE_CHECK_ANSWERS === '1')
    app.use('/api/*', checkAnswers(app));

  healthRoutes(app);
  sessionRoutes(app);
  geographyRoutes(app);
  frameworkRoutes(app);
  dataRoutes(app);
  templateRoutes(app);
  evaluationRoutes(app);
  gapRoutes(app);
  profileRoutes(app);
  whatIfRoutes(app);
  uncertaintyRoutes(app);
  reportRoutes(app);
  workRoutes(app);
  gapSeriesRoutes(app);
  mapValueRoutes(app);
  targetRoutes(app);
  adminRoutes(app);
  docsRoutes(app);
  webRoutes(app, opts.webRoot);

  app.notFound((c) =>
    problem(c, new ApiError(404, 'request.not-found', `no ${c.req.method} ${c.req.path}`)),
  );
  app.onError((err, c) => {
    let e: ApiError;
    if (err instanceof HTTPException) {
      e =
        err.status === 504
          ? new ApiError(504, 'request.timeout')
          : err.status === 413
            ? new ApiError(413, 'request.too-large')
            : new ApiError(400, 'request.invalid', err.message);
    } else if (err instanceof SyntaxError) {
      e = new ApiError(422, 'request.invalid', 'the body is not valid JSON', 'body');
    } else e = toApiError(err);
    if (e.status >= 500) logger.error({ err, path: c.req.path }, 'request failed');
    return problem(c, e);
  });
  return app;
}
