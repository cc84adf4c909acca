import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type DialectName, type Store } from '../../src/platform/db/database.ts';

/** PostgreSQL runs only when LIFEBOAT_TEST_DATABASE_URL names a server (.ci/run sets it). */
export const TEST_PG_URL = process.env.LIFEBOAT_TEST_DATABASE_URL || undefined;

/** Every suite that touches the store runs once per entry. */
export const DIALECTS: readonly DialectName[] = TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  readonly dialect: DialectName;
  /** For the config: undefined on SQLite. On PostgreSQL the URL pins search_path to a fresh schema. */
  readonly databaseUrl: string | undefined;
  /** A fresh folder (SQLite's file lives here). */
  readonly dataDir: string;
  /** Drops the schema or the folder. */
  drop(): Promise<void>;
}

/** A fresh, empty database of the dialect: a temp folder for SQLite, a new schema on PostgreSQL. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-test-'));
  if (dialect === 'sqlite') {
    return { dialect, databaseUrl: undefined, dataDir, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (!TEST_PG_URL) throw new Error('LIFEBOAT_TEST_DATABASE_URL is not set');
  const schema = `t_${path.basename(dataDir).replace(/[^a-zA-Z0-9]/g, '_').toLowerCase()}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    dialect,
    databaseUrl: url.toString(),
    dataDir,
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a store on a test database. */
export function openTestStore<DB>(database: TestDatabase): Store<DB> {
  return openStore<DB>({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, poolSize: 5 });
}
