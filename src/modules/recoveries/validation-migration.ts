import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/**
 * Recovery validation and measured RTO/RPO: the validation's status and when it passed, the recovery point's age
 * at the start, each resource's timing, and one row per validation check as it finishes (so a validation killed
 * half-way resumes at the first check without a row). Recoveries made before have no validation (null).
 */
export const recoveryValidationMigration: LifeboatMigration = {
  name: '0026-recovery-validation',
  async up(db) {
    await db.schema.alterTable('recoveries').addColumn('validation_status', 'text').execute();
    await db.schema.alterTable('recoveries').addColumn('validated_at', 'bigint').execute();
    await db.schema.alterTable('recoveries').addColumn('rpo_seconds', 'bigint').execute();
    await db.schema.alterTable('recovery_resources').addColumn('started_at', 'bigint').execute();
    await db.schema.alterTable('recovery_resources').addColumn('finished_at', 'bigint').execute();
    await db.schema.alterTable('recovery_resources').addColumn('ready_at', 'bigint').execute();
    await db.schema
      .createTable('recovery_validation_checks')
      .addColumn('recovery_id', 'text', (c) => c.notNull().references('recoveries.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('resource_ids', 'text', (c) => c.notNull())
      .addColumn('started_at', 'bigint', (c) => c.notNull())
      .addColumn('finished_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('recovery_validation_checks_pk', ['recovery_id', 'position'])
      .execute();
  },
};
