import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudCallError } from '../../src/cloud/provider.ts';
import { SIM_MIGRATIONS, SimCloud, type SimTables } from '../../src/cloud/sim/index.ts';
import type { Store } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { createTestDatabase, DIALECTS, openTestStore, type TestDatabase } from '../helpers/stores.ts';
import { roleCredentials } from './sim-fixture.ts';

const production = roleCredentials('111111111111');
const discoverEc2 = { region: 'us-east-1', service: 'EC2' } as const;

// The sim caches its configuration per store (src/cloud/sim/config.ts). Two stores on one database stand for two
// Lifeboat processes or nodes: what one changes, the other's very next call must see.
for (const dialect of DIALECTS) {
  describe(`sim configuration seen across processes (${dialect})`, () => {
    let database: TestDatabase;
    let workerStore: Store<SimTables>;
    let adminStore: Store<SimTables>;
    let worker: SimCloud;
    let admin: SimCloud;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      workerStore = openTestStore<SimTables>(database);
      await migrateToLatest(workerStore.db, workerStore.dialect, [...SIM_MIGRATIONS]);
      adminStore = openTestStore<SimTables>(database);
      worker = new SimCloud(workerStore, { latencyMs: 0 });
      admin = new SimCloud(adminStore, { latencyMs: 0 });
      await admin.seedDemoEstate();
    });
    afterAll(async () => {
      await workerStore.close();
      await adminStore.close();
      await database.drop();
    });

    it('a fault, a role change and an unreachable account made elsewhere hit the next call', async () => {
      expect((await worker.verify(production)).status).toBe('success');

      const faultId = await admin.addFault({ operation: 'discover', errorCode: 'ThrottlingException' });
      await expect(worker.discover(production, discoverEc2)).rejects.toMatchObject({ cloudCode: 'ThrottlingException' });
      await admin.removeFault(faultId);
      expect((await worker.discover(production, discoverEc2)).resources.length).toBeGreaterThan(0);

      await admin.putRole({ accountId: '111111111111', roleName: 'LifeboatAccess', externalId: 'another-external-id' });
      expect(await worker.verify(production)).toMatchObject({ status: 'authentication-failed' });
      await admin.putRole({ accountId: '111111111111', roleName: 'LifeboatAccess', externalId: 'lifeboat-external-id' });
      expect((await worker.verify(production)).status).toBe('success');

      await admin.putAccount({ accountId: '111111111111', name: 'demo-production', reachable: false });
      expect(await worker.verify(production)).toMatchObject({ status: 'failed' });
      await admin.putAccount({ accountId: '111111111111', name: 'demo-production', reachable: true });
      expect((await worker.verify(production)).status).toBe('success');
    });

    it('a fault written straight into sim_faults is matched, and its last hit taken once', async () => {
      await sql`insert into sim_faults (operation, match, error_code, remaining, latency_ms, created_at)
        values ('releaseConnection', '{}', 'InternalError', 1, 0, 0)`.execute(adminStore.db);
      const error = await worker.releaseConnection(production).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(CloudCallError);
      expect(error).toMatchObject({ cloudCode: 'InternalError' });
      await expect(worker.releaseConnection(production)).resolves.toBeUndefined();
      expect(await admin.listFaults()).toEqual([]);
    });

    it('a quota lowered elsewhere is reported on the next call', async () => {
      const place = { accountId: '111111111111', region: 'us-east-1' };
      await admin.putQuota({ ...place, quota: 'vpcs', limit: 3 });
      const before = await worker.describeQuotas(production, { region: 'us-east-1' });
      expect(before.find((q) => q.quota === 'vpcs')?.limit).toBe(3);
      await admin.putQuota({ ...place, quota: 'vpcs', limit: 7 });
      const after = await worker.describeQuotas(production, { region: 'us-east-1' });
      expect(after.find((q) => q.quota === 'vpcs')?.limit).toBe(7);
    });

    it('a call with a current cache reads no version first (its call-log insert reports it), and still meets a fault added elsewhere', async () => {
      // Counts the top-level reads of sim_config_version (the insert's own `returning` subquery is not one).
      let versionReads = 0;
      const counting: KyselyPlugin = {
        transformQuery(args) {
          if (args.node.kind === 'SelectQueryNode' && JSON.stringify(args.node.from).includes('sim_config_version')) versionReads++;
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      const counted = new SimCloud({ ...workerStore, db: workerStore.db.withPlugin(counting) }, { latencyMs: 0 });
      await counted.discover(production, discoverEc2); // the first call has no cache yet: it reads the version
      versionReads = 0;
      for (let i = 0; i < 5; i++) await counted.discover(production, discoverEc2);
      expect(versionReads).toBe(0);

      const faultId = await admin.addFault({ operation: 'discover', errorCode: 'ThrottlingException' });
      await expect(counted.discover(production, discoverEc2)).rejects.toMatchObject({ cloudCode: 'ThrottlingException' });
      await admin.removeFault(faultId);
      expect((await counted.discover(production, discoverEc2)).resources.length).toBeGreaterThan(0);
    });

    it('logs every one of many calls made at once', async () => {
      const before = await admin.countCalls({ operation: 'releaseConnection' });
      await Promise.all(Array.from({ length: 40 }, () => worker.releaseConnection(production)));
      expect(await admin.countCalls({ operation: 'releaseConnection' })).toBe(before + 40);
      expect(await admin.countCalls({ operation: 'releaseConnection', accountId: '111111111111' })).toBeGreaterThanOrEqual(40);
    });
  });
}
