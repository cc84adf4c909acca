import { sql } from 'kysely';
import type { LifeboatMigration } from '../../platform/db/migrate.ts';

/** The tables whose rows make up the sim's configuration, cached in memory by config.ts. */
export const SIM_CONFIG_TABLES = ['sim_accounts', 'sim_roles', 'sim_access_keys', 'sim_faults', 'sim_settings', 'sim_quotas'] as const;

/**
 * A counter of changes to the sim's configuration (accounts, roles, access keys, faults, settings, quota
 * overrides), bumped by triggers on every insert, update and delete of those tables, whoever makes them: the
 * admin API in another process, a test writing rows directly, a fault's hit being used up. Each sim call
 * reads it (one primary-key read, or folded into the call log's insert) and reloads its cached configuration
 * only when it moved, so a change made anywhere is seen by the next call everywhere (issue 19).
 */
export const simConfigVersionMigration: LifeboatMigration = {
  name: '0038-sim-config-version',
  async up(db, dialect) {
    await db.schema
      .createTable('sim_config_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'bigint', (c) => c.notNull())
      .execute();
    await db.insertInto('sim_config_version').values({ id: 1, version: 1 }).execute();
    if (dialect === 'postgres') {
      await sql`create function sim_config_bump() returns trigger language plpgsql as $$
        begin
          update sim_config_version set version = version + 1 where id = 1;
          return null;
        end
      $$`.execute(db);
      // Per row, as on SQLite: a statement that changes nothing (a delete of a fault already gone) leaves the
      // counter alone, so a refused request writes nothing. TRUNCATE has only a per-statement trigger.
      for (const table of SIM_CONFIG_TABLES) {
        await sql`create trigger ${sql.raw(`${table}_config_bump`)} after insert or update or delete on ${sql.table(table)}
          for each row execute function sim_config_bump()`.execute(db);
        await sql`create trigger ${sql.raw(`${table}_config_bump_truncate`)} after truncate on ${sql.table(table)}
          for each statement execute function sim_config_bump()`.execute(db);
      }
      return;
    }
    for (const table of SIM_CONFIG_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        await sql`create trigger ${sql.raw(`${table}_config_bump_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
          begin update sim_config_version set version = version + 1 where id = 1; end`.execute(db);
      }
    }
  },
};
