import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/**
 * A protection captures the dependency closure of its selection: each captured resource says whether the
 * filter selected it or it came in as a dependency (configuration only), and the protection counts the latter.
 * Rows captured before keep 'selected', which is what they were.
 */
export const protectionDependenciesMigration: LifeboatMigration = {
  name: '0022-protection-dependencies',
  async up(db) {
    await db.schema.alterTable('protection_resources').addColumn('capture_reason', 'text', (c) => c.notNull().defaultTo('selected')).execute();
    await db.schema.alterTable('protections').addColumn('dependency_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },
};
