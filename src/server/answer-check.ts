// The contract held at run time: with `checkAnswers` on (the test suite turns it on for every
// server it starts), each JSON answer of a declared route is parsed with the schema the route
// declares for it (src/api/), and an answer that breaks it becomes a 500 `answer.contract` naming
// the route and every field at fault. So the whole suite checks the answers the dashboard reads.

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from './env.ts';
import { ApiError, problem } from './problem.ts';

/** A schema as the check uses it. */
interface Parser {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
}

const isParser = (v: unknown): v is Parser =>
  typeof v === 'object' && v !== null && typeof (v as Parser).safeParse === 'function';

/** The declared JSON schema of each route's 200 answer, by `METHOD /hono/:path`. */
export function answerSchemas(app: OpenAPIHono<AppEnv>): Map<string, Parser> {
  const out = new Map<string, Parser>();
  for (const d of app.openAPIRegistry.definitions) {
    if (d.type !== 'route') continue;
    const ok = d.route.responses['200'];
    const media = ok && 'content' in ok ? ok.content?.['application/json'] : undefined;
    const schema = media && 'schema' in media ? media.schema : undefined;
    if (!isParser(schema)) continue;
    const path = d.route.path.replace(/\{(\w+)\}/g, ':$1');
    out.set(`${d.route.method.toUpperCase()} ${path}`, schema);
  }
  return out;
}

/** The middleware that checks every JSON 200 answer of `app`'s declared routes (see above). */
export function checkAnswers(app: OpenAPIHono<AppEnv>): MiddlewareHandler<AppEnv> {
  let schemas: Map<string, Parser> | undefined;
  return async (c, next) => {
    await next();
    if (c.res.status !== 200 || !c.res.headers.get('content-type')?.includes('json')) return;
    schemas ??= answerSchemas(app);
    const route = matchedRoutes(c)
      .map((r) => `${r.method} ${r.path}`)
      .find((k) => schemas!.has(k));
    if (!route) return;
    const result = schemas.get(route)!.safeParse(await c.res.clone().json());
    if (result.success) return;
    const details = (result.error?.issues ?? []).map(
      (i) => `${i.path.map(String).join('.') || '(answer)'}: ${i.message}`,
    );
    c.res = problem(
      c,
      new ApiError(
        500,
        'answer.contract',
        `the answer of ${route} breaks its declared schema: ${details[0] ?? ''}`,
        null,
        details,
      ),
    );
  };
}
