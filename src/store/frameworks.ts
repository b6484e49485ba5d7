// Frameworks in the store, versioned: a published version is immutable; a draft may be replaced.

import type { Kysely } from 'kysely';
import { GapscopeError } from '../core/errors.ts';
import { validateFramework } from '../core/framework/parse.ts';
import type { Framework } from '../core/framework/schema.ts';
import { canonicalJson } from '../core/provenance.ts';
import { audit } from './audit.ts';
import { now } from './clock.ts';
import type { Database } from './schema.ts';
import { sha256Hex } from './hash.ts';

/** A stored framework version. */
export interface StoredFramework {
  framework: Framework;
  status: 'draft' | 'published';
  hash: string;
  createdAt: string;
  createdBy: string;
}

/**
 * Saves a framework version. The same content again changes nothing; different content under a
 * published (id, version) is refused — publish a new version instead.
 */
export async function saveFramework(
  db: Kysely<Database>,
  framework: Framework,
  opts: { status?: 'draft' | 'published'; user: string; at?: string },
): Promise<'added' | 'unchanged' | 'replaced'> {
  const body = canonicalJson(framework);
  const hash = sha256Hex(body);
  const at = opts.at ?? now();
  const status = opts.status ?? 'published';
  return db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('frameworks')
      .selectAll()
      .where('id', '=', framework.id)
      .where('version', '=', framework.version)
      .executeTakeFirst();
    if (old && old.hash === hash && old.status === status) return 'unchanged';
    if (old?.status === 'published') {
      throw new GapscopeError(
        'framework.published',
        `framework ${framework.id} version ${framework.version} is published and cannot change; give the changed framework a new version`,
      );
    }
    const row = {
      id: framework.id,
      version: framework.version,
      body,
      hash,
      status,
      created_at: at,
      created_by: opts.user,
    };
    if (old) {
      await trx
        .updateTable('frameworks')
        .set(row)
        .where('id', '=', framework.id)
        .where('version', '=', framework.version)
        .execute();
    } else {
      await trx.insertInto('frameworks').values(row).execute();
    }
    await audit(trx, {
      at,
      actor: opts.user,
      action: old ? 'framework.replace' : 'framework.add',
      entity: 'framework',
      key: `${framework.id}@${framework.version}`,
      before: old ? { hash: old.hash, status: old.status } : undefined,
      after: { hash, status },
    });
    return old ? 'replaced' : 'added';
  });
}

/** A framework by id and version; without a version the newest published one (else the newest). */
export async function getFramework(
  db: Kysely<Database>,
  id?: string,
  version?: string,
): Promise<StoredFramework> {
  let q = db.selectFrom('frameworks').selectAll();
  if (id) q = q.where('id', '=', id);
  if (version) q = q.where('version', '=', version);
  const rows = await q.orderBy('created_at', 'desc').execute();
  const row = rows.find((r) => r.status === 'published') ?? rows[0];
  if (!row) {
    throw new GapscopeError(
      'framework.none',
      id
        ? `the store has no framework ${id}${version ? ` version ${version}` : ''}`
        : 'the store has no framework yet: run gapscope init, or import one',
    );
  }
  return {
    framework: validateFramework(JSON.parse(row.body), `${row.id}@${row.version}`),
    status: row.status,
    hash: row.hash,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** Every stored framework version, newest first. */
export async function listFrameworks(
  db: Kysely<Database>,
): Promise<{ id: string; version: string; status: string; createdAt: string }[]> {
  const rows = await db
    .selectFrom('frameworks')
    .select(['id', 'version', 'status', 'created_at'])
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    status: r.status,
    createdAt: r.created_at,
  }));
}
