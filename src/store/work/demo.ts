// Loads the DEMO work items and their monthly progress reports (the bundled files, as ingest read
// them) into a store that has no work items yet (so an office's own items are never touched).
// Each demo report keeps the time it was made up to have been submitted, so lateness and "as of"
// statuses work on the demo.

import type { Kysely } from 'kysely';
import type { Table } from '../../core/data/table.ts';
import type { Database } from '../schema.ts';
import { importWorkItems, type ListImportReport } from './list-file.ts';
import { reportProgress } from './write.ts';

/** The demo work's two tables: the items (a list file) and their progress reports. */
export interface DemoWork {
  items: Table;
  /** item, month, value, share, investment, narrative, problems, help_needed, reported_at. */
  progress: Table;
}

const number = (t: string): number | null => (t === '' ? null : Number(t));

/** Loads the demo items and reports unless the store has work items; null when it had. */
export async function loadDemoWork(
  db: Kysely<Database>,
  user: string,
  demo: DemoWork,
): Promise<{ items: ListImportReport; reports: number } | null> {
  if (await db.selectFrom('work_items').select('id').limit(1).executeTakeFirst()) return null;
  const items = await importWorkItems(db, { table: demo.items, user });
  const table = demo.progress;
  const col = (name: string): number => table.header.indexOf(name);
  for (const r of table.rows) {
    const cell = (name: string): string => r[col(name)] ?? '';
    await reportProgress(
      db,
      cell('item'),
      {
        month: cell('month'),
        value: number(cell('value')),
        share: number(cell('share')),
        investment: number(cell('investment')),
        narrative: cell('narrative'),
        problems: cell('problems'),
        helpNeeded: cell('help_needed'),
      },
      user,
      { at: cell('reported_at') },
    );
  }
  return { items, reports: table.rows.length };
}
