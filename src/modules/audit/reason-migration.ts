import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** Why a write was refused or failed: the error code and message the server answered (issue 20). Older events keep null. */
export const auditReasonMigration: LifeboatMigration = {
  name: '0040-audit-reasons',
  async up(db) {
    await db.schema.alterTable('audit_events').addColumn('reason_code', 'text').execute();
    await db.schema.alterTable('audit_events').addColumn('reason_message', 'text').execute();
  },
};
