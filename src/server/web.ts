// Serves the built dashboard (web/dist) beside the API: files by path, index.html for any other
// page (the app routes in the browser). Paths cannot leave the folder.

import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { bytesBody } from './answer.ts';

/** Where `npm run build:web` puts the dashboard. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function webRoutes(app: OpenAPIHono<AppEnv>, root = WEB_ROOT): void {
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next();
    if (!existsSync(join(root, 'index.html'))) {
      return c.html(
        '<!doctype html><meta charset="utf-8"><title>gapscope</title><p>The dashboard is not built: run <code>npm run build:web</code>. The API is at <a href="/api/docs">/api/docs</a>.</p>',
        503,
      );
    }
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(c.req.path)).replace(/^([/\\])+/, '');
    } catch {
      return c.notFound();
    }
    const file = join(root, rel);
    if (rel && file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      const s = await stat(file).catch(() => null);
      if (s?.isFile()) {
        // Hashed asset names never change: cache them for a year; everything else revalidates.
        const immutable = rel.startsWith('assets/');
        return c.body(bytesBody(await readFile(file)), 200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
      }
      if (extname(rel)) return c.notFound();
    }
    return c.body(bytesBody(await readFile(join(root, 'index.html'))), 200, {
      'content-type': TYPES['.html']!,
      'cache-control': 'no-cache',
    });
  });
}
