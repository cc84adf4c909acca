import { randomHex32 } from '../../platform/ids.ts';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** Clumio's template_permission_set, and the per-group secret that signs public template URLs (see tables.ts). */
export const connectionGroupsClientsMigration: LifeboatMigration = {
  name: '0019-connection-groups-clients',
  async up(db) {
    await db.schema.alterTable('connection_groups').addColumn('template_permission_set', 'text').execute();
    await db.schema.alterTable('connection_groups').addColumn('template_url_secret', 'text', (c) => c.notNull().defaultTo('')).execute();
    // Every existing group gets a secret of its own; an empty one would sign nothing worth trusting.
    const rows = await db.selectFrom('connection_groups').select('id').execute();
    for (const row of rows) {
      await db.updateTable('connection_groups').set({ template_url_secret: randomHex32() }).where('id', '=', row.id).execute();
    }
  },
};
