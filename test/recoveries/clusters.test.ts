import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimResourceInput } from '../../src/cloud/sim/resources.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { createAssembly, createConnection, dbOf, DEMO_ACCOUNT, details, shopFilter, startProtection, waitForProtection, type Json } from '../protections/fixture.ts';
import { recover, recoveriesUrl, recoveryAccountConnection, RECOVERY_ACCOUNT, simResourceCount, startRecovery, taggedWith, waitForRecovery, waitForReset } from './fixture.ts';

/** An Aurora PostgreSQL cluster with a writer and a reader, in its own VPC of the demo account (apart from the shop's counts). */
const LEDGER: SimResourceInput[] = [
  { type: 'ec2:vpc', resourceId: 'vpc-0ledger0000000000', configuration: { cidrBlock: '10.40.0.0/16' } },
  { type: 'ec2:subnet', resourceId: 'subnet-0ledgera00000000', configuration: { vpcId: 'vpc-0ledger0000000000', cidrBlock: '10.40.1.0/24', availabilityZone: 'us-east-1a' }, dependencies: ['vpc-0ledger0000000000'] },
  { type: 'ec2:subnet', resourceId: 'subnet-0ledgerb00000000', configuration: { vpcId: 'vpc-0ledger0000000000', cidrBlock: '10.40.2.0/24', availabilityZone: 'us-east-1b' }, dependencies: ['vpc-0ledger0000000000'] },
  { type: 'ec2:security-group', resourceId: 'sg-0ledger000000000000', configuration: { vpcId: 'vpc-0ledger0000000000', groupName: 'ledger-db' }, dependencies: ['vpc-0ledger0000000000'] },
  {
    type: 'rds:cluster', resourceId: 'ledger-aurora',
    configuration: {
      engine: 'aurora-postgresql', engineVersion: '15.4', port: 5432, vpcId: 'vpc-0ledger0000000000', dbSubnetGroupName: 'ledger-subnets',
      subnetIds: ['subnet-0ledgera00000000', 'subnet-0ledgerb00000000'], vpcSecurityGroupIds: ['sg-0ledger000000000000'], availabilityZones: ['us-east-1a', 'us-east-1b'],
      storageEncrypted: true, allocatedStorage: 10, status: 'available',
    },
    dependencies: ['subnet-0ledgera00000000', 'subnet-0ledgerb00000000', 'sg-0ledger000000000000'],
  },
  ...['ledger-aurora-1', 'ledger-aurora-2'].map((id, i) => ({
    type: 'rds:cluster-instance', resourceId: id, dependencies: ['ledger-aurora'],
    configuration: { dbClusterIdentifier: 'ledger-aurora', engine: 'aurora-postgresql', dbInstanceClass: 'db.r6g.large', availabilityZone: `us-east-1${'ab'[i]}`, vpcId: 'vpc-0ledger0000000000', promotionTier: i },
  })),
].map((r) => ({ ...r, accountId: DEMO_ACCOUNT, region: 'us-east-1', tags: { app: 'ledger' } }));

/** Aurora (and DocumentDB, Neptune) through the native API on the sim: the cluster snapshotted and copied as a cluster, rebuilt with its two instances in another region, and reset. */
for (const dialect of DIALECTS) {
  describe(`recoveries: an Aurora cluster with two instances [${dialect}]`, () => {
    let t: TestApp;
    let assemblyId: number;
    let protectionId: string;

    beforeAll(async () => {
      t = await startTestApp(dialect, { LIFEBOAT_RESET_SWEEP_MS: '100' });
      await t.app.sim!.putResources(LEDGER);
      const connectionId = await createConnection(t, 'ledger-aws');
      assemblyId = await createAssembly(t, connectionId, 'ledger', { resourceFilterStrategy: shopFilter('ledger'), allowCrossRegionRecovery: true });
      protectionId = await startProtection(t, assemblyId);
      expect((await waitForProtection(t, assemblyId, protectionId)).status).toBe('success');
    });
    afterAll(() => t.close());

    it('a protection snapshots the cluster once, as a cluster snapshot copied to the replica region; its instances carry no snapshot of their own', async () => {
      const protection = await details(t, assemblyId, protectionId);
      const byId = new Map<string, Json>(protection.resources.map((r: Json) => [r.resourceId, r]));
      expect(byId.get('ledger-aurora')).toMatchObject({ type: 'rds:cluster', dataResource: true, snapshotStatus: 'completed' });
      expect(byId.get('ledger-aurora')!.replicas['us-west-2']).toMatchObject({ status: 'completed' });
      for (const member of ['ledger-aurora-1', 'ledger-aurora-2']) expect(byId.get(member)).toMatchObject({ type: 'rds:cluster-instance', dataResource: false });
      const snapshots = await dbOf(t).selectFrom('sim_snapshots').select(['resource_id', 'type', 'region', 'kms_key_id']).where('protection_id', '=', protectionId).execute();
      expect(snapshots.map((s) => [s.resource_id, s.type, s.region]).sort()).toEqual([['ledger-aurora', 'rds:cluster', 'us-east-1'], ['ledger-aurora', 'rds:cluster', 'us-west-2']]);
      // Encrypted: the copy is under RDS's key of the destination region (KMS keys are regional).
      expect(snapshots.find((s) => s.region === 'us-west-2')!.kms_key_id).toContain(':us-west-2:');
    });

    it('cross-region: the cluster restored from the replica copy, then its two instances created in it; the reset deletes the instances, then the cluster', async () => {
      const before = await simResourceCount(t);
      const payload = { recoveryName: 'ledger-west', recoveryScope: 'cross-region', crossRegionConfiguration: { recoveryRegion: 'us-west-2' } };
      const plan = (await startRecovery(t, assemblyId, { ...payload, dryRun: true })).json();
      expect(plan.blockers, JSON.stringify(plan.blockers)).toEqual([]);
      const step = (id: string) => plan.steps.find((s: Json) => s.sourceResourceId === id);
      expect(step('ledger-aurora')).toMatchObject({ action: 'restore', type: 'rds:cluster' });
      for (const member of ['ledger-aurora-1', 'ledger-aurora-2']) {
        expect(step(member)).toMatchObject({ action: 'create', type: 'rds:cluster-instance' });
        expect(step(member).order).toBeGreaterThan(step('ledger-aurora').order);
      }

      const id = await recover(t, assemblyId, payload);
      const done = await waitForRecovery(t, assemblyId, id);
      expect(done, JSON.stringify(done.resources.filter((r: Json) => r.status !== 'recovered'))).toMatchObject({ recoveryStatus: 'completed', failedCount: 0, targetRegion: 'us-west-2' });
      const protection = await details(t, assemblyId, protectionId);
      const copy = protection.resources.find((r: Json) => r.resourceId === 'ledger-aurora').replicas['us-west-2'].snapshotId;
      const recoveredCluster = done.resources.find((r: Json) => r.sourceResourceId === 'ledger-aurora');
      expect(recoveredCluster).toMatchObject({ status: 'recovered', snapshotId: copy });
      expect(recoveredCluster.recoveredArn).toMatch(/^arn:aws:rds:us-west-2:111111111111:cluster:ledger-aurora-[0-9a-f]{8}$/);

      const made = await taggedWith(t, id);
      expect(made.every((r) => r.region === 'us-west-2' && r.account_id === DEMO_ACCOUNT)).toBe(true);
      const members = made.filter((r) => r.type === 'rds:cluster-instance');
      expect(members).toHaveLength(2);
      // Each instance went into the recovered cluster, never the source's.
      for (const member of members) expect(JSON.parse(member.configuration).dbClusterIdentifier).toBe(recoveredCluster.recoveredResourceId);
      expect(made.filter((r) => r.type === 'rds:cluster').map((r) => r.resource_id)).toEqual([recoveredCluster.recoveredResourceId]);

      expect((await t.request({ method: 'POST', url: `${recoveriesUrl(t, assemblyId)}/${id}/reset` })).statusCode).toBe(202);
      expect((await waitForReset(t, assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
      expect(await simResourceCount(t)).toBe(before);
    });

    it('cross-account: the encrypted cluster snapshot is copied under Lifeboat\'s key, shared, received under the target\'s key, and the cluster and its instances rebuilt there', async () => {
      const dr = await recoveryAccountConnection(t, 'ledger-dr');
      const id = await recover(t, assemblyId, { recoveryName: 'ledger-dr', recoveryScope: 'cross-account', crossAccountConfiguration: { cloudConnectionId: dr } });
      const done = await waitForRecovery(t, assemblyId, id);
      expect(done, JSON.stringify(done.resources.filter((r: Json) => r.error))).toMatchObject({ recoveryStatus: 'completed', targetCloudConnectionId: dr, failedCount: 0 });
      const cluster = done.resources.find((r: Json) => r.sourceResourceId === 'ledger-aurora');
      // Under RDS's AWS-managed key, which AWS never shares: copied under Lifeboat's key first.
      expect(cluster.transfer).toMatchObject({ method: 'copy-then-share' });
      const made = await taggedWith(t, id);
      expect(new Set(made.map((r) => r.account_id))).toEqual(new Set([RECOVERY_ACCOUNT]));
      expect(made.filter((r) => r.type === 'rds:cluster-instance').map((r) => JSON.parse(r.configuration).dbClusterIdentifier)).toEqual([cluster.recoveredResourceId, cluster.recoveredResourceId]);
      expect((await t.request({ method: 'POST', url: `${recoveriesUrl(t, assemblyId)}/${id}/reset` })).statusCode).toBe(202);
      expect((await waitForReset(t, assemblyId, id)).status).toBe('completed');
      expect(await taggedWith(t, id)).toEqual([]);
    });
  });
}
