import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecreateRequest } from '../../src/cloud/provider.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

// What RDS holds to for Aurora, DocumentDB and Neptune clusters, held by the strict sim too, with AWS's codes.
const OWNER = '123456789012';
const OTHER = '210987654321';
const owner = roleCredentials(OWNER);
const other = roleCredentials(OTHER);

let recoveries = 0;
const request = (type: string, extra: Partial<RecreateRequest> = {}): RecreateRequest => ({
  region: 'us-west-2', recoveryId: `rec-cluster-${++recoveries}`, sourceResourceId: 'orders-aurora', type, name: 'orders', configuration: {}, tags: {}, dependencies: [], ...extra,
});

for (const dialect of DIALECTS) {
  describe(`sim: DB clusters (${dialect})`, () => {
    let fixture: SimFixture;
    const snapshot = (resourceId: string, type: string) => fixture.sim.snapshot(owner, { region: 'us-east-1', resourceId, type, protectionId: `p-${resourceId}-${type}` });

    beforeAll(async () => {
      fixture = await openSim(dialect);
      for (const accountId of [OWNER, OTHER]) {
        await fixture.sim.putAccount({ accountId, name: `clusters-${accountId}` });
        await fixture.sim.putRole({ accountId, roleName: 'LifeboatAccess' });
      }
      await fixture.sim.putResources([
        { accountId: OWNER, region: 'us-east-1', resourceId: 'orders-aurora', type: 'rds:cluster', configuration: { engine: 'aurora-mysql', allocatedStorage: 10, storageEncrypted: true } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'orders-aurora-1', type: 'rds:cluster-instance', configuration: { dbClusterIdentifier: 'orders-aurora' }, dependencies: ['orders-aurora'] },
        // As discovery reported members before clusters were their own type: an rds:db-instance naming its cluster.
        { accountId: OWNER, region: 'us-east-1', resourceId: 'legacy-member', type: 'rds:db-instance', configuration: { dbClusterIdentifier: 'orders-aurora' } },
        { accountId: OWNER, region: 'us-west-2', resourceId: 'restoring-aurora', type: 'rds:cluster', configuration: { engine: 'aurora-mysql', status: 'creating' } },
      ]);
    });
    afterAll(() => fixture.close());

    it('CreateDBSnapshot of a cluster member is refused as RDS refuses it; the cluster snapshot holds the data (its size, its key)', async () => {
      for (const member of ['orders-aurora-1', 'legacy-member']) {
        await expect(snapshot(member, 'rds:db-instance')).rejects.toMatchObject({
          reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringContaining('Please use the CreateDBClusterSnapshot API instead'),
        });
      }
      // A cluster instance is no data resource at all.
      await expect(snapshot('orders-aurora-1', 'rds:cluster-instance')).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue', message: expect.stringContaining('rds:cluster') });
      const made = await snapshot('orders-aurora', 'rds:cluster');
      expect(made).toMatchObject({ type: 'rds:cluster', resourceId: 'orders-aurora', sizeBytes: 10 * 2 ** 30 });
      const described = await fixture.sim.describeSnapshot(owner, { region: 'us-east-1', snapshotId: made.snapshotId, type: 'rds:cluster' });
      expect(described).toMatchObject({ ownerAccountId: OWNER, keyManager: 'aws', kmsKeyId: expect.stringContaining(':us-east-1:') });
      // Under RDS's AWS-managed key it cannot be shared (copy it under a customer key first), as a DB snapshot cannot.
      await expect(fixture.sim.shareSnapshot(owner, { region: 'us-east-1', snapshotId: made.snapshotId, type: 'rds:cluster', accountId: OTHER }))
        .rejects.toMatchObject({ cloudCode: 'InvalidParameterValue', message: expect.stringContaining('DB cluster snapshot') });
      // A missing cluster: RDS's DBClusterNotFoundFault.
      await expect(snapshot('no-such-cluster', 'rds:cluster')).rejects.toMatchObject({ cloudCode: 'DBClusterNotFoundFault' });
    });

    it('a cluster copied across regions stays encrypted under the destination region\'s key; a missing copy source is DBClusterSnapshotNotFoundFault', async () => {
      const source = await snapshot('orders-aurora', 'rds:cluster');
      const copy = await fixture.sim.copySnapshot(owner, { snapshotId: source.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: 'orders-aurora', type: 'rds:cluster', protectionId: 'p-copy' });
      const described = await fixture.sim.describeSnapshot(owner, { region: 'us-west-2', snapshotId: copy.snapshotId, type: 'rds:cluster' });
      expect(described?.kmsKeyId).toContain(':us-west-2:');
      await expect(fixture.sim.copySnapshot(owner, { snapshotId: 'rds:gone', sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: 'orders-aurora', type: 'rds:cluster', protectionId: 'p-gone' }))
        .rejects.toMatchObject({ cloudCode: 'DBClusterSnapshotNotFoundFault' });
    });

    it('a cluster is restored from a cluster snapshot only, with its engine; its instances go into it once it is available; it is not deleted while they exist', async () => {
      const source = await snapshot('orders-aurora', 'rds:cluster');
      const copy = await fixture.sim.copySnapshot(owner, { snapshotId: source.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: 'orders-aurora', type: 'rds:cluster', protectionId: 'p-restore' });
      // No snapshot: a new cluster would need a master password. No engine: RestoreDBClusterFromSnapshot needs it.
      await expect(fixture.sim.recreate(owner, request('rds:cluster', { configuration: { engine: 'aurora-mysql' } })))
        .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringContaining('cluster snapshot') });
      await expect(fixture.sim.recreate(owner, request('rds:cluster', { snapshotId: copy.snapshotId })))
        .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringContaining('Engine') });
      const base = request('rds:cluster', { snapshotId: copy.snapshotId, configuration: { engine: 'aurora-mysql' } });
      const cluster = await fixture.sim.recreate(owner, base);
      expect(cluster.arn).toBe(`arn:aws:rds:us-west-2:${OWNER}:cluster:${cluster.resourceId}`);
      expect((await fixture.sim.resourceState(owner, { region: 'us-west-2', resourceId: cluster.resourceId, type: 'rds:cluster' }))).toMatchObject({ state: 'ready', attributes: { status: 'available' } });

      const member = (sourceResourceId: string, clusterId: string) => request('rds:cluster-instance', {
        recoveryId: base.recoveryId, sourceResourceId, configuration: { dbClusterIdentifier: clusterId, engine: 'aurora-mysql', dbInstanceClass: 'db.r6g.large' }, dependencies: [clusterId],
      });
      // Not there: DBClusterNotFoundFault. Not available yet: InvalidDBClusterStateFault, which passes (retryable).
      await expect(fixture.sim.recreate(owner, { ...member('orders-aurora-1', 'orders-aurora'), dependencies: [] })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'DBClusterNotFoundFault' });
      await expect(fixture.sim.recreate(owner, member('orders-aurora-1', 'restoring-aurora'))).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'InvalidDBClusterStateFault' });
      const writer = await fixture.sim.recreate(owner, member('orders-aurora-1', cluster.resourceId));
      const reader = await fixture.sim.recreate(owner, member('orders-aurora-2', cluster.resourceId));
      expect(writer.arn).toBe(`arn:aws:rds:us-west-2:${OWNER}:db:${writer.resourceId}`);

      // The cluster first: refused while its instances exist (InvalidDBClusterStateFault, retryable); nothing deleted.
      const remove = (resourceId: string, type: string) => fixture.sim.deleteResource(owner, { region: 'us-west-2', resourceId, type });
      await expect(remove(cluster.resourceId, 'rds:cluster')).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'InvalidDBClusterStateFault', message: expect.stringContaining(writer.resourceId) });
      expect(await fixture.sim.listRecoveryResources(owner, { region: 'us-west-2', recoveryId: base.recoveryId })).toHaveLength(3);
      await remove(writer.resourceId, 'rds:cluster-instance');
      await expect(remove(cluster.resourceId, 'rds:cluster')).rejects.toMatchObject({ cloudCode: 'InvalidDBClusterStateFault' });
      await remove(reader.resourceId, 'rds:cluster-instance');
      await remove(cluster.resourceId, 'rds:cluster');
      expect(await fixture.sim.listRecoveryResources(owner, { region: 'us-west-2', recoveryId: base.recoveryId })).toEqual([]);
    });

    it('cross-account: a cluster snapshot under a customer key is shared, copied by the target under its own key and restored there', async () => {
      const key = await fixture.sim.ensureKey(owner, { region: 'us-east-1', alias: 'alias/lifeboat-clusters', grantAccountIds: [OTHER], description: 'test' });
      const source = await snapshot('orders-aurora', 'rds:cluster');
      const shareable = await fixture.sim.copySnapshotForRecovery(owner, {
        region: 'us-east-1', snapshotId: source.snapshotId, type: 'rds:cluster', resourceId: 'orders-aurora', kmsKeyId: key.keyArn, recoveryId: 'rec-x', purpose: 'share',
      });
      await fixture.sim.shareSnapshot(owner, { region: 'us-east-1', snapshotId: shareable.snapshotId, type: 'rds:cluster', accountId: OTHER });
      const theirs = await fixture.sim.ensureKey(other, { region: 'us-east-1', alias: 'alias/lifeboat-receive', grantAccountIds: [], description: 'test' });
      const received = await fixture.sim.copySnapshotForRecovery(other, {
        region: 'us-east-1', snapshotId: shareable.snapshotId, ownerAccountId: OWNER, type: 'rds:cluster', resourceId: 'orders-aurora', kmsKeyId: theirs.keyArn, recoveryId: 'rec-x', purpose: 'receive',
      });
      const restored = await fixture.sim.recreate(other, { ...request('rds:cluster', { region: 'us-east-1', snapshotId: received.snapshotId, configuration: { engine: 'aurora-mysql' } }) });
      expect(restored.arn).toContain(`:${OTHER}:cluster:`);
      // The unshared original is invisible to the other account: AWS answers it as missing.
      await expect(fixture.sim.recreate(other, request('rds:cluster', { region: 'us-east-1', snapshotId: source.snapshotId, configuration: { engine: 'aurora-mysql' } })))
        .rejects.toMatchObject({ cloudCode: 'DBClusterSnapshotNotFoundFault' });
    });
  });
}
