import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Where a benchmark's Lifeboat keeps its data: always a fresh folder, and a fresh schema on PostgreSQL. */
export interface BenchDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  readonly dataDir: string;
  /** For LIFEBOAT_DATABASE_URL: undefined on SQLite; on PostgreSQL the URL pins search_path to the fresh schema. */
  readonly databaseUrl: string | undefined;
  /** The schema, on PostgreSQL. */
  readonly schema: string | undefined;
  /** Drops the schema and removes the folder. */
  drop(): Promise<void>;
}

/**
 * SQLite in a temp folder by default; PostgreSQL when LIFEBOAT_DATABASE_URL is set, in a new schema of
 * that database (as test/helpers/stores.ts does), dropped at the end.
 */
export async function createBenchDatabase(serverUrl: string | undefined = process.env.LIFEBOAT_DATABASE_URL || undefined): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lifeboat-bench-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (!serverUrl) {
    return { dialect: 'sqlite', dataDir, databaseUrl: undefined, schema: undefined, drop: async () => removeDir() };
  }
  const schema = `bench_${path.basename(dataDir).replace(/[^a-zA-Z0-9]/g, '_').toLowerCase()}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await run(`CREATE SCHEMA "${schema}"`);
  } catch (error) {
    removeDir();
    throw error;
  }
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    dialect: 'postgres', dataDir, databaseUrl: url.toString(), schema,
    async drop() {
      try {
        await run(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        removeDir();
      }
    },
  };
}
