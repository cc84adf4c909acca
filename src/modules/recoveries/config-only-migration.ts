import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** Configuration-only recoveries (Cloud Rewind's published "Config Only Recovery"): recoveries made before rebuilt data too. */
export const recoveryConfigOnlyMigration: LifeboatMigration = {
  name: '0035-recovery-config-only',
  async up(db) {
    await db.schema.alterTable('recoveries').addColumn('configuration_only', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },
};
