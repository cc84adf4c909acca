import type { DialectName, Store } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { SIM_MIGRATIONS, SimCloud, type SimCloudOptions, type SimTables } from '../../src/cloud/sim/index.ts';
import { simStacksMigration, simStacksReasonMigration } from '../../src/cloud/sim/stacks-migration.ts';
import type { SimStackTables } from '../../src/cloud/sim/stacks-tables.ts';
import type { CloudCredentials } from '../../src/cloud/provider.ts';
import { createTestDatabase, openTestStore } from '../helpers/stores.ts';

export interface SimFixture {
  readonly sim: SimCloud;
  /** With the simulated CloudFormation's tables too (deployStack needs them). */
  readonly store: Store<SimTables & SimStackTables>;
  close(): Promise<void>;
}

/** A fresh database of the dialect with the sim's tables and a SimCloud on it (no latency unless asked). */
export async function openSim(dialect: DialectName, options: SimCloudOptions = { latencyMs: 0 }): Promise<SimFixture> {
  const database = await createTestDatabase(dialect);
  const store = openTestStore<SimTables & SimStackTables>(database);
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
