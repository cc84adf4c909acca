import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** How many objects a bucket's snapshot holds (the sim's own AWS Backup recovery point); null for other kinds and before. */
export const simObjectCountsMigration: LifeboatMigration = {
  name: '0030-sim-object-counts',
  async up(db) {
    await db.schema.alterTable('sim_snapshots').addColumn('object_count', 'bigint').execute();
  },
};
