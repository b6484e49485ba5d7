// The OpenAPI document and browsable API docs (Swagger UI, served from its npm package, so no
// outside network is needed).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import swaggerUi from 'swagger-ui-dist';
import { SOFTWARE } from '../core/version.ts';
import type { AppEnv } from './env.ts';
import { bytesBody } from './answer.ts';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>gapscope API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', deepLinking: true });`;

export function docsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'gapscope API',
      version: SOFTWARE.version,
      description:
        'Measure and narrow the three gaps. Browsers sign in at POST /api/session (an httpOnly cookie; writes send the X-CSRF-Token it returns); machine clients send Authorization: Bearer <API token>. Errors are JSON: {error: {code, message, detail, field, details}}, the message in zh-CN or en by Accept-Language.',
    },
  });
  app.get('/api/docs', (c) => c.html(PAGE));
  app.get('/api/docs/init.js', (c) =>
    c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/api/docs/:asset', async (c) => {
    const asset = c.req.param('asset');
    const type = ASSETS[asset];
    if (!type) return c.notFound();
    const body = await readFile(join(swaggerUi.getAbsoluteFSPath(), asset));
    return c.body(bytesBody(body), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
