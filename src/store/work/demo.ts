// Loads the bundled DEMO work items and their monthly progress reports into a store that has no
// work items yet (so an office's own items are never touched). Each demo report keeps the time it
// was made up to have been submitted, so lateness and "as of" statuses work on the demo.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { BUNDLED } from '../../ingest/bundled.ts';
import { parseCsv } from '../../ingest/table.ts';
import { decodeText } from '../../ingest/text.ts';
import type { Database } from '../schema.ts';
import { importWorkItems, type ListImportReport } from './list-file.ts';
import { reportProgress } from './write.ts';

const number = (t: string): number | null => (t === '' ? null : Number(t));

/** Loads the demo items and reports unless the store has work items; null when it had. */
export async function loadDemoWork(
  db: Kysely<Database>,
  user: string,
): Promise<{ items: ListImportReport; reports: number } | null> {
  if (await db.selectFrom('work_items').select('id').limit(1).executeTakeFirst()) return null;
  const items = await importWorkItems(db, {
    fileName: basename(BUNDLED.demoWorkItems),
    bytes: await readFile(BUNDLED.demoWorkItems),
    user,
  });
  const table = parseCsv(
    decodeText(await readFile(BUNDLED.demoWorkProgress)),
    basename(BUNDLED.demoWorkProgress),
  );
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
