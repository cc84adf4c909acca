import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/**
 * Isolated drills: a recovery records its isolation, and each of its resources what the isolation dropped, the
 * plan's note and the source's ARN (so an ARN reference is mapped to the copy's). Recoveries made before kept
 * every reference, which is as-captured.
 */
export const recoveryIsolationMigration: LifeboatMigration = {
  name: '0023-recovery-isolation',
  async up(db) {
    await db.schema.alterTable('recoveries').addColumn('isolation', 'text', (c) => c.notNull().defaultTo('as-captured')).execute();
    await db.schema.alterTable('recovery_resources').addColumn('dropped_references', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    await db.schema.alterTable('recovery_resources').addColumn('note', 'text').execute();
    await db.schema.alterTable('recovery_resources').addColumn('source_arn', 'text').execute();
  },
};
