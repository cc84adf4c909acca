import { sql } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';
import { columns } from '../../platform/db/migrate.ts';

export const assembliesMigration: LifeboatMigration = {
  name: '0007-assemblies',
  async up(db, dialect) {
    await db.schema
      .createTable('cloud_assemblies')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('cloud_type', 'text', (c) => c.notNull())
      .addColumn('cloud_connection_id', 'bigint', (c) => c.notNull().references('cloud_connections.id'))
      .addColumn('source_region', 'text', (c) => c.notNull())
      .addColumn('resource_filter', 'text', (c) => c.notNull())
      .addColumn('allow_cross_region_recovery', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('replica_regions', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_message', 'text')
      .addColumn('running_protection_id', 'text')
      .addColumn('last_protection_id', 'text')
      .addColumn('last_protection_status', 'text')
      .addColumn('last_protection_at', 'bigint')
      .addColumn('last_successful_protection_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('deleted_at', 'bigint')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addForeignKeyConstraint('cloud_assemblies_project_fk', ['account_id', 'project_id'], 'projects', ['account_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();
    await db.schema
      .createIndex('cloud_assemblies_name_unique')
      .on('cloud_assemblies')
      .columns(['account_id', 'project_id', 'name'])
      .unique()
      .where(sql.ref('status'), '<>', 'deleted')
      .execute();
    await db.schema.createIndex('cloud_assemblies_connection').on('cloud_assemblies').column('cloud_connection_id').execute();
  },
};
