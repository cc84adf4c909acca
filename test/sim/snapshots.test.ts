import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CloudCallError, DATA_RESOURCE_TYPES, isDataResource, type SnapshotRequest } from '../../src/cloud/provider.ts';
import { SIM_FAULT_TAG } from '../../src/cloud/sim/index.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

const ACCOUNT = '123456789012';
const credentials = roleCredentials(ACCOUNT);
const GiB = 2 ** 30;

const volume = { region: 'us-east-1', resourceId: 'vol-0000000000000000a', type: 'ebs:volume' } as const;
const table = { region: 'us-east-1', resourceId: 'orders', type: 'dynamodb:table' } as const;
const database = { region: 'us-west-2', resourceId: 'ledger', type: 'rds:db-instance' } as const;

/** listSnapshots orders by creation time, which ties within a millisecond; tests order by place instead. */
const byRegion = <T extends { region: string; resourceId: string }>(rows: T[]) =>
  rows.sort((a, b) => a.region.localeCompare(b.region) || a.resourceId.localeCompare(b.resourceId));

let protections = 0;
/** A protection id no other test uses, so the tests do not depend on each other's rows. */
const newProtection = () => `prot-${(++protections).toString(16).padStart(20, '0')}`;

for (const dialect of DIALECTS) {
  describe(`sim snapshots (${dialect})`, () => {
    let fixture: SimFixture;
    const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
    const snapshotOf = (resource: Omit<SnapshotRequest, 'protectionId'>, protectionId: string) => fixture.sim.snapshot(credentials, { ...resource, protectionId });

    beforeAll(async () => {
      fixture = await openSim(dialect);
      await fixture.sim.putAccount({ accountId: ACCOUNT, name: 'snapshots' });
      await fixture.sim.putRole({ accountId: ACCOUNT, roleName: 'LifeboatAccess' });
      await fixture.sim.putResources([
        { accountId: ACCOUNT, ...volume, configuration: { size: 8, volumeType: 'gp3' } },
        { accountId: ACCOUNT, ...table, configuration: { billingMode: 'PAY_PER_REQUEST' } },
        { accountId: ACCOUNT, ...database, configuration: { engine: 'postgres', allocatedStorage: 20 } },
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'i-0000000000000000a', type: 'ec2:instance' },
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'vol-broken-snapshot', type: 'ebs:volume', tags: { [SIM_FAULT_TAG]: 'snapshot' } },
        { accountId: ACCOUNT, region: 'us-east-1', resourceId: 'vol-broken-rest', type: 'ebs:volume', tags: { [SIM_FAULT_TAG]: 'copySnapshot, deleteSnapshot' } },
      ]);
    });
    beforeEach(() => fixture.sim.clearFaults());
    afterAll(() => fixture.close());

    it('names the data resource types', () => {
      expect(DATA_RESOURCE_TYPES).toEqual(['ebs:volume', 'rds:db-instance', 'rds:cluster', 'dynamodb:table', 's3:bucket']);
      expect(isDataResource('ebs:volume')).toBe(true);
      expect(isDataResource('ec2:instance')).toBe(false);
    });

    it('snapshots, copies and deletes a volume', async () => {
      const protectionId = newProtection();
      const before = Date.now();
      const snapshot = await snapshotOf(volume, protectionId);
      expect(snapshot).toEqual({
        snapshotId: expect.stringMatching(/^snap-[0-9a-f]{17}$/),
        region: 'us-east-1',
        resourceId: volume.resourceId,
        type: 'ebs:volume',
        protectionId,
        sizeBytes: 8 * GiB,
        createdAt: expect.any(Number),
      });
      expect(snapshot.createdAt).toBeGreaterThanOrEqual(before);

      const copy = await fixture.sim.copySnapshot(credentials, {
        snapshotId: snapshot.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'eu-west-1', resourceId: volume.resourceId, type: volume.type, protectionId,
      });
      expect(copy).toMatchObject({ region: 'eu-west-1', resourceId: volume.resourceId, protectionId, sizeBytes: 8 * GiB });
      expect(copy.snapshotId).not.toBe(snapshot.snapshotId);
      expect(byRegion(await fixture.sim.listSnapshots({ protectionId }))).toMatchObject([
        { snapshotId: copy.snapshotId, accountId: ACCOUNT, resourceRegion: 'us-east-1', sourceSnapshotId: snapshot.snapshotId, deletedAt: null },
        { snapshotId: snapshot.snapshotId, accountId: ACCOUNT, resourceRegion: 'us-east-1', sourceSnapshotId: null, deletedAt: null },
      ]);

      await fixture.sim.deleteSnapshot(credentials, { snapshotId: copy.snapshotId, region: 'eu-west-1' });
      expect(await fixture.sim.listSnapshots({ protectionId })).toMatchObject([{ snapshotId: snapshot.snapshotId }]);
      await fixture.sim.deleteSnapshot(credentials, { snapshotId: snapshot.snapshotId, region: 'us-east-1' });
      expect(await fixture.sim.countSnapshots({ protectionId })).toBe(0);
      const deleted = byRegion(await fixture.sim.listSnapshots({ protectionId, includeDeleted: true }));
      expect(deleted.map((row) => row.snapshotId)).toEqual([copy.snapshotId, snapshot.snapshotId]);
      expect(deleted.every((row) => typeof row.deletedAt === 'number')).toBe(true);
    });

    it('gives each kind its own id and size', async () => {
      const protectionId = newProtection();
      const rds = await snapshotOf(database, protectionId);
      expect(rds).toMatchObject({ snapshotId: expect.stringMatching(/^rds:ledger-[0-9a-f]{12}$/), region: 'us-west-2', sizeBytes: 20 * GiB });
      const backup = await snapshotOf(table, protectionId);
      expect(backup.snapshotId).toMatch(/^backup-[0-9a-f]{17}$/);
      // No size in the configuration: derived from the resource, the same for every protection.
      expect(backup.sizeBytes).toBeGreaterThanOrEqual(2 ** 20);
      expect((await snapshotOf(table, newProtection())).sizeBytes).toBe(backup.sizeBytes);
    });

    it('returns the first snapshot to a repeated request: one row, two calls', async () => {
      const protectionId = newProtection();
      await fixture.sim.clearCalls();
      const first = await snapshotOf(volume, protectionId);
      const second = await snapshotOf(volume, protectionId);
      expect(second).toEqual(first);
      expect(await fixture.sim.countSnapshots({ protectionId, resourceId: volume.resourceId })).toBe(1);
      expect(await fixture.sim.countCalls({ operation: 'snapshot', resourceId: volume.resourceId })).toBe(2);

      const copyRequest = {
        snapshotId: first.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: volume.resourceId, type: volume.type, protectionId,
      };
      const copy = await fixture.sim.copySnapshot(credentials, copyRequest);
      expect(await fixture.sim.copySnapshot(credentials, copyRequest)).toEqual(copy);
      expect(await fixture.sim.countSnapshots({ protectionId, region: 'us-west-2' })).toBe(1);
      expect(await fixture.sim.countCalls({ operation: 'copySnapshot', resourceId: volume.resourceId })).toBe(2);

      // Another protection gets its own snapshot of the same resource.
      expect((await snapshotOf(volume, newProtection())).snapshotId).not.toBe(first.snapshotId);
    });

    it('answers racing identical requests with one snapshot', async () => {
      const protectionId = newProtection();
      const snapshots = await Promise.all(Array.from({ length: 8 }, () => snapshotOf(volume, protectionId)));
      expect(new Set(snapshots.map((snapshot) => snapshot.snapshotId)).size).toBe(1);
      expect(await fixture.sim.countSnapshots({ protectionId })).toBe(1);
    });

    it('deletes idempotently, and snapshots anew after a delete', async () => {
      const protectionId = newProtection();
      const snapshot = await snapshotOf(volume, protectionId);
      const request = { snapshotId: snapshot.snapshotId, region: 'us-east-1' };
      await fixture.sim.deleteSnapshot(credentials, request);
      await expect(fixture.sim.deleteSnapshot(credentials, request)).resolves.toBeUndefined();
      await expect(fixture.sim.deleteSnapshot(credentials, { snapshotId: 'snap-00000000000000000', region: 'us-east-1' })).resolves.toBeUndefined();
      const deletedAt = (await fixture.sim.listSnapshots({ protectionId, includeDeleted: true }))[0]!.deletedAt;

      const again = await snapshotOf(volume, protectionId);
      expect(again.snapshotId).not.toBe(snapshot.snapshotId);
      expect(await fixture.sim.countSnapshots({ protectionId })).toBe(1);
      expect(await fixture.sim.countSnapshots({ protectionId, includeDeleted: true })).toBe(2);
      // A second delete does not move the first deletion time.
      const rows = await fixture.sim.listSnapshots({ protectionId, includeDeleted: true });
      expect(rows.find((row) => row.snapshotId === snapshot.snapshotId)?.deletedAt).toBe(deletedAt);
    });

    it('fails for a resource, or a snapshot, that is not there', async () => {
      const protectionId = newProtection();
      const cases = [
        [{ ...volume, resourceId: 'vol-missing' }, 'InvalidVolume.NotFound'],
        [{ ...volume, region: 'us-west-2' }, 'InvalidVolume.NotFound'],
        [{ ...database, resourceId: 'missing-db' }, 'DBInstanceNotFound'],
        [{ ...table, resourceId: 'missing-table' }, 'TableNotFoundException'],
        [{ region: 'us-east-1', resourceId: 'missing-bucket', type: 's3:bucket' }, 'NoSuchBucket'],
        [{ ...volume, type: 'rds:db-instance' }, 'InvalidParameterValue'],
        [{ region: 'us-east-1', resourceId: 'i-0000000000000000a', type: 'ec2:instance' }, 'InvalidParameterValue'],
      ] as const;
      for (const [resource, cloudCode] of cases) {
        const error = await failure(snapshotOf(resource, protectionId));
        expect(error).toBeInstanceOf(CloudCallError);
        expect(error).toMatchObject({ reason: 'fault', cloudCode, retryable: false });
      }
      const copy = { sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: volume.resourceId, type: volume.type, protectionId };
      await expect(fixture.sim.copySnapshot(credentials, { ...copy, snapshotId: 'snap-missing' })).rejects.toMatchObject({ cloudCode: 'InvalidSnapshot.NotFound' });
      const snapshot = await snapshotOf(volume, protectionId);
      await expect(fixture.sim.copySnapshot(credentials, { ...copy, snapshotId: snapshot.snapshotId, targetRegion: 'us-east-1' })).rejects.toMatchObject({
        cloudCode: 'InvalidParameterValue',
      });
      await expect(fixture.sim.copySnapshot(credentials, { ...copy, snapshotId: snapshot.snapshotId, targetRegion: 'mars-north-1' })).rejects.toMatchObject({
        cloudCode: 'InvalidParameterValue',
      });
      await expect(fixture.sim.copySnapshot(credentials, { ...copy, snapshotId: snapshot.snapshotId, resourceId: 'orders' })).rejects.toMatchObject({
        cloudCode: 'InvalidParameterValue',
      });
      expect(await fixture.sim.countSnapshots({ protectionId })).toBe(1);
    });

    it('refuses credentials that do not reach the account, after logging the call', async () => {
      await fixture.sim.clearCalls();
      const stranger = { type: 'access-key', accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' } as const;
      await expect(fixture.sim.snapshot(stranger, { ...volume, protectionId: newProtection() })).rejects.toMatchObject({ reason: 'authentication' });
      await expect(fixture.sim.deleteSnapshot(stranger, { snapshotId: 'snap-x', region: 'us-east-1' })).rejects.toMatchObject({ reason: 'authentication' });
      expect(await fixture.sim.countCalls()).toBe(2);
    });

    it('fails the operations a resource is tagged to fail, every time', async () => {
      const protectionId = newProtection();
      const broken = { region: 'us-east-1', resourceId: 'vol-broken-snapshot', type: 'ebs:volume' };
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(snapshotOf(broken, protectionId)).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InternalError', message: expect.stringContaining(SIM_FAULT_TAG) });
      }
      expect(await fixture.sim.countCalls({ operation: 'snapshot', resourceId: broken.resourceId })).toBe(2);

      const rest = { region: 'us-east-1', resourceId: 'vol-broken-rest', type: 'ebs:volume' };
      const snapshot = await snapshotOf(rest, protectionId);
      const copy = { snapshotId: snapshot.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: rest.resourceId, type: rest.type, protectionId };
      await expect(fixture.sim.copySnapshot(credentials, copy)).rejects.toMatchObject({ cloudCode: 'InternalError' });
      await expect(fixture.sim.copySnapshot(credentials, copy)).rejects.toMatchObject({ cloudCode: 'InternalError' });
      await expect(fixture.sim.deleteSnapshot(credentials, { snapshotId: snapshot.snapshotId, region: 'us-east-1' })).rejects.toMatchObject({ cloudCode: 'InternalError' });
      expect(await fixture.sim.countSnapshots({ protectionId })).toBe(1);
      expect(await fixture.sim.listFaults()).toEqual([]);
    });

    it('meets a table fault matched by resource, as many times as it counts', async () => {
      const protectionId = newProtection();
      await fixture.sim.addFault({ operation: 'snapshot', match: { resourceId: volume.resourceId }, errorCode: 'ThrottlingException', count: 1 });
      await fixture.sim.addFault({ operation: 'deleteSnapshot', match: { accountId: ACCOUNT, region: 'us-west-2' }, errorCode: 'ServiceUnavailable', count: 2 });
      await expect(snapshotOf(volume, protectionId)).rejects.toMatchObject({ reason: 'throttled', retryable: true });
      await expect(snapshotOf(table, protectionId)).resolves.toBeDefined();
      const snapshot = await snapshotOf(volume, protectionId);
      expect(await fixture.sim.countSnapshots({ protectionId, resourceId: volume.resourceId })).toBe(1);

      const copy = await fixture.sim.copySnapshot(credentials, {
        snapshotId: snapshot.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: volume.resourceId, type: volume.type, protectionId,
      });
      const request = { snapshotId: copy.snapshotId, region: 'us-west-2' };
      await expect(fixture.sim.deleteSnapshot(credentials, request)).rejects.toMatchObject({ reason: 'unavailable' });
      await expect(fixture.sim.deleteSnapshot(credentials, request)).rejects.toMatchObject({ reason: 'unavailable' });
      await fixture.sim.deleteSnapshot(credentials, request);
      expect(await fixture.sim.countSnapshots({ protectionId, region: 'us-west-2' })).toBe(0);
      expect(await fixture.sim.listFaults()).toEqual([]);
    });

    it('counts and lists snapshots by protection, resource, region and account', async () => {
      const [one, two] = [newProtection(), newProtection()];
      const volumeOne = await snapshotOf(volume, one);
      await snapshotOf(table, one);
      await snapshotOf(database, one);
      await snapshotOf(volume, two);
      await fixture.sim.copySnapshot(credentials, {
        snapshotId: volumeOne.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: volume.resourceId, type: volume.type, protectionId: one,
      });
      await fixture.sim.deleteSnapshot(credentials, { snapshotId: volumeOne.snapshotId, region: 'us-east-1' });

      expect(await fixture.sim.countSnapshots({ protectionId: one })).toBe(3);
      expect(await fixture.sim.countSnapshots({ protectionId: one, includeDeleted: true })).toBe(4);
      expect(await fixture.sim.countSnapshots({ protectionId: one, region: 'us-west-2' })).toBe(2);
      expect(await fixture.sim.countSnapshots({ protectionId: one, resourceId: volume.resourceId })).toBe(1);
      expect(await fixture.sim.countSnapshots({ protectionId: two })).toBe(1);
      expect(await fixture.sim.countSnapshots({ accountId: '111111111111' })).toBe(0);
      expect(byRegion(await fixture.sim.listSnapshots({ protectionId: one })).map((row) => [row.region, row.resourceId])).toEqual([
        ['us-east-1', 'orders'],
        ['us-west-2', 'ledger'],
        ['us-west-2', volume.resourceId],
      ]);
      expect(await fixture.sim.countSnapshots()).toBe(await fixture.sim.listSnapshots().then((rows) => rows.length));
    });

    it('logs the resource of every snapshot, copy and delete call', async () => {
      const protectionId = newProtection();
      await fixture.sim.clearCalls();
      const snapshot = await snapshotOf(database, protectionId);
      await fixture.sim.copySnapshot(credentials, {
        snapshotId: snapshot.snapshotId, sourceRegion: 'us-west-2', targetRegion: 'us-east-1', resourceId: database.resourceId, type: database.type, protectionId,
      });
      await fixture.sim.deleteSnapshot(credentials, { snapshotId: snapshot.snapshotId, region: 'us-west-2' });
      await fixture.sim.verify(credentials);

      expect(await fixture.sim.countCalls()).toBe(4);
      expect(await fixture.sim.countCalls({ resourceId: database.resourceId })).toBe(3);
      expect(await fixture.sim.countCalls({ resourceId: database.resourceId, service: 'RDS' })).toBe(3);
      expect(await fixture.sim.countCalls({ operation: 'copySnapshot', region: 'us-east-1', resourceId: database.resourceId })).toBe(1);
      expect(await fixture.sim.countCalls({ operation: 'deleteSnapshot', accountId: ACCOUNT, resourceId: database.resourceId })).toBe(1);
    });
  });
}
