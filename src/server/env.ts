// What every request handler can reach: the store, the signed-in user, settings.

import type { Logger } from 'pino';
import type { Store } from '../store/connect.ts';
import type { User } from '../store/users.ts';
import type { Lang } from '../i18n/index.ts';
import type { ResultCache } from './cache.ts';
import type { JobLimits } from './jobs/limits.ts';
import type { JobPool } from './jobs/pool.ts';

/** Server settings. */
export interface ServerOptions {
  /** Anyone may read published results, units and frameworks without signing in. */
  publicRead: boolean;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies: boolean;
  /** Largest upload in bytes. */
  maxUpload: number;
  /** Longest a request may take, ms. */
  timeoutMs: number;
  /** The built dashboard's folder. */
  webRoot?: string;
  /**
   * Check every JSON answer against the schema its route declares, answering 500
   * `answer.contract` when it breaks it (answer-check.ts). Default: GAPSCOPE_CHECK_ANSWERS=1,
   * which the test suite sets; a server in use leaves it off.
   */
  checkAnswers?: boolean;
  /** The worker pool's limits (default: `jobLimits()`, GAPSCOPE_WORKERS for the threads). */
  jobs?: Partial<JobLimits>;
}

/** Hono's per-request variables. */
export interface AppEnv {
  Variables: {
    store: Store;
    options: ServerOptions;
    logger: Logger;
    cache: ResultCache;
    /** The worker pool that runs heavy work off the request thread. */
    jobs: JobPool;
    lang: Lang;
    user: User | null;
    /** How the user was recognised: a session cookie (writes need the CSRF token) or a bearer token. */
    via: 'session' | 'token' | null;
    csrf: string | null;
    sessionToken: string | null;
  };
}
