// The audit log: who changed what, when, with the before and after.

import type { Kysely, Transaction } from 'kysely';
import type { AuditTable, Database } from './schema.ts';

/** One change to record. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  entity: string;
  key: string;
  before?: unknown;
  after?: unknown;
}

/** Writes an audit entry, inside the caller's transaction when given one. */
export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  e: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entity_key: e.key,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}

/** The audit log, newest first, optionally for one entity. */
export async function readAudit(
  db: Kysely<Database>,
  filter: { entity?: string; key?: string; limit?: number } = {},
): Promise<Omit<AuditTable, 'id'>[]> {
  let q = db
    .selectFrom('audit_log')
    .select(['at', 'actor', 'action', 'entity', 'entity_key', 'before', 'after']);
  if (filter.entity) q = q.where('entity', '=', filter.entity);
  if (filter.key) q = q.where('entity_key', '=', filter.key);
  return q
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 1000)
    .execute();
}
