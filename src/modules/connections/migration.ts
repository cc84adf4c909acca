import { sql } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';
import { columns } from '../../platform/db/migrate.ts';

export const connectionsMigration: LifeboatMigration = {
  name: '0005-connections',
  async up(db, dialect) {
    await db.schema
      .createTable('cloud_connections')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_message', 'text')
      .addColumn('status_before_deletion', 'text')
      .addColumn('connectivity_status', 'text', (c) => c.notNull())
      .addColumn('connectivity_message', 'text')
      .addColumn('access_method', 'text', (c) => c.notNull())
      .addColumn('role_arn', 'text')
      .addColumn('access_key_id', 'text')
      .addColumn('secret_sealed', 'text')
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('aws_account_id', 'text')
      .addColumn('operational_regions', 'text', (c) => c.notNull())
      .addColumn('services', 'text', (c) => c.notNull())
      .addColumn('deletion_protection', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_verified_at', 'bigint')
      .addColumn('sync_status', 'text', (c) => c.notNull().defaultTo('idle'))
      .addColumn('sync_message', 'text')
      .addColumn('sync_generation', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_sync', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('deleted_at', 'bigint')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addForeignKeyConstraint('cloud_connections_project_fk', ['account_id', 'project_id'], 'projects', ['account_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();
    // A deleted connection keeps its row (readable as `deleted`) but frees its name.
    await db.schema
      .createIndex('cloud_connections_name_unique')
      .on('cloud_connections')
      .columns(['account_id', 'project_id', 'name'])
      .unique()
      .where(sql.ref('status'), '<>', 'deleted')
      .execute();
    await db.schema
      .createTable('inventory_resources')
      .addColumn('connection_id', 'bigint', (c) => c.notNull().references('cloud_connections.id').onDelete('cascade'))
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('arn', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('service', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('configuration', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('dependencies', 'text', (c) => c.notNull())
      .addColumn('generation', 'integer', (c) => c.notNull())
      .addColumn('discovered_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('inventory_resources_pk', ['connection_id', 'region', 'resource_id'])
      .execute();
    await db.schema.createIndex('inventory_resources_service').on('inventory_resources').columns(['connection_id', 'service', 'region']).execute();
  },
};
