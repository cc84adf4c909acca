import { sql } from 'kysely';
import { columns, type LifeboatMigration } from '../../platform/db/migrate.ts';

/** The simulated AWS's tables (see tables.ts for what each column means). */
export const simMigration: LifeboatMigration = {
  name: '0003-sim',
  async up(db, dialect) {
    // Discovery pages by resource_id; byte order keeps the page boundaries, and the order tests
    // expect, the same on both databases whatever the PostgreSQL database's default collation is.
    const resourceIdType = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;

    await db.schema
      .createTable('sim_accounts')
      .addColumn('account_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('reachable', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('sim_roles')
      .addColumn('account_id', 'text', (c) => c.notNull().references('sim_accounts.account_id').onDelete('cascade'))
      .addColumn('role_name', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text')
      .addPrimaryKeyConstraint('sim_roles_pk', ['account_id', 'role_name'])
      .execute();

    await db.schema
      .createTable('sim_access_keys')
      .addColumn('access_key_id', 'text', (c) => c.primaryKey())
      .addColumn('secret_access_key', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull().references('sim_accounts.account_id').onDelete('cascade'))
      .execute();

    await db.schema
      .createTable('sim_resources')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('sim_accounts.account_id').onDelete('cascade'))
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('resource_id', resourceIdType, (c) => c.notNull())
      .addColumn('arn', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('service', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('configuration', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('dependencies', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('sim_resources_natural_key', ['account_id', 'region', 'resource_id'])
      .execute();
    // Discovery's one query: account + region + service, then resource_id > cursor in order.
    await db.schema
      .createIndex('sim_resources_discovery')
      .on('sim_resources')
      .columns(['account_id', 'region', 'service', 'resource_id'])
      .execute();

    await db.schema
      .createTable('sim_faults')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('operation', 'text')
      .addColumn('match', 'text', (c) => c.notNull())
      .addColumn('error_code', 'text')
      .addColumn('remaining', 'integer')
      .addColumn('latency_ms', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sim_calls')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('operation', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text')
      .addColumn('region', 'text')
      .addColumn('service', 'text')
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sim_calls_operation').on('sim_calls').columns(['operation', 'account_id']).execute();

    await db.schema
      .createTable('sim_settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};
