import { sql } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** The simulated AWS's snapshots, and the resource each snapshot call was about (see tables.ts). */
export const simSnapshotsMigration: LifeboatMigration = {
  name: '0010-sim-snapshots',
  async up(db) {
    await db.schema
      .createTable('sim_snapshots')
      .addColumn('snapshot_id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('sim_accounts.account_id').onDelete('cascade'))
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('resource_region', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('protection_id', 'text', (c) => c.notNull())
      .addColumn('source_snapshot_id', 'text')
      .addColumn('size_bytes', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('deleted_at', 'bigint')
      .execute();
    // The idempotency lookup every snapshot and copy makes. Unique among live rows, so two workers
    // racing on one protection step cannot both insert: the loser's insert does nothing and it reads
    // the winner's row. Deleted rows stay out of it, so a deleted snapshot can be taken again.
    await db.schema
      .createIndex('sim_snapshots_live_key')
      .on('sim_snapshots')
      .unique()
      .columns(['protection_id', 'resource_id', 'region', 'account_id'])
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();

    // No index on it: every call would pay for one, and only tests and the admin API count by resource.
    await db.schema.alterTable('sim_calls').addColumn('resource_id', 'text').execute();
  },
};
