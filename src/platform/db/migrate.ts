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
  await retryWhileAnotherSchemaDrops(async () => {
    const { error } = await (await migrator(db, dialect, migrations)).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
  });
}

/** True when every known migration has been applied (what /readyz reports). */
export async function migrationsApplied(db: Kysely<any>, dialect: DialectName, migrations: readonly LifeboatMigration[]): Promise<boolean> {
  const infos = await retryWhileAnotherSchemaDrops(async () => (await migrator(db, dialect, migrations)).getMigrations());
  return infos.every((info) => info.executedAt !== undefined);
}

const INVALID_SCHEMA_NAME = '3F000';
const DROP_RETRIES = 5;

/**
 * Kysely's migrator looks for its tables among those of every schema of the database (its introspection calls
 * pg_get_serial_sequence on each column). A schema that another process drops during that look-up (another Lifeboat's in
 * the same database, a test's) fails it with 3F000 "schema … does not exist", though ours is whole: ask again, a few
 * times. Our own schema missing fails the same way every time, and then the database's error is thrown.
 */
export async function retryWhileAnotherSchemaDrops<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= DROP_RETRIES || (error as { code?: unknown } | null)?.code !== INVALID_SCHEMA_NAME) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
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
  return new Migrator({ db, provider: provider(migrations, dialect), migrationTableSchema, nameComparator: byCodeUnit });
}

/**
 * Migration names ("0043-sim-resources-by-name") ordered by code unit, as Kysely orders the known ones. Its default
 * for the applied ones, localeCompare, builds an ICU collator on its first call: about 60 ms of every start's CPU
 * (a profile of `lifeboat serve`, 2026-12-06) for names that are plain ASCII.
 */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
