import { CompiledQuery, sql } from 'kysely';
import type { DialectName, Store } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { SIM_MIGRATIONS, SimCloud, type SimCloudOptions, type SimTables } from '../../src/cloud/sim/index.ts';
import { simStacksMigration, simStacksReasonMigration } from '../../src/cloud/sim/stacks-migration.ts';
import type { CloudCredentials } from '../../src/cloud/provider.ts';
import { createTestDatabase, openTestStore } from '../helpers/stores.ts';

export interface SimFixture {
  readonly sim: SimCloud;
  /** The simulated CloudFormation's tables are there too: narrow to SimStackTables for deployStack. */
  readonly store: Store<SimTables>;
  close(): Promise<void>;
}

/** A fresh database of the dialect with the sim's tables and a SimCloud on it (no latency unless asked). */
export async function openSim(dialect: DialectName, options: SimCloudOptions = { latencyMs: 0 }): Promise<SimFixture> {
  const database = await createTestDatabase(dialect);
  const store = openTestStore<SimTables>(database);
  await migrateToLatest(store.db, store.dialect, [...SIM_MIGRATIONS, simStacksMigration, simStacksReasonMigration]);
  return {
    sim: new SimCloud(store, options),
    store,
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}

export function roleCredentials(accountId: string, roleName = 'LifeboatAccess', externalId = 'lifeboat-external-id'): CloudCredentials {
  return { type: 'iam-role', roleArn: `arn:aws:iam::${accountId}:role/${roleName}`, externalId };
}

/**
 * The plan the database chooses for a query, as text: SQLite's EXPLAIN QUERY PLAN details, or PostgreSQL's EXPLAIN
 * with sequential scans discouraged (a test table of a few rows would be scanned whatever its indexes; this asks
 * for the plan a large one would get).
 */
export async function queryPlan(store: Store<SimTables>, query: CompiledQuery): Promise<string> {
  if (store.dialect === 'sqlite') {
    const rows = await store.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
    return rows.rows.map((r) => r.detail).join('\n');
  }
  return store.db.transaction().execute(async (tx) => {
    await sql`set local enable_seqscan = off`.execute(tx);
    const rows = await tx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]));
    return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}
