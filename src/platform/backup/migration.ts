import type { LifeboatMigration } from '../db/migrate.ts';

/**
 * The scheduled catalog backups' claims (issue 23): one row per schedule slot, inserted if absent by the node that
 * takes that slot's backup, finished with its outcome. Every node reads the last outcome from here.
 * Bookkeeping of this instance, like the migrator's tables: not carried in a catalog archive (see catalog.ts).
 */
export const catalogBackupsMigration: LifeboatMigration = {
  name: '0042-catalog-backups',
  async up(db) {
    await db.schema
      .createTable('catalog_backups')
      .addColumn('slot_at', 'bigint', (c) => c.primaryKey())
      .addColumn('node', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'bigint', (c) => c.notNull())
      .addColumn('finished_at', 'bigint')
      .addColumn('outcome', 'text')
      .addColumn('detail', 'text')
      .addColumn('archive', 'text')
      .addColumn('rows', 'bigint')
      .addColumn('bytes', 'bigint')
      .execute();
  },
};
