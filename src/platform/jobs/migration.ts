import { sql } from 'kysely';
import { columns, type LifeboatMigration } from '../db/migrate.ts';

/** Creates the jobs table (see tables.ts for what each column means). */
export const jobsMigration: LifeboatMigration = {
  name: '0002-jobs',
  async up(db, dialect) {
    await db.schema
      .createTable('jobs')
      // SQLite: `integer primary key autoincrement` so ids are never reused after a delete.
      .addColumn('id', columns.id(dialect), (col) => (dialect === 'sqlite' ? col.primaryKey().autoIncrement() : col.primaryKey()))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('payload', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'running', 'succeeded', 'failed')`))
      .addColumn('key', 'text')
      .addColumn('run_at', 'bigint', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (col) => col.notNull().check(sql`max_attempts >= 1`))
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', 'bigint')
      .addColumn('progress', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .addColumn('finished_at', 'bigint')
      .execute();

    // The claim query's filter: pending rows by run_at, and running rows (expired leases).
    await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();

    // One live job per key. Partial, so finished jobs keep their key for the record without blocking
    // the next one; both databases accept this form and `ON CONFLICT DO NOTHING` honours it.
    await db.schema
      .createIndex('jobs_live_key')
      .on('jobs')
      .column('key')
      .unique()
      .where(sql.ref('status'), 'in', ['pending', 'running'])
      .execute();
  },
};
