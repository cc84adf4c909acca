import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** Per-service-account AK/SK pairs for the network surface's SDK-HMAC-SHA256 signatures. */
export const accessKeysMigration: LifeboatMigration = {
  name: '0014-network-access-keys',
  async up(db) {
    await db.schema
      .createTable('access_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'bigint', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('service_account_id', 'bigint', (c) => c.notNull().references('service_accounts.id').onDelete('cascade'))
      .addColumn('secret_sealed', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_used_at', 'bigint')
      .execute();
    await db.schema.createIndex('access_keys_service_account').on('access_keys').columns(['service_account_id']).execute();
  },
};
