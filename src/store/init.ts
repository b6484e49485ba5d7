// Prepares a new store with the bundled geography, the default framework and the demo data.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { BUNDLED } from '../ingest/bundled.ts';
import { loadDepartments } from '../ingest/departments.ts';
import { loadFramework } from '../ingest/framework-file.ts';
import { loadGeography } from '../ingest/geography.ts';
import { saveDepartments } from './departments.ts';
import { saveFramework } from './frameworks.ts';
import { saveGeography } from './geography.ts';
import { importFile, type ImportReport } from './import.ts';
import type { Database } from './schema.ts';
import { loadDemoWork } from './work/demo.ts';

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
 * Loads the bundled geography, framework and departments, and (unless `demo: false`) the demo
 * data and demo work items.
 */
export async function initStore(
  db: Kysely<Database>,
  opts: { user?: string; demo?: boolean } = {},
): Promise<InitReport> {
  const user = opts.user ?? 'system';
  const { units } = await saveGeography(db, loadGeography());
  const { framework } = await loadFramework(BUNDLED.framework);
  await saveFramework(db, framework, { user, status: 'published' });
  const { departments } = await saveDepartments(db, await loadDepartments(BUNDLED.departments));
  let demo: ImportReport | null = null;
  let demoWork: InitReport['demoWork'] = null;
  if (opts.demo !== false) {
    const bytes = await readFile(BUNDLED.demoData);
    demo = await importFile(db, { fileName: basename(BUNDLED.demoData), bytes, user, framework });
    const work = await loadDemoWork(db, user);
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
