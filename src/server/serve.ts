// Runs the API on a port: structured logs, graceful shutdown on SIGTERM/SIGINT (stop accepting,
// finish what is in flight, close the store), and the first administrator on a new store.

import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import type { Store } from '../store/connect.ts';
import { createApp } from './app.ts';
import type { ServerOptions } from './env.ts';

/** A running server; closing it stops the server, not the store (its owner closes that). */
export interface Running {
  port: number;
  close(): Promise<void>;
}

/** Starts the API over an open store. */
export async function startServer(
  store: Store,
  opts: { port: number; host?: string; logger?: Logger; options?: Partial<ServerOptions> },
): Promise<Running> {
  const logger = opts.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const app = createApp(store, logger, opts.options);
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
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      return closing;
    },
  };
}
