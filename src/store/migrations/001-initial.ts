// The first schema: geography, frameworks, imports, observations with revisions, evaluations,
// users and the audit log. Written once for both back ends; `dialect` picks the id column type.

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { idColumn } from './columns.ts';

/** Builds the migration for one back end. */
export function initial(dialect: Dialect): Migration {
  const withId = idColumn(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('units')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('parent_code', 'text')
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text')
        .addColumn('valid_to', 'text')
        .execute();
      await db.schema
        .createTable('unit_succession')
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('successor', 'text', (c) => c.notNull())
        .addColumn('share', 'double precision', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('unit_succession_pk', ['code', 'successor'])
        .execute();
      await db.schema
        .createTable('groups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('group_members')
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text')
        .addColumn('valid_to', 'text')
        .execute();
      await db.schema
        .createIndex('group_members_group')
        .on('group_members')
        .columns(['group_id', 'unit_code'])
        .execute();
      await db.schema
        .createTable('frameworks')
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('frameworks_pk', ['id', 'version'])
        .execute();
      await db.schema
        .createTable('imports')
        .$call(withId)
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_hash', 'text', (c) => c.notNull())
        .addColumn('framework_id', 'text', (c) => c.notNull())
        .addColumn('framework_version', 'text', (c) => c.notNull())
        .addColumn('user_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('row_count', 'integer', (c) => c.notNull())
        .addColumn('added', 'integer', (c) => c.notNull())
        .addColumn('revised', 'integer', (c) => c.notNull())
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('imports_hash').on('imports').column('file_hash').execute();
      await db.schema
        .createTable('observations')
        .$call(withId)
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('series', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('import_id', 'integer', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('observations_key')
        .on('observations')
        .columns(['unit_code', 'series', 'period', 'revision'])
        .unique()
        .execute();
      await db.schema
        .createIndex('observations_import')
        .on('observations')
        .column('import_id')
        .execute();
      await db.schema
        .createTable('current_observations')
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('series', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('observation_id', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('current_observations_pk', ['unit_code', 'series', 'period'])
        .execute();
      await db.schema
        .createTable('evaluations')
        .$call(withId)
        .addColumn('framework_id', 'text', (c) => c.notNull())
        .addColumn('framework_version', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text', (c) => c.notNull())
        .addColumn('config', 'text', (c) => c.notNull())
        .addColumn('inputs_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('software_version', 'text', (c) => c.notNull())
        .addColumn('results', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .$call(withId)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('scope', 'text')
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit_log')
        .$call(withId)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_key', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema
        .createIndex('audit_entity')
        .on('audit_log')
        .columns(['entity', 'entity_key'])
        .execute();
    },
  };
}
