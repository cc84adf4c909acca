import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from './database.ts';

/** One schema step; `up` gets the dialect so a migration can choose a column type per database. */
export interface LifeboatMigration {
  readonly name: string;
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** Applies every migration not yet applied, in name order. Safe to run from several processes at once
 * (Kysely's migrator holds a lock row while it works). */
export async function migrateToLatest(db: Kysely<any>, dialect: DialectName, migrations: readonly LifeboatMigration[]): Promise<void> {
  const { error } = await (await migrator(db, dialect, migrations)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** True when every known migration has been applied (what /readyz reports). */
export async function migrationsApplied(db: Kysely<any>, dialect: DialectName, migrations: readonly LifeboatMigration[]): Promise<boolean> {
  const infos = await (await migrator(db, dialect, migrations)).getMigrations();
  return infos.every((info) => info.executedAt !== undefined);
}

/**
 * On PostgreSQL the migrator's bookkeeping tables are pinned to the connection's current schema: left
 * unpinned, Kysely finds another schema's kysely_migration tables in the same database and takes them for
 * its own (seen with several Lifeboat schemas in one database).
 */
async function migrator(db: Kysely<any>, dialect: DialectName, migrations: readonly LifeboatMigration[]): Promise<Migrator> {
  let migrationTableSchema: string | undefined;
  if (dialect === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  return new Migrator({ db, provider: provider(migrations, dialect), migrationTableSchema });
}

function provider(migrations: readonly LifeboatMigration[], dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      const all: Record<string, Migration> = {};
      for (const migration of migrations) all[migration.name] = { up: (kysely) => migration.up(kysely, dialect) };
      return all;
    },
  };
}

/** Column helpers for the few places where SQLite and PostgreSQL differ. */
export const columns = {
  /** An auto-assigned int64 primary key. */
  id(dialect: DialectName): 'integer' | 'bigserial' {
    return dialect === 'sqlite' ? 'integer' : 'bigserial';
  },
} as const;
