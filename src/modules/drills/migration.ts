import type { LifeboatMigration } from '../../platform/db/migrate.ts';
import { columns } from '../../platform/db/migrate.ts';

export const drillPoliciesMigration: LifeboatMigration = {
  name: '0028-drill-policies',
  async up(db, dialect) {
    await db.schema
      .createTable('drill_policies')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('assembly_id', 'bigint', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('frequency_type', 'text', (c) => c.notNull())
      .addColumn('frequency_details', 'text', (c) => c.notNull())
      .addColumn('cron_expression', 'text')
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('recovery', 'text', (c) => c.notNull())
      .addColumn('reset_after_minutes', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('slots_from', 'bigint', (c) => c.notNull())
      .addColumn('last_slot_at', 'bigint')
      .addColumn('next_slot_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addForeignKeyConstraint('drill_policies_project_fk', ['account_id', 'project_id'], 'projects', ['account_id', 'id'], (c) => c.onDelete('cascade'))
      .execute();
    await db.schema.createIndex('drill_policies_name_unique').on('drill_policies').columns(['account_id', 'project_id', 'name']).unique().execute();
    await db.schema.createIndex('drill_policies_assembly').on('drill_policies').columns(['assembly_id', 'id']).execute();
    // The tick's work list: enabled policies whose next slot has come.
    await db.schema.createIndex('drill_policies_due').on('drill_policies').columns(['status', 'next_slot_at']).execute();

    await db.schema
      .createTable('drill_runs')
      .addColumn('id', columns.id(dialect), (c) => c.primaryKey())
      .addColumn('policy_id', 'bigint', (c) => c.notNull().references('drill_policies.id').onDelete('cascade'))
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('assembly_id', 'bigint', (c) => c.notNull())
      .addColumn('trigger', 'text', (c) => c.notNull())
      .addColumn('slot_at', 'bigint')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_message', 'text')
      .addColumn('recovery_id', 'text')
      .addColumn('recovery_status', 'text')
      .addColumn('validation_status', 'text')
      .addColumn('rto_seconds', 'integer')
      .addColumn('rpo_seconds', 'integer')
      .addColumn('reset_status', 'text')
      .addColumn('leftovers', 'integer')
      .addColumn('started_at', 'bigint')
      .addColumn('finished_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    // A slot makes one run, whatever the number of ticks racing (NULLs, the manual runs, are distinct).
    await db.schema.createIndex('drill_runs_slot_unique').on('drill_runs').columns(['policy_id', 'slot_at']).unique().execute();
    await db.schema.createIndex('drill_runs_policy').on('drill_runs').columns(['policy_id', 'id']).execute();
    // The tick's other work list: runs still waiting on their recovery.
    await db.schema.createIndex('drill_runs_open').on('drill_runs').columns(['status', 'id']).execute();
  },
};
