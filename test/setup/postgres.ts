// Vitest global setup: one PostgreSQL server for the whole run; tests get its URL by inject('pgUrl').

import type { TestProject } from 'vitest/node';
import { startPgCluster } from '../helpers/pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPgCluster();
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
