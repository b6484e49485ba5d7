// Units and groups in the store: loaded from a geography (the bundled one on init), read back for
// validation and evaluation.

import type { Kysely } from 'kysely';
import type { Geography, GroupDef, GroupMembership, Unit } from '../core/geography/units.ts';
import type { Database } from './schema.ts';

/** Writes a geography's units, groups and memberships, replacing none that exist (idempotent). */
export async function saveGeography(
  db: Kysely<Database>,
  geo: Geography,
): Promise<{ units: number }> {
  return db.transaction().execute(async (trx) => {
    for (const u of geo.units) {
      await trx
        .insertInto('units')
        .values({
          code: u.code,
          parent_code: u.parent,
          level: u.level,
          kind: u.kind,
          name_zh: u.name.zh,
          name_en: u.name.en,
          valid_from: u.validFrom,
          valid_to: u.validTo,
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    for (const g of geo.groups) {
      await trx
        .insertInto('groups')
        .values({ id: g.id, name_zh: g.name.zh, name_en: g.name.en, note: g.note ?? '' })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    const existing = await trx
      .selectFrom('group_members')
      .select(['group_id', 'unit_code', 'valid_from'])
      .execute();
    const have = new Set(existing.map((m) => `${m.group_id}|${m.unit_code}|${m.valid_from}`));
    for (const m of geo.memberships) {
      if (have.has(`${m.group}|${m.unit}|${m.validFrom}`)) continue;
      await trx
        .insertInto('group_members')
        .values({
          group_id: m.group,
          unit_code: m.unit,
          valid_from: m.validFrom,
          valid_to: m.validTo,
        })
        .execute();
    }
    return { units: geo.units.length };
  });
}

/** The stored units. */
export async function storedUnits(db: Kysely<Database>): Promise<Unit[]> {
  const rows = await db.selectFrom('units').selectAll().orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    parent: r.parent_code,
    level: r.level as Unit['level'],
    kind: r.kind as Unit['kind'],
    name: { zh: r.name_zh, en: r.name_en },
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}

/** True when the store has a unit with the code (retired ones included). */
export async function unitExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return !!(await db
    .selectFrom('units')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst());
}

/** The stored group definitions, by id. */
export async function storedGroups(db: Kysely<Database>): Promise<GroupDef[]> {
  const rows = await db.selectFrom('groups').selectAll().orderBy('id').execute();
  return rows.map((g) => ({ id: g.id, name: { zh: g.name_zh, en: g.name_en }, note: g.note }));
}

/** The stored group memberships. */
export async function storedMemberships(db: Kysely<Database>): Promise<GroupMembership[]> {
  const rows = await db.selectFrom('group_members').selectAll().execute();
  return rows.map((r) => ({
    group: r.group_id,
    unit: r.unit_code,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}

/** A unit and everything below it (a city's counties), for region scopes. */
export function unitsWithin(units: Unit[], root: string): Set<string> {
  const out = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parent && out.has(u.parent) && !out.has(u.code)) {
        out.add(u.code);
        grew = true;
      }
    }
  }
  return out;
}

/** The stored geography: units, group memberships and group definitions. */
export async function storedGeography(db: Kysely<Database>): Promise<Geography> {
  const [units, memberships, groups] = await Promise.all([
    storedUnits(db),
    storedMemberships(db),
    storedGroups(db),
  ]);
  return { units, memberships, groups };
}
