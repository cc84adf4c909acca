import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** The simulated CloudFormation's stacks (see stacks-tables.ts). */
export const simStacksMigration: LifeboatMigration = {
  name: '0015-sim-stacks',
  async up(db) {
    await db.schema
      .createTable('sim_stacks')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('stack_name', 'text', (c) => c.notNull())
      .addColumn('stack_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('parameters', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('sim_stacks_pk', ['account_id', 'region', 'stack_name'])
      .execute();
  },
};

/** The reason a simulated stack failed, for DescribeStacks' StackStatusReason. */
export const simStacksReasonMigration: LifeboatMigration = {
  name: '0017-sim-stacks-reason',
  async up(db) {
    await db.schema.alterTable('sim_stacks').addColumn('status_reason', 'text').execute();
  },
};
