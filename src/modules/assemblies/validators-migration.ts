import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** An assembly's own recovery validators (validators.ts); assemblies made before have none. */
export const assemblyValidatorsMigration: LifeboatMigration = {
  name: '0027-assembly-validators',
  async up(db) {
    await db.schema.alterTable('cloud_assemblies').addColumn('validators', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  },
};
