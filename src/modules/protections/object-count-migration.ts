import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** How many objects a bucket's snapshot holds, as the cloud said when it took it; null for other kinds and before. */
export const protectionObjectCountMigration: LifeboatMigration = {
  name: '0030-protection-object-counts',
  async up(db) {
    await db.schema.alterTable('protection_resources').addColumn('snapshot_object_count', 'bigint').execute();
  },
};
