// Runs the API on a port: structured logs, graceful shutdown on SIGTERM/SIGINT (stop accepting,
// finish what is in flight, close the store), and the first administrator on a new store.

import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import type { Store } from '../store/connect.ts';
import { createApp, createJobPool } from './app.ts';
import type { ServerOptions } from './env.ts';
import type { JobPool } from './jobs/pool.ts';

/**
 * A running server; closing it stops the server and then its worker pool, not the store (its
 * owner closes that).
 */
export interface Running {
  port: number;
  /** The worker pool of its heavy work. */
  jobs: JobPool;
  close(): Promise<void>;
}

/** Starts the API over an open store. */
export async function startServer(
  store: Store,
  opts: { port: number; host?: string; logger?: Logger; options?: Partial<ServerOptions> },
): Promise<Running> {
  const logger = opts.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const jobs = createJobPool(store, logger, opts.options);
  const app = createApp(store, logger, opts.options, jobs);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host ?? '127.0.0.1' }, () =>
      resolve(s),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  logger.info({ port, store: store.location }, 'listening');
  let closing: Promise<void> | null = null;
  return {
    port,
    jobs,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }).then(() => jobs.close());
      return closing;
    },
  };
}
