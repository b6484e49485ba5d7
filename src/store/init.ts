// Prepares a new store with the geography, the framework and the departments it is handed (the
// bundled files, as ingest reads them: `readBundle()`), and the demo data when they are given.

import type { Kysely } from 'kysely';
import type { ObservationFile } from '../core/data/table.ts';
import type { Framework } from '../core/framework/schema.ts';
import type { Geography } from '../core/geography/units.ts';
import type { Department } from '../core/tasks/types.ts';
import { saveDepartments } from './departments.ts';
import { saveFramework } from './frameworks.ts';
import { saveGeography } from './geography.ts';
import { importObservations, type ImportReport } from './import.ts';
import type { Database } from './schema.ts';
import { loadDemoWork, type DemoWork } from './work/demo.ts';

/** What a new store starts with. */
export interface StoreBundle {
  geography: Geography;
  framework: Framework;
  /** The task force's member departments. */
  departments: Department[];
  /** The demo data (read against the geography and framework above) and work; absent: none. */
  demo?: { data: ObservationFile; work: DemoWork };
}

/** What init did. */
export interface InitReport {
  units: number;
  framework: string;
  demo: ImportReport | null;
  /** The task force's member departments. */
  departments: number;
  /** DEMO work items and progress reports loaded (null: not asked for, or the store had items). */
  demoWork: { items: number; reports: number } | null;
}

/**
 * Saves the bundle's geography, framework (published) and departments, and its demo data and
 * demo work items when it has them.
 */
export async function initStore(
  db: Kysely<Database>,
  bundle: StoreBundle,
  opts: { user?: string } = {},
): Promise<InitReport> {
  const user = opts.user ?? 'system';
  const { framework } = bundle;
  const { units } = await saveGeography(db, bundle.geography);
  await saveFramework(db, framework, { user, status: 'published' });
  const { departments } = await saveDepartments(db, bundle.departments);
  let demo: ImportReport | null = null;
  let demoWork: InitReport['demoWork'] = null;
  if (bundle.demo) {
    demo = await importObservations(db, { file: bundle.demo.data, user, framework });
    const work = await loadDemoWork(db, user, bundle.demo.work);
    if (work) demoWork = { items: work.items.created.length, reports: work.reports };
  }
  return {
    units,
    framework: `${framework.id}@${framework.version}`,
    demo,
    departments,
    demoWork,
  };
}

/** True when the store has no unit yet (a new file or database). */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  return !(await db.selectFrom('units').select('code').limit(1).executeTakeFirst());
}
