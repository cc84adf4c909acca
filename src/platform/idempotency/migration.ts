import type { LifeboatMigration } from '../db/migrate.ts';

export const idempotencyMigration: LifeboatMigration = {
  name: '0006-idempotency',
  async up(db) {
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('account_id', 'bigint', (c) => c.notNull())
      .addColumn('operation', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status_code', 'integer', (c) => c.notNull())
      .addColumn('response', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['account_id', 'operation', 'key'])
      .execute();
  },
};
