import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** recovery_transfers: how each data resource of a cross-account recovery crossed accounts (see tables.ts). */
export const recoveryTransfersMigration: LifeboatMigration = {
  name: '0021-recovery-transfers',
  async up(db) {
    await db.schema
      .createTable('recovery_transfers')
      .addColumn('recovery_id', 'text', (c) => c.notNull().references('recoveries.id').onDelete('cascade'))
      .addColumn('source_resource_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('snapshot_id', 'text', (c) => c.notNull())
      .addColumn('source_account_id', 'text', (c) => c.notNull())
      .addColumn('target_account_id', 'text', (c) => c.notNull())
      .addColumn('method', 'text')
      .addColumn('reason', 'text')
      .addColumn('source_kms_key_id', 'text')
      .addColumn('key_manager', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('step', 'text')
      .addColumn('share_key_arn', 'text')
      .addColumn('share_copy_id', 'text')
      .addColumn('target_key_arn', 'text')
      .addColumn('receive_copy_id', 'text')
      .addColumn('cleanup', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('recovery_transfers_pk', ['recovery_id', 'source_resource_id'])
      .execute();
  },
};
