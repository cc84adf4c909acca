import { sql } from 'kysely';
import { columns, type LifeboatMigration } from '../../platform/db/migrate.ts';

/** Connection groups and what their stacks reported (see tables.ts). */
export const connectionGroupsMigration: LifeboatMigration = {
  name: '0015-connection-groups',
  async up(db, dialect) {
    await db.schema
      .createTable('connection_groups')
      .addColumn('seq', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('account_native_id', 'text', (c) => c.notNull())
      .addColumn('master_aws_account_id', 'text', (c) => c.notNull())
      .addColumn('master_region', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('account_native_ids', 'text', (c) => c.notNull())
      .addColumn('asset_types', 'text', (c) => c.notNull())
      .addColumn('aws_regions', 'text', (c) => c.notNull())
      .addColumn('account_name', 'text')
      .addColumn('intended_account_native_ids', 'text')
      .addColumn('intended_asset_types', 'text')
      .addColumn('intended_aws_regions', 'text')
      .addColumn('intended_at', 'bigint')
      .addColumn('template_version', 'integer', (c) => c.notNull())
      .addColumn('installed_template_version', 'integer')
      .addColumn('stack_arn', 'text')
      .addColumn('stack_name', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('deleted_at', 'bigint')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    // One live group per account in a project: the loser of two racing creates gets a unique violation (409).
    await db.schema
      .createIndex('connection_groups_live_account')
      .on('connection_groups')
      .columns(['account_id', 'project_id', 'account_native_id'])
      .unique()
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
    await db.schema.createIndex('connection_groups_project').on('connection_groups').columns(['account_id', 'project_id', 'seq']).execute();

    await db.schema
      .createTable('connection_group_targets')
      .addColumn('group_id', 'text', (c) => c.notNull().references('connection_groups.id').onDelete('cascade'))
      .addColumn('account_native_id', 'text', (c) => c.notNull())
      .addColumn('aws_region', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('template_version', 'integer', (c) => c.notNull())
      .addColumn('role_arn', 'text')
      .addColumn('connection_id', 'bigint')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('connection_group_targets_pk', ['group_id', 'account_native_id', 'aws_region'])
      .execute();
  },
};
