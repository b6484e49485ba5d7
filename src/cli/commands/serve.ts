// `gapscope serve`: the API (and the dashboard, when built) on the store.

import { nowIso } from '../../core/clock.ts';
import { parseArgs } from 'node:util';
import { parsePeriod } from '../../core/data/period.ts';
import { ResultCache } from '../../server/cache.ts';
import { jobLimits, parseWorkers } from '../../server/jobs/limits.ts';
import { liveEvaluation, liveInputs } from '../../server/live.ts';
import { startServer } from '../../server/serve.ts';
import type { Store } from '../../store/connect.ts';
import { listEvaluations, publishEvaluation } from '../../store/evaluations.ts';
import { ensureFirstAdmin } from '../../store/users.ts';
import { numberOption } from '../args.ts';
import type { CliIo } from '../io.ts';
import { openCliStore } from '../store.ts';

export const SERVE_HELP = `gapscope serve — the HTTP API on the store

  --port N        (default 8080, or PORT)
  --host H        (default 127.0.0.1; 0.0.0.0 to listen on every interface)
  --db URL        the store (default ./gapscope.db, or DATABASE_URL; created with the bundled
                  data on first start)
  --public        let anyone read published results, units and frameworks without signing in
                  (on a store with no published evaluation, the newest year is evaluated with
                  the default pipeline and published first, so the public sees a ranking)
  --secure-cookies  mark the session cookie Secure (when served over HTTPS)
  --workers N     worker threads for heavy work — imports, uncertainty and sensitivity runs,
                  what-if searches, PDF reports (default: the cores less one, at least 1; or
                  GAPSCOPE_WORKERS)

On a store without accounts an administrator "admin" is created and its one-time password
printed once. API documentation: http://HOST:PORT/api/docs
`;

/** Publishes the newest year's evaluation (default pipeline); returns its period, or null without data. */
async function publishNewestYear(store: Store, user: string): Promise<string | null> {
  const cache = new ResultCache();
  const periods = (await liveInputs(store, cache, null)).data.periods;
  const period = periods.filter((p) => parsePeriod(p).frequency === 'year').at(-1);
  if (!period) return null;
  const asOf = nowIso();
  await publishEvaluation(store.db, await liveEvaluation(store, cache, { period, asOf }), {
    user,
    asOf,
  });
  return period;
}

export async function runServe(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      public: { type: 'boolean' },
      'secure-cookies': { type: 'boolean' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(SERVE_HELP);
  // Checked before the store is opened: a wrong --workers or GAPSCOPE_WORKERS stops at once.
  const jobs = jobLimits({
    workers: v.workers === undefined ? undefined : parseWorkers(v.workers, '--workers'),
  });
  const store = await openCliStore(v.db, { init: true, stderr: io.stderr });
  const password = await ensureFirstAdmin(store.db);
  if (password)
    io.stderr(
      `gapscope: created the administrator "admin" with the one-time password ${password} — change it at first sign-in\n`,
    );
  if (v.public && !(await listEvaluations(store.db)).length) {
    const period = await publishNewestYear(store, io.user);
    if (period)
      io.stderr(
        `gapscope: published the evaluation of ${period} (default pipeline) for public readers\n`,
      );
  }
  const running = await startServer(store, {
    port: numberOption('port', v.port ?? process.env.PORT ?? '8080'),
    host: v.host,
    options: {
      publicRead: !!v.public,
      secureCookies: !!v['secure-cookies'],
      jobs,
    },
  });
  io.stderr(
    `gapscope: serving on http://${v.host ?? '127.0.0.1'}:${running.port} (the dashboard; API docs at /api/docs)\n` +
      (password
        ? ''
        : 'gapscope: sign in with your account (the first one is "admin", its one-time password printed when the store was created); more with gapscope user add\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      io.stderr('gapscope: shutting down…\n');
      void running
        .close()
        .then(() => store.close())
        .then(resolve);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
