import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/**
 * Resources by (type, resource_id): a recreate's name check (`assertNameFree`: is an S3 bucket of this name held
 * in another account or region?) reads by name across every account and region, which no index served, so
 * each bucket recreate scanned the whole of sim_resources (about 90 ms each at 100,000 resources on SQLite,
 * 18 minutes for an estate's 12,333 buckets; issue 19).
 */
export const simNameIndexMigration: LifeboatMigration = {
  name: '0043-sim-resources-by-name',
  async up(db) {
    await db.schema.createIndex('sim_resources_by_name').on('sim_resources').columns(['type', 'resource_id']).execute();
  },
};
