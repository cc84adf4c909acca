import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CloudCallError, RECOVERY_ID_TAG, SOURCE_ID_TAG, type RecreateRequest } from '../../src/cloud/provider.ts';
import { SIM_FAULT_TAG } from '../../src/cloud/sim/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

const SOURCE = '123456789012';
const TARGET = '210987654321';
const source = roleCredentials(SOURCE);
const target = roleCredentials(TARGET);

const sourceVpc = { resourceId: 'vpc-0000000000000000a', type: 'ec2:vpc', name: 'shop-vpc', configuration: { cidrBlock: '10.0.0.0/16' } };
const sourceSubnet = { resourceId: 'subnet-0000000000000000a', type: 'ec2:subnet', name: 'shop-a', configuration: { cidrBlock: '10.0.1.0/24' } };
const sourceInstance = { resourceId: 'i-0000000000000000a', type: 'ec2:instance', name: 'shop-web', configuration: { instanceType: 't3.micro' } };
const sourceVolume = { resourceId: 'vol-0000000000000000a', type: 'ebs:volume', name: 'shop-data', configuration: { size: 8 } };

let recoveries = 0;
/** A recovery id no other test uses. */
const newRecovery = () => `rec-${(++recoveries).toString(16).padStart(20, '0')}`;

for (const dialect of DIALECTS) {
  describe(`sim recreate, deleteResource, listRecoveryResources (${dialect})`, () => {
    let fixture: SimFixture;
    const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
    const request = (
      recoveryId: string,
      resource: { resourceId: string; type: string; name: string; configuration: Record<string, unknown> },
      extra: Partial<RecreateRequest> = {},
    ): RecreateRequest => ({
      region: 'us-east-1',
      recoveryId,
      sourceResourceId: resource.resourceId,
      type: resource.type,
      name: resource.name,
      configuration: resource.configuration,
      tags: { Name: resource.name, app: 'shop' },
      dependencies: [],
      ...extra,
    });
    const rowsIn = async (accountId: string) =>
      Number((await fixture.store.db.selectFrom('sim_resources').select((eb) => eb.fn.countAll().as('n')).where('account_id', '=', accountId).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      fixture = await openSim(dialect);
      for (const accountId of [SOURCE, TARGET]) {
        await fixture.sim.putAccount({ accountId, name: `recovery-${accountId}` });
        await fixture.sim.putRole({ accountId, roleName: 'LifeboatAccess' });
        // The tests build many VPCs in us-east-1: more than AWS's default of five.
        await fixture.sim.putQuota({ accountId, region: '*', quota: 'vpcs', limit: 100 });
      }
      await fixture.sim.putResources(
        [sourceVpc, sourceSubnet, sourceInstance, sourceVolume].map((r) => ({ accountId: SOURCE, region: 'us-east-1', ...r })),
      );
    });
    beforeEach(() => fixture.sim.clearFaults());
    afterAll(() => fixture.close());

    it('rebuilds a VPC, a subnet on it and an instance in the subnet, tagged, where discovery sees them', async () => {
      const recoveryId = newRecovery();
      const vpc = await fixture.sim.recreate(target, request(recoveryId, sourceVpc));
      expect(vpc).toEqual({
        resourceId: expect.stringMatching(/^vpc-[0-9a-f]{17}$/),
        arn: `arn:aws:ec2:us-east-1:${TARGET}:vpc/${vpc.resourceId}`,
        region: 'us-east-1',
        type: 'ec2:vpc',
      });
      const subnet = await fixture.sim.recreate(target, request(recoveryId, sourceSubnet, { dependencies: [vpc.resourceId] }));
      expect(subnet.resourceId).toMatch(/^subnet-[0-9a-f]{17}$/);
      const instance = await fixture.sim.recreate(target, request(recoveryId, sourceInstance, { dependencies: [subnet.resourceId] }));
      expect(instance.resourceId).toMatch(/^i-[0-9a-f]{17}$/);

      const resource = await fixture.sim.getResource({ accountId: TARGET, region: 'us-east-1', resourceId: instance.resourceId });
      expect(resource).toEqual({
        resourceId: instance.resourceId,
        arn: instance.arn,
        type: 'ec2:instance',
        service: 'EC2',
        region: 'us-east-1',
        name: 'shop-web',
        configuration: { instanceType: 't3.micro' },
        tags: { Name: 'shop-web', app: 'shop', [RECOVERY_ID_TAG]: recoveryId, [SOURCE_ID_TAG]: sourceInstance.resourceId },
        dependencies: [subnet.resourceId],
      });
      const page = await fixture.sim.discover(target, { region: 'us-east-1', service: 'VPC' });
      expect(page.resources.map((r) => r.resourceId)).toEqual(expect.arrayContaining([vpc.resourceId, subnet.resourceId]));
    });

    it('rebuilds in the source account and region without clashing with the source', async () => {
      const recoveryId = newRecovery();
      const vpc = await fixture.sim.recreate(source, request(recoveryId, sourceVpc));
      expect(vpc.resourceId).not.toBe(sourceVpc.resourceId);
      const bucket = await fixture.sim.recreate(source, {
        ...request(recoveryId, { resourceId: 'Shop-Assets', type: 's3:bucket', name: 'Shop-Assets', configuration: {} }),
      });
      expect(bucket).toMatchObject({ resourceId: expect.stringMatching(/^shop-assets-[0-9a-f]{8}$/), arn: `arn:aws:s3:::${bucket.resourceId}` });
      const longName = 'a'.repeat(40);
      const lb = await fixture.sim.recreate(source, request(recoveryId, { resourceId: longName, type: 'elb:load-balancer', name: longName, configuration: {} }));
      expect(lb.resourceId.length).toBeLessThanOrEqual(32);
      const zone = await fixture.sim.recreate(source, request(recoveryId, { resourceId: 'ZABC', type: 'route53:hosted-zone', name: 'shop.example.com', configuration: {} }));
      expect(zone.resourceId).toMatch(/^Z[0-9A-F]{20}$/);
      expect(await fixture.sim.getResource({ accountId: SOURCE, region: 'us-east-1', resourceId: sourceVpc.resourceId })).toBeDefined();
    });

    it('restores a volume from a snapshot, in another account once it is shared', async () => {
      const recoveryId = newRecovery();
      const snapshot = await fixture.sim.snapshot(source, { region: 'us-east-1', resourceId: sourceVolume.resourceId, type: 'ebs:volume', protectionId: 'prot-1' });
      await expect(fixture.sim.recreate(target, request(recoveryId, sourceVolume, { snapshotId: snapshot.snapshotId }))).rejects.toMatchObject({ cloudCode: 'InvalidSnapshot.NotFound' });
      await fixture.sim.shareSnapshot(source, { region: 'us-east-1', snapshotId: snapshot.snapshotId, type: 'ebs:volume', accountId: TARGET });
      const volume = await fixture.sim.recreate(target, request(recoveryId, sourceVolume, { snapshotId: snapshot.snapshotId }));
      expect(volume.resourceId).toMatch(/^vol-[0-9a-f]{17}$/);
      const resource = await fixture.sim.getResource({ accountId: TARGET, region: 'us-east-1', resourceId: volume.resourceId });
      expect(resource?.configuration).toEqual({ size: 8, restoredFromSnapshotId: snapshot.snapshotId });
    });

    it('returns the first resource to a repeated request: one row', async () => {
      const recoveryId = newRecovery();
      const before = await rowsIn(TARGET);
      await fixture.sim.clearCalls();
      const first = await fixture.sim.recreate(target, request(recoveryId, sourceVpc));
      const second = await fixture.sim.recreate(target, request(recoveryId, sourceVpc));
      expect(second).toEqual(first);
      expect(await rowsIn(TARGET)).toBe(before + 1);
      expect(await fixture.sim.countCalls({ operation: 'recreate', resourceId: sourceVpc.resourceId })).toBe(2);
      // Racing identical requests: one resource.
      const raced = await Promise.all(Array.from({ length: 6 }, () => fixture.sim.recreate(target, request(recoveryId, sourceSubnet, { dependencies: [first.resourceId] }))));
      expect(new Set(raced.map((r) => r.resourceId)).size).toBe(1);
      expect(await rowsIn(TARGET)).toBe(before + 2);
      // Another recovery, or another region, makes its own.
      expect((await fixture.sim.recreate(target, request(newRecovery(), sourceVpc))).resourceId).not.toBe(first.resourceId);
      expect((await fixture.sim.recreate(target, request(recoveryId, sourceVpc, { region: 'us-west-2' }))).resourceId).not.toBe(first.resourceId);
    });

    it('refuses a dependency that does not exist in the account and region', async () => {
      const recoveryId = newRecovery();
      const vpc = await fixture.sim.recreate(target, request(recoveryId, sourceVpc));
      const missing = await failure(fixture.sim.recreate(target, request(recoveryId, sourceSubnet, { dependencies: ['vpc-00000000000000000'] })));
      expect(missing).toBeInstanceOf(CloudCallError);
      expect(missing).toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue', retryable: false });
      expect((missing as Error).message).toContain('vpc-00000000000000000');
      // The VPC exists in us-east-1 of the target, not in us-west-2, nor in the source account.
      await expect(fixture.sim.recreate(target, request(recoveryId, sourceSubnet, { region: 'us-west-2', dependencies: [vpc.resourceId] }))).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
      await expect(fixture.sim.recreate(source, request(recoveryId, sourceSubnet, { dependencies: [vpc.resourceId] }))).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId })).toEqual([vpc]);
    });

    it('refuses a snapshot that does not exist, was deleted, or is of another type', async () => {
      const recoveryId = newRecovery();
      await expect(fixture.sim.recreate(target, request(recoveryId, sourceVolume, { snapshotId: 'snap-00000000000000000' }))).rejects.toMatchObject({
        reason: 'fault',
        cloudCode: 'InvalidSnapshot.NotFound',
      });
      const snapshot = await fixture.sim.snapshot(source, { region: 'us-east-1', resourceId: sourceVolume.resourceId, type: 'ebs:volume', protectionId: 'prot-deleted' });
      await fixture.sim.deleteSnapshot(source, { snapshotId: snapshot.snapshotId, region: 'us-east-1' });
      await expect(fixture.sim.recreate(target, request(recoveryId, sourceVolume, { snapshotId: snapshot.snapshotId }))).rejects.toMatchObject({ cloudCode: 'InvalidSnapshot.NotFound' });
      // In another region than the snapshot's: not found there.
      const live = await fixture.sim.snapshot(source, { region: 'us-east-1', resourceId: sourceVolume.resourceId, type: 'ebs:volume', protectionId: 'prot-live' });
      await fixture.sim.shareSnapshot(source, { region: 'us-east-1', snapshotId: live.snapshotId, type: 'ebs:volume', accountId: TARGET });
      await expect(fixture.sim.recreate(target, request(recoveryId, sourceVolume, { region: 'us-west-2', snapshotId: live.snapshotId }))).rejects.toMatchObject({ cloudCode: 'InvalidSnapshot.NotFound' });
      const db = { resourceId: 'ledger', type: 'rds:db-instance', name: 'ledger', configuration: { engine: 'postgres' } };
      await expect(fixture.sim.recreate(target, request(recoveryId, db, { snapshotId: 'rds:ledger-000000000000' }))).rejects.toMatchObject({ cloudCode: 'DBSnapshotNotFound' });
      await expect(fixture.sim.recreate(target, request(recoveryId, db, { snapshotId: live.snapshotId }))).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
      await expect(fixture.sim.recreate(target, request(recoveryId, sourceVpc, { snapshotId: live.snapshotId }))).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
      await expect(fixture.sim.recreate(target, request(recoveryId, { ...sourceVpc, type: 'ec2:spaceship' }))).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId })).toEqual([]);
    });

    it('lists exactly what the recovery made, and deletes it idempotently', async () => {
      const recoveryId = newRecovery();
      const other = newRecovery();
      const vpc = await fixture.sim.recreate(target, request(recoveryId, sourceVpc));
      const subnet = await fixture.sim.recreate(target, request(recoveryId, sourceSubnet, { dependencies: [vpc.resourceId] }));
      const west = await fixture.sim.recreate(target, request(recoveryId, sourceVpc, { region: 'us-west-2' }));
      const otherVpc = await fixture.sim.recreate(target, request(other, sourceVpc));
      // A recovery id that is a prefix of, or a LIKE pattern for, another's matches only itself.
      const prefixed = await fixture.sim.recreate(target, request(`${recoveryId}-2`, sourceVpc));
      const wildcard = await fixture.sim.recreate(target, request('rec-%', sourceVpc));
      // A source that was itself recovered carries an old recovery's tags: the new ones replace them.
      const again = await fixture.sim.recreate(target, request(other, sourceSubnet, {
        dependencies: [otherVpc.resourceId],
        tags: { [RECOVERY_ID_TAG]: recoveryId, [SOURCE_ID_TAG]: 'subnet-older' },
      }));

      const sorted = (rows: { resourceId: string }[]) => [...rows].sort((a, b) => (a.resourceId < b.resourceId ? -1 : 1));
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId })).toEqual(sorted([vpc, subnet]));
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-west-2', recoveryId })).toEqual([west]);
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId: other })).toEqual(sorted([otherVpc, again]));
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId: 'rec-%' })).toEqual([wildcard]);
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId: `${recoveryId}-2` })).toEqual([prefixed]);
      expect(await fixture.sim.listRecoveryResources(source, { region: 'us-east-1', recoveryId })).toEqual([]);

      for (const resource of [subnet, vpc]) {
        await fixture.sim.deleteResource(target, resource);
        await expect(fixture.sim.deleteResource(target, resource)).resolves.toBeUndefined();
      }
      await expect(fixture.sim.deleteResource(target, { region: 'us-east-1', resourceId: 'vpc-never', type: 'ec2:vpc' })).resolves.toBeUndefined();
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId })).toEqual([]);
      expect(await fixture.sim.getResource({ accountId: TARGET, region: 'us-east-1', resourceId: vpc.resourceId })).toBeUndefined();
      expect(await fixture.sim.getResource({ accountId: TARGET, region: 'us-east-1', resourceId: otherVpc.resourceId })).toBeDefined();
      // The wrong type for an existing id is refused rather than deleting something else.
      await expect(fixture.sim.deleteResource(target, { ...otherVpc, type: 'ec2:subnet' })).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
      // After a reset, a retried recreate builds it again.
      expect(await fixture.sim.recreate(target, request(recoveryId, sourceVpc))).toEqual(vpc);
    });

    it('fails the recreation of a source tagged to fail it, every time; deleteResource on a copy tagged so', async () => {
      const recoveryId = newRecovery();
      const broken = request(recoveryId, sourceVpc, { tags: { Name: 'broken', [SIM_FAULT_TAG]: 'snapshot, recreate' } });
      for (let attempt = 0; attempt < 2; attempt++) {
        const error = await failure(fixture.sim.recreate(target, broken));
        expect(error).toBeInstanceOf(CloudCallError);
        expect(error).toMatchObject({ reason: 'fault', cloudCode: 'InternalError' });
        expect((error as Error).message).toContain(sourceVpc.resourceId);
      }
      const undeletable = await fixture.sim.recreate(target, request(recoveryId, sourceSubnet, { tags: { [SIM_FAULT_TAG]: 'deleteResource' } }));
      await expect(fixture.sim.deleteResource(target, undeletable)).rejects.toMatchObject({ cloudCode: 'InternalError' });
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId })).toEqual([undeletable]);
    });

    it('refuses to delete a VPC, subnet or security group something still uses (DependencyViolation), as EC2 does', async () => {
      const recoveryId = newRecovery();
      const vpc = await fixture.sim.recreate(target, request(recoveryId, sourceVpc));
      const subnet = await fixture.sim.recreate(target, request(recoveryId, sourceSubnet, { dependencies: [vpc.resourceId] }));
      const instance = await fixture.sim.recreate(target, request(recoveryId, sourceInstance, { dependencies: [subnet.resourceId] }));
      for (const used of [vpc, subnet]) {
        const error = await failure(fixture.sim.deleteResource(target, used));
        expect(error).toMatchObject({ reason: 'fault', cloudCode: 'DependencyViolation' });
        expect(await fixture.sim.getResource({ accountId: TARGET, region: 'us-east-1', resourceId: used.resourceId })).toBeDefined();
      }
      // Dependents first, then what they used: each deletion goes through.
      for (const resource of [instance, subnet, vpc]) await fixture.sim.deleteResource(target, resource);
      expect(await fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId })).toEqual([]);
    });

    it('meets table faults and logs the calls', async () => {
      const recoveryId = newRecovery();
      await fixture.sim.clearCalls();
      await fixture.sim.addFault({ operation: 'recreate', match: { resourceId: sourceVpc.resourceId }, errorCode: 'ThrottlingException', count: 1 });
      const throttled = await failure(fixture.sim.recreate(target, request(recoveryId, sourceVpc)));
      expect(throttled).toMatchObject({ reason: 'throttled', retryable: true });
      const vpc = await fixture.sim.recreate(target, request(recoveryId, sourceVpc));
      await fixture.sim.addFault({ operation: 'deleteResource', errorCode: 'ServiceUnavailable', count: 1 });
      await expect(fixture.sim.deleteResource(target, vpc)).rejects.toMatchObject({ reason: 'unavailable' });
      await fixture.sim.addFault({ operation: 'listRecoveryResources', errorCode: 'AccessDenied', count: 1 });
      await expect(fixture.sim.listRecoveryResources(target, { region: 'us-east-1', recoveryId })).rejects.toMatchObject({ reason: 'authentication' });
      expect(await fixture.sim.countCalls({ operation: 'recreate', accountId: TARGET })).toBe(2);
      expect(await fixture.sim.countCalls({ operation: 'deleteResource', resourceId: vpc.resourceId })).toBe(1);
      expect(await fixture.sim.countCalls({ operation: 'listRecoveryResources', region: 'us-east-1' })).toBe(1);
      // Bad credentials: authentication, no resource.
      await expect(fixture.sim.recreate(roleCredentials(TARGET, 'NoSuchRole'), request(newRecovery(), sourceVpc))).rejects.toMatchObject({ reason: 'authentication' });
    });
  });
}
