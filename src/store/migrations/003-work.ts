// The task-force work system: the member departments, work items on four lists with the
// departments and units they concern, milestones, monthly progress reports (revised, never
// overwritten), and every earlier version of an item. Users get a department.

import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { idColumn } from './columns.ts';

/** Builds the migration for one back end. */
export function work(dialect: Dialect): Migration {
  const withId = idColumn(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('users').addColumn('department_id', 'text').execute();
      await db.schema
        .createTable('departments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('sort', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('work_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('list', 'text', (c) => c.notNull())
        .addColumn('title_zh', 'text', (c) => c.notNull())
        .addColumn('title_en', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('lead_department', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('target_value', 'double precision')
        .addColumn('target_unit', 'text')
        .addColumn('target_baseline', 'double precision')
        .addColumn('target_direction', 'text')
        .addColumn('target_indicator', 'text')
        .addColumn('target_year', 'integer')
        .addColumn('planned_investment', 'double precision')
        .addColumn('completed_investment', 'double precision')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('supervised', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('work_items_lead')
        .on('work_items')
        .column('lead_department')
        .execute();
      await db.schema.createIndex('work_items_due').on('work_items').column('due_date').execute();
      await db.schema
        .createTable('item_departments')
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('department_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('item_departments_pk', ['item_id', 'department_id'])
        .execute();
      await db.schema
        .createIndex('item_departments_department')
        .on('item_departments')
        .column('department_id')
        .execute();
      await db.schema
        .createTable('item_units')
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('item_units_pk', ['item_id', 'unit_code'])
        .execute();
      await db.schema.createIndex('item_units_unit').on('item_units').column('unit_code').execute();
      await db.schema
        .createTable('milestones')
        .$call(withId)
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('done_date', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('milestones_item').on('milestones').column('item_id').execute();
      await db.schema
        .createTable('progress_reports')
        .$call(withId)
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('department_id', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision')
        .addColumn('share', 'double precision')
        .addColumn('investment', 'double precision')
        .addColumn('narrative', 'text', (c) => c.notNull())
        .addColumn('problems', 'text', (c) => c.notNull())
        .addColumn('help_needed', 'text', (c) => c.notNull())
        .addColumn('reported_at', 'text', (c) => c.notNull())
        .addColumn('reported_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('progress_reports_key')
        .on('progress_reports')
        .columns(['item_id', 'month', 'revision'])
        .unique()
        .execute();
      await db.schema
        .createTable('work_item_versions')
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('replaced_at', 'text', (c) => c.notNull())
        .addColumn('replaced_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('work_item_versions_pk', ['item_id', 'version'])
        .execute();
    },
  };
}
