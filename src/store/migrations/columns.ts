// Column helpers the migrations share.

import type { CreateTableBuilder } from 'kysely';
import type { Dialect } from '../dialect.ts';

/** Adds an auto-numbered integer primary key `id`, in each back end's own way. */
export function idColumn(dialect: Dialect) {
  return <T extends string>(t: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> =>
    dialect === 'postgres'
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
