// The two back ends the store runs on.

/** SQLite (embedded, one file) or PostgreSQL (server). */
export type Dialect = 'sqlite' | 'postgres';
