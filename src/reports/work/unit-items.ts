// The work items a county report lists: those that name the unit or its city, with their status
// today.

import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { listWorkItems, today } from '../../store/work-items.ts';
import type { WorkItemLine } from '../brief/model.ts';
import type { Lang } from '../i18n/index.ts';
import { departmentNames, workLine } from './lines.ts';

/** The unit's items (overdue and at risk first, then by due date); null when the store has none. */
export async function unitWorkItems(
  db: Kysely<Database>,
  unit: string,
  lang: Lang,
): Promise<WorkItemLine[] | null> {
  const any = await db.selectFrom('work_items').select('id').limit(1).executeTakeFirst();
  if (!any) return null;
  const departments = await departmentNames(db, lang);
  const order = ['overdue', 'at-risk', 'not-started', 'on-track', 'done'];
  const items = await listWorkItems(db, { unit, asOf: today() });
  return items
    .sort(
      (a, b) =>
        order.indexOf(a.status.status) - order.indexOf(b.status.status) ||
        a.due.localeCompare(b.due) ||
        a.id.localeCompare(b.id),
    )
    .map((v) => workLine(v, departments, lang));
}
