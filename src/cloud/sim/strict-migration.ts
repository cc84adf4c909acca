import { sql } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/**
 * The strict simulated AWS (issue 15): KMS keys and their grants, snapshot keys and shares, recovery
 * copies, per-account quotas and what a role's policy allows (see tables.ts for each column).
 */
export const simStrictMigration: LifeboatMigration = {
  name: '0020-sim-strict',
  async up(db) {
    await db.schema
      .createTable('sim_keys')
      .addColumn('key_arn', 'text', (c) => c.primaryKey())
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull().references('sim_accounts.account_id').onDelete('cascade'))
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('alias', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      // ensureKey's race: two callers insert the same alias, one wins, both read the winner.
      .addUniqueConstraint('sim_keys_alias', ['account_id', 'region', 'alias'])
      .execute();
    // One row per account a key policy lets use the key: adding accounts is an insert, never a lost update.
    await db.schema
      .createTable('sim_key_grants')
      .addColumn('key_arn', 'text', (c) => c.notNull().references('sim_keys.key_arn').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sim_key_grants_pk', ['key_arn', 'account_id'])
      .execute();

    await db.schema.alterTable('sim_snapshots').addColumn('kms_key_id', 'text').execute();
    await db.schema.alterTable('sim_snapshots').addColumn('recovery_copy', 'text').execute();
    // A recovery copy shares its source's protection, resource and region: the protection key covers
    // snapshots and cross-region copies only, and recovery copies get their own key.
    await db.schema.dropIndex('sim_snapshots_live_key').execute();
    await sql`create unique index sim_snapshots_live_key on sim_snapshots (protection_id, resource_id, region, account_id)
      where deleted_at is null and recovery_copy is null`.execute(db);
    await sql`create unique index sim_snapshots_recovery_copy on sim_snapshots (recovery_copy, resource_id, region, account_id)
      where deleted_at is null and recovery_copy is not null`.execute(db);
    await db.schema
      .createTable('sim_snapshot_shares')
      .addColumn('snapshot_id', 'text', (c) => c.notNull().references('sim_snapshots.snapshot_id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sim_snapshot_shares_pk', ['snapshot_id', 'account_id'])
      .execute();

    await db.schema
      .createTable('sim_quotas')
      .addColumn('account_id', 'text', (c) => c.notNull().references('sim_accounts.account_id').onDelete('cascade'))
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('quota', 'text', (c) => c.notNull())
      .addColumn('limit_value', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('sim_quotas_pk', ['account_id', 'region', 'quota'])
      .execute();

    await db.schema.alterTable('sim_roles').addColumn('actions', 'text').execute();
    await db.schema.alterTable('sim_roles').addColumn('regions', 'text').execute();
  },
};
