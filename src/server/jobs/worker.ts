// A worker thread of the server's pool (the bundle's dist/server/job-worker.js): serves the jobs
// of tasks.ts until the pool closes it.

import { serveJobs } from './serve-jobs.ts';
import { TASKS } from './tasks.ts';

serveJobs(TASKS);
