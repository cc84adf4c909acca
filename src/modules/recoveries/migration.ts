import type { LifeboatMigration } from '../../platform/db/migrate.ts';

export const recoveriesMigration: LifeboatMigration = {
  name: '0013-recoveries',
  async up(db) {
    await db.schema
      .createTable('recoveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('project_id', 'text', (c) => c.notNull())
      .addColumn('assembly_id', 'bigint', (c) => c.notNull().references('cloud_assemblies.id'))
      .addColumn('protection_id', 'text', (c) => c.notNull().references('protections.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('resource_filter', 'text', (c) => c.notNull())
      .addColumn('target_connection_id', 'bigint', (c) => c.notNull())
      .addColumn('target_region', 'text', (c) => c.notNull())
      .addColumn('target_zone', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('status_message', 'text')
      .addColumn('running_slot', 'bigint')
      .addColumn('cancel_requested', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('resource_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('recovered_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('mapped_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reset_after_minutes', 'integer')
      .addColumn('reset_due_at', 'bigint')
      .addColumn('reset_status', 'text')
      .addColumn('reset_message', 'text')
      .addColumn('reset_requested_at', 'bigint')
      .addColumn('reset_requested_by', 'text')
      .addColumn('reset_finished_at', 'bigint')
      .addColumn('reset_deleted_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('started_at', 'bigint')
      .addColumn('finished_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('recoveries_timeline').on('recoveries').columns(['assembly_id', 'created_at']).execute();
    // One pending or running recovery per assembly, however many API nodes start one at once (NULLs never clash).
    await db.schema.createIndex('recoveries_one_running').on('recoveries').column('running_slot').unique().execute();
    // What the reset sweep looks for: due automatic resets and stalled ones.
    await db.schema.createIndex('recoveries_reset_due').on('recoveries').columns(['reset_status', 'reset_due_at']).execute();
    await db.schema
      .createTable('recovery_resources')
      .addColumn('recovery_id', 'text', (c) => c.notNull().references('recoveries.id').onDelete('cascade'))
      .addColumn('source_resource_id', 'text', (c) => c.notNull())
      .addColumn('source_region', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('configuration', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('dependencies', 'text', (c) => c.notNull())
      .addColumn('snapshot_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('recovered_resource_id', 'text')
      .addColumn('recovered_arn', 'text')
      .addColumn('error', 'text')
      .addPrimaryKeyConstraint('recovery_resources_pk', ['recovery_id', 'source_resource_id'])
      .execute();
    // "The next pending ones of this level, in id order" (the run) and "the recovered ones of this level" (the reset).
    await db.schema.createIndex('recovery_resources_work').on('recovery_resources').columns(['recovery_id', 'status', 'level', 'source_resource_id']).execute();
  },
};
