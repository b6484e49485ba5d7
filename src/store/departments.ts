// The task force's member departments in the store: loaded from a list (the bundled one on init),
// read back in list order.

import type { Kysely } from 'kysely';
import type { Department, DepartmentKind } from '../core/tasks/types.ts';
import type { Database } from './schema.ts';

/** Writes departments that are not yet stored, in the given order (idempotent). */
export async function saveDepartments(
  db: Kysely<Database>,
  departments: readonly Department[],
): Promise<{ departments: number }> {
  await db.transaction().execute(async (trx) => {
    for (const [i, d] of departments.entries()) {
      await trx
        .insertInto('departments')
        .values({ id: d.id, name_zh: d.name.zh, name_en: d.name.en, kind: d.kind, sort: i + 1 })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  });
  return { departments: departments.length };
}

/** Every department, in list order. */
export async function listDepartments(db: Kysely<Database>): Promise<Department[]> {
  const rows = await db
    .selectFrom('departments')
    .selectAll()
    .orderBy('sort')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: { zh: r.name_zh, en: r.name_en },
    kind: r.kind as DepartmentKind,
  }));
}
