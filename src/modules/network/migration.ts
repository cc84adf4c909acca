import type { CreateTableBuilder } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';
import { columns } from '../../platform/db/migrate.ts';
import type { DialectName } from '../../platform/db/database.ts';

/** The columns every network resource has (see tables.ts). */
function common(table: CreateTableBuilder<any, any>, dialect: DialectName): CreateTableBuilder<any, any> {
  return table
    .addColumn('seq', columns.id(dialect), (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('lb_project_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));
}

export const networkMigration: LifeboatMigration = {
  name: '0014-network',
  async up(db, dialect) {
    await common(db.schema.createTable('cc_cloud_connections'), dialect)
      .addColumn('admin_state_up', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('used_scene', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    await common(db.schema.createTable('cc_network_instances'), dialect)
      .addColumn('cloud_connection_id', 'text', (c) => c.notNull().references('cc_cloud_connections.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('instance_id', 'text', (c) => c.notNull())
      .addColumn('instance_domain_id', 'text')
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('region_id', 'text', (c) => c.notNull())
      .addColumn('cidrs', 'text', (c) => c.notNull())
      .addUniqueConstraint('cc_network_instances_loaded_once', ['cloud_connection_id', 'instance_id'])
      .execute();
    await common(db.schema.createTable('cc_bandwidth_packages'), dialect)
      .addColumn('local_area_id', 'text', (c) => c.notNull())
      .addColumn('remote_area_id', 'text', (c) => c.notNull())
      .addColumn('charge_mode', 'text', (c) => c.notNull())
      .addColumn('billing_mode', 'text', (c) => c.notNull())
      .addColumn('bandwidth', 'integer', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('interflow_mode', 'text', (c) => c.notNull())
      .addColumn('spec_code', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('resource_id', 'text', (c) => c.references('cc_cloud_connections.id'))
      .addColumn('resource_type', 'text')
      .addColumn('admin_state_up', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    await common(db.schema.createTable('cc_inter_region_bandwidths'), dialect)
      .addColumn('cloud_connection_id', 'text', (c) => c.notNull().references('cc_cloud_connections.id'))
      .addColumn('bandwidth_package_id', 'text', (c) => c.notNull().references('cc_bandwidth_packages.id'))
      .addColumn('bandwidth', 'integer', (c) => c.notNull())
      .addColumn('region_pair', 'text', (c) => c.notNull())
      .addColumn('inter_regions', 'text', (c) => c.notNull())
      .addUniqueConstraint('cc_inter_region_bandwidths_pair', ['cloud_connection_id', 'region_pair'])
      .execute();
    for (const table of ['cc_cloud_connections', 'cc_network_instances', 'cc_bandwidth_packages', 'cc_inter_region_bandwidths']) {
      await db.schema.createIndex(`${table}_account`).on(table).columns(['account_id', 'seq']).execute();
    }
    await db.schema.createIndex('cc_network_instances_connection').on('cc_network_instances').columns(['cloud_connection_id']).execute();
    await db.schema.createIndex('cc_bandwidth_packages_resource').on('cc_bandwidth_packages').columns(['resource_id']).execute();
    await db.schema.createIndex('cc_inter_region_bandwidths_package').on('cc_inter_region_bandwidths').columns(['bandwidth_package_id']).execute();
  },
};
