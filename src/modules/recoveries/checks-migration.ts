import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** The pre-flight checks a recovery started with (one row per recovery; recoveries started before have none). */
export const recoveryChecksMigration: LifeboatMigration = {
  name: '0024-recovery-checks',
  async up(db) {
    await db.schema
      .createTable('recovery_checks')
      .addColumn('recovery_id', 'text', (c) => c.primaryKey().references('recoveries.id').onDelete('cascade'))
      .addColumn('forced', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('checks', 'text', (c) => c.notNull())
      .addColumn('checked_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
