import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/**
 * The published Cloud Rewind assembly fields: `vpcId` (given, or the vpc filter's), the VPC the last protection's
 * selection lay in (derived), and the protection strategy with its options, stored as given.
 */
export const assembliesRewindMigration: LifeboatMigration = {
  name: '0034-assemblies-rewind',
  async up(db) {
    await db.schema.alterTable('cloud_assemblies').addColumn('vpc_id', 'text').execute();
    await db.schema.alterTable('cloud_assemblies').addColumn('selected_vpc_id', 'text').execute();
    await db.schema.alterTable('cloud_assemblies').addColumn('protection_strategy', 'text').execute();
    await db.schema.alterTable('cloud_assemblies').addColumn('protection_strategy_options', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  },
};
