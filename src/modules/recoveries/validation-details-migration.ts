import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** What a webhook validator's receiver answered as `details`, kept on its check (JSON); checks before have none (null). */
export const recoveryValidationDetailsMigration: LifeboatMigration = {
  name: '0030-recovery-validation-details',
  async up(db) {
    await db.schema.alterTable('recovery_validation_checks').addColumn('details', 'text').execute();
  },
};
