import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwsService, RecreateRequest } from '../../src/cloud/provider.ts';
import { deployStack } from '../../src/cloud/sim/stacks.ts';
import { cloudFormationTemplate } from '../../src/modules/connections/template.ts';
import { DIALECTS } from '../helpers/stores.ts';
import { openSim, roleCredentials, type SimFixture } from './sim-fixture.ts';

// The strict simulated AWS (issue 15): what AWS refuses, the sim refuses, with AWS's codes.
const OWNER = '123456789012';
const OTHER = '210987654321';
const DEPLOYED = '345678901234';
const owner = roleCredentials(OWNER);
const other = roleCredentials(OTHER);

let recoveries = 0;
const newRecovery = () => `rec-strict-${++recoveries}`;
const recreateRequest = (type: string, extra: Partial<RecreateRequest> = {}): RecreateRequest => ({
  region: 'us-east-1', recoveryId: newRecovery(), sourceResourceId: `${type.split(':')[1]}-source-${recoveries}`, type, name: 'shop',
  configuration: {}, tags: {}, dependencies: [], ...extra,
});

for (const dialect of DIALECTS) {
  describe(`strict sim (${dialect})`, () => {
    let fixture: SimFixture;
    const snapshotOf = (resourceId: string, type = 'ebs:volume') =>
      fixture.sim.snapshot(owner, { region: 'us-east-1', resourceId, type, protectionId: `prot-${resourceId}` });

    beforeAll(async () => {
      fixture = await openSim(dialect);
      for (const accountId of [OWNER, OTHER]) {
        await fixture.sim.putAccount({ accountId, name: `strict-${accountId}` });
        await fixture.sim.putRole({ accountId, roleName: 'LifeboatAccess' });
      }
      await fixture.sim.putResources([
        { accountId: OWNER, region: 'us-east-1', resourceId: 'vol-aws', type: 'ebs:volume', configuration: { size: 8, encrypted: true, kmsKeyId: 'alias/aws/ebs' } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'vol-plain', type: 'ebs:volume', configuration: { size: 8 } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'db-aws', type: 'rds:db-instance', configuration: { allocatedStorage: 20, storageEncrypted: true } },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'sessions', type: 'dynamodb:table', configuration: {} },
        { accountId: OWNER, region: 'us-east-1', resourceId: 'assets', type: 's3:bucket', configuration: {} },
      ]);
    });
    afterAll(() => fixture.close());

    it('describes a snapshot with its AWS-managed key, refuses to share it (EBS and RDS), and shares an unencrypted one', async () => {
      const encrypted = await snapshotOf('vol-aws');
      const described = await fixture.sim.describeSnapshot(owner, { region: 'us-east-1', snapshotId: encrypted.snapshotId, type: 'ebs:volume' });
      expect(described).toEqual({
        snapshotId: encrypted.snapshotId, region: 'us-east-1', type: 'ebs:volume', ownerAccountId: OWNER,
        kmsKeyId: expect.stringMatching(new RegExp(`^arn:aws:kms:us-east-1:${OWNER}:key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)),
        keyManager: 'aws', sharedWith: [],
      });
      const share = { region: 'us-east-1', snapshotId: encrypted.snapshotId, type: 'ebs:volume', accountId: OTHER };
      await expect(fixture.sim.shareSnapshot(owner, share)).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameter' });
      const rds = await snapshotOf('db-aws', 'rds:db-instance');
      await expect(fixture.sim.shareSnapshot(owner, { ...share, snapshotId: rds.snapshotId, type: 'rds:db-instance' })).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
      const backup = await snapshotOf('sessions', 'dynamodb:table');
      await expect(fixture.sim.shareSnapshot(owner, { ...share, snapshotId: backup.snapshotId, type: 'dynamodb:table' })).rejects.toMatchObject({ cloudCode: 'ValidationException' });
      // The other account sees nothing of it: not shared is not found.
      expect(await fixture.sim.describeSnapshot(other, { region: 'us-east-1', snapshotId: encrypted.snapshotId, type: 'ebs:volume', ownerAccountId: OWNER })).toBeUndefined();

      const plain = await snapshotOf('vol-plain');
      const plainShare = { ...share, snapshotId: plain.snapshotId };
      await fixture.sim.shareSnapshot(owner, plainShare);
      await fixture.sim.shareSnapshot(owner, plainShare);
      expect(await fixture.sim.describeSnapshot(other, { region: 'us-east-1', snapshotId: plain.snapshotId, type: 'ebs:volume', ownerAccountId: OWNER }))
        .toMatchObject({ ownerAccountId: OWNER, kmsKeyId: null, keyManager: null, sharedWith: [OTHER] });
      const recovered = await fixture.sim.recreate(other, recreateRequest('ebs:volume', { snapshotId: plain.snapshotId }));
      expect(recovered.resourceId).toMatch(/^vol-/);
      await fixture.sim.unshareSnapshot(owner, plainShare);
      await fixture.sim.unshareSnapshot(owner, plainShare);
      await expect(fixture.sim.recreate(other, recreateRequest('ebs:volume', { snapshotId: plain.snapshotId }))).rejects.toMatchObject({ cloudCode: 'InvalidSnapshot.NotFound' });
      // S3 recovery points can be shared (the vault's access policy).
      const points = await snapshotOf('assets', 's3:bucket');
      await fixture.sim.shareSnapshot(owner, { ...share, snapshotId: points.snapshotId, type: 's3:bucket' });
      expect((await fixture.sim.describeSnapshot(owner, { region: 'us-east-1', snapshotId: points.snapshotId, type: 's3:bucket' }))?.sharedWith).toEqual([OTHER]);
    });

    it('copies off an AWS-managed key under a key that grants the other account, which copies it under its own key and restores it', async () => {
      const source = await snapshotOf('vol-aws');
      const recoveryId = newRecovery();
      const key = await fixture.sim.ensureKey(owner, { region: 'us-east-1', alias: 'alias/lifeboat-recovery', grantAccountIds: [], description: 'Lifeboat' });
      expect(key).toMatchObject({ alias: 'alias/lifeboat-recovery', keyArn: `arn:aws:kms:us-east-1:${OWNER}:key/${key.keyId}` });
      const copyRequest = { region: 'us-east-1', snapshotId: source.snapshotId, type: 'ebs:volume', resourceId: 'vol-aws', kmsKeyId: key.keyArn, recoveryId, purpose: 'share' as const };
      const copies = await Promise.all([1, 2, 3].map(() => fixture.sim.copySnapshotForRecovery(owner, copyRequest)));
      expect(new Set(copies.map((c) => c.snapshotId)).size).toBe(1);
      expect(copies[0]).toMatchObject({ resourceId: 'vol-aws', protectionId: 'prot-vol-aws', sizeBytes: 8 * 2 ** 30 });
      const copy = copies[0]!;
      expect(await fixture.sim.describeSnapshot(owner, { region: 'us-east-1', snapshotId: copy.snapshotId, type: 'ebs:volume' })).toMatchObject({ kmsKeyId: key.keyArn, keyManager: 'customer' });
      await fixture.sim.shareSnapshot(owner, { region: 'us-east-1', snapshotId: copy.snapshotId, type: 'ebs:volume', accountId: OTHER });

      // Shared but the key does not grant the other account yet: its copy and its restore are refused.
      const own = await fixture.sim.ensureKey(other, { region: 'us-east-1', alias: 'alias/lifeboat-recovery', grantAccountIds: [], description: 'Lifeboat' });
      expect(own.keyArn).not.toBe(key.keyArn);
      const receive = { ...copyRequest, snapshotId: copy.snapshotId, ownerAccountId: OWNER, kmsKeyId: own.keyArn, purpose: 'receive' as const };
      await expect(fixture.sim.copySnapshotForRecovery(other, receive)).rejects.toMatchObject({ reason: 'fault', cloudCode: 'KMS.AccessDeniedException' });
      await expect(fixture.sim.recreate(other, recreateRequest('ebs:volume', { snapshotId: copy.snapshotId }))).rejects.toMatchObject({ cloudCode: 'KMS.AccessDeniedException' });

      // ensureKey is idempotent and only adds grants.
      const again = await fixture.sim.ensureKey(owner, { region: 'us-east-1', alias: 'alias/lifeboat-recovery', grantAccountIds: [OTHER], description: 'Lifeboat' });
      expect(again).toEqual(key);
      const received = await fixture.sim.copySnapshotForRecovery(other, receive);
      expect(await fixture.sim.copySnapshotForRecovery(other, receive)).toEqual(received);
      const [row] = await fixture.sim.listSnapshots({ accountId: OTHER, resourceId: 'vol-aws' });
      expect(row).toMatchObject({ snapshotId: received.snapshotId, kmsKeyId: own.keyArn, sourceSnapshotId: copy.snapshotId, recoveryCopy: `${recoveryId}/receive` });
      const volume = await fixture.sim.recreate(other, recreateRequest('ebs:volume', { snapshotId: received.snapshotId }));
      expect((await fixture.sim.getResource({ accountId: OTHER, region: 'us-east-1', resourceId: volume.resourceId }))?.configuration.kmsKeyId).toBe(own.keyArn);

      // The source snapshot itself (AWS-managed key) never becomes usable by the other account.
      await expect(fixture.sim.copySnapshotForRecovery(other, { ...receive, recoveryId: newRecovery(), snapshotId: source.snapshotId })).rejects.toMatchObject({ cloudCode: 'InvalidSnapshot.NotFound' });
      await expect(fixture.sim.ensureKey(owner, { region: 'us-east-1', alias: 'alias/aws/ebs', grantAccountIds: [], description: 'x' })).rejects.toMatchObject({ cloudCode: 'InvalidAliasNameException' });
    });

    it('refuses an RDS restore under a key the caller may not use with KMSKeyNotAccessibleFault', async () => {
      const key = await fixture.sim.ensureKey(owner, { region: 'us-east-1', alias: 'alias/lifeboat-rds', grantAccountIds: [], description: 'rds' });
      const source = await snapshotOf('db-aws', 'rds:db-instance');
      const copy = await fixture.sim.copySnapshotForRecovery(owner, {
        region: 'us-east-1', snapshotId: source.snapshotId, type: 'rds:db-instance', resourceId: 'db-aws', kmsKeyId: key.keyArn, recoveryId: newRecovery(), purpose: 'share',
      });
      await fixture.sim.shareSnapshot(owner, { region: 'us-east-1', snapshotId: copy.snapshotId, type: 'rds:db-instance', accountId: OTHER });
      await expect(fixture.sim.recreate(other, recreateRequest('rds:db-instance', { snapshotId: copy.snapshotId }))).rejects.toMatchObject({ cloudCode: 'KMSKeyNotAccessibleFault' });
    });

    it('reports quotas with their use, refuses beyond them with AWS codes, and takes overrides', async () => {
      const quotas = await fixture.sim.describeQuotas(other, { region: 'us-west-2' });
      expect(quotas.map((q) => [q.quota, q.quotaCode, q.serviceCode, q.limit])).toEqual([
        ['vpcs', 'L-F678F1CE', 'vpc', 5], ['elastic-ips', 'L-0263D0A3', 'ec2', 5], ['on-demand-vcpus', 'L-1216C47A', 'ec2', 5], ['rds-instances', 'L-7B6409FD', 'rds', 40],
      ]);
      const west = (type: string, configuration: Record<string, unknown> = {}) => fixture.sim.recreate(other, recreateRequest(type, { region: 'us-west-2', configuration }));
      for (let i = 0; i < 5; i++) await west('ec2:vpc');
      await expect(west('ec2:vpc')).rejects.toMatchObject({ reason: 'fault', cloudCode: 'VpcLimitExceeded' });
      await west('ec2:instance', { instanceType: 't3.medium' });
      await west('ec2:instance', { instanceType: 't3.medium' });
      await expect(west('ec2:instance', { instanceType: 't3.medium' })).rejects.toMatchObject({ cloudCode: 'VcpuLimitExceeded' });
      for (let i = 0; i < 5; i++) await west('ec2:nat-gateway', { connectivityType: 'public' });
      await expect(west('ec2:nat-gateway', { connectivityType: 'public' })).rejects.toMatchObject({ cloudCode: 'AddressLimitExceeded' });
      await fixture.sim.putQuota({ accountId: OTHER, region: 'us-west-2', quota: 'rds-instances', limit: 0 });
      await expect(west('rds:db-instance')).rejects.toMatchObject({ cloudCode: 'InstanceQuotaExceeded' });
      await fixture.sim.putQuota({ accountId: OTHER, region: '*', quota: 'vpcs', limit: 7 });
      await west('ec2:vpc');
      expect((await fixture.sim.describeQuotas(other, { region: 'us-west-2' })).map((q) => [q.quota, q.used, q.limit])).toEqual([
        ['vpcs', 6, 7], ['elastic-ips', 5, 5], ['on-demand-vcpus', 4, 5], ['rds-instances', 0, 0],
      ]);
      await expect(fixture.sim.putQuota({ accountId: OTHER, region: 'us-west-2', quota: 'vpcs', limit: -1 })).rejects.toMatchObject({ fieldErrors: { limit: expect.any(String) } });
    });

    it('offers instance types per zone and refuses a type the zone does not offer with Unsupported', async () => {
      const offerings = await fixture.sim.instanceTypeOfferings(owner, { region: 'us-east-1', instanceTypes: ['t3.medium', 'm6i.large', 't4g.small'] });
      expect(Object.keys(offerings)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e', 'us-east-1f']);
      expect(offerings['us-east-1a']).toEqual(['t3.medium', 'm6i.large', 't4g.small']);
      expect(offerings['us-east-1e']).toEqual(['t3.medium']);
      const refused = fixture.sim.recreate(owner, recreateRequest('ec2:instance', { configuration: { instanceType: 'm6i.large', availabilityZone: 'us-east-1e' } }));
      await expect(refused).rejects.toMatchObject({ cloudCode: 'Unsupported' });
      await expect(refused).rejects.toThrow(/Your requested instance type \(m6i\.large\) is not supported in your requested Availability Zone \(us-east-1e\)\..*us-east-1a, us-east-1b/);
    });

    it('keeps S3 bucket names global and RDS identifiers unique in an account and region', async () => {
      const bucket = await fixture.sim.recreate(owner, recreateRequest('s3:bucket'));
      await fixture.sim.putResource({ accountId: OTHER, region: 'eu-west-1', resourceId: 'taken-bucket-name', type: 's3:bucket' });
      // Another account holds the name recreate would pick: AWS's global namespace refuses it.
      const clash = recreateRequest('s3:bucket');
      const { recreatedId } = await import('../../src/cloud/sim/recovery.ts');
      const name = recreatedId('s3:bucket', { accountId: OWNER, region: 'us-east-1', recoveryId: clash.recoveryId, sourceResourceId: clash.sourceResourceId });
      await fixture.sim.putResource({ accountId: OTHER, region: 'eu-west-1', resourceId: name, type: 's3:bucket' });
      await expect(fixture.sim.recreate(owner, clash)).rejects.toMatchObject({ cloudCode: 'BucketAlreadyExists' });
      expect(bucket.resourceId).not.toBe(name);
      const db = recreateRequest('rds:db-instance');
      const identifier = recreatedId('rds:db-instance', { accountId: OWNER, region: 'us-east-1', recoveryId: db.recoveryId, sourceResourceId: db.sourceResourceId });
      await fixture.sim.putResource({ accountId: OWNER, region: 'us-east-1', resourceId: identifier, type: 'rds:db-instance' });
      await expect(fixture.sim.recreate(owner, db)).rejects.toMatchObject({ cloudCode: 'DBInstanceAlreadyExists' });
    });

    it('refuses a role deployed from the template for EC2, EBS, VPC and RDS every other creation, and other regions', async () => {
      const services: AwsService[] = ['EC2', 'EBS', 'VPC', 'RDS'];
      const template = cloudFormationTemplate({ connectionName: 'dr', externalId: 'ext-strict-1', principalArn: 'arn:aws:iam::999999999990:root', services, regions: ['us-east-1'] });
      await deployStack(fixture.store, { template, stackName: 'lifeboat-dr', targets: [{ accountId: DEPLOYED, region: 'us-east-1' }] }, async () => undefined);
      const deployed = roleCredentials(DEPLOYED, 'LifeboatAccess', 'ext-strict-1');
      const create = (type: string, region = 'us-east-1') => fixture.sim.recreate(deployed, recreateRequest(type, { region }));
      expect((await create('ec2:vpc')).resourceId).toMatch(/^vpc-/);
      for (const [type, code] of [
        ['dynamodb:table', 'AccessDeniedException'], ['s3:bucket', 'AccessDenied'], ['sqs:queue', 'AccessDenied'],
        ['sns:topic', 'AuthorizationError'], ['elb:load-balancer', 'AccessDenied'], ['lambda:function', 'AccessDeniedException'],
      ] as const) {
        await expect(create(type), type).rejects.toMatchObject({ reason: 'fault', cloudCode: code, retryable: false });
      }
      await expect(create('ec2:vpc', 'us-west-2')).rejects.toMatchObject({ cloudCode: 'UnauthorizedOperation', message: expect.stringContaining('You are not authorized to perform this operation.') });
      await expect(fixture.sim.discover(deployed, { region: 'us-east-1', service: 'DynamoDB' })).rejects.toMatchObject({ cloudCode: 'AccessDeniedException' });
      expect((await fixture.sim.discover(deployed, { region: 'us-east-1', service: 'EC2' })).resources).toEqual([]);
      // A role put with explicit actions and regions (the admin API's way).
      await fixture.sim.putRole({ accountId: DEPLOYED, roleName: 'Narrow', actions: ['sqs:CreateQueue'], regions: ['eu-west-1'] });
      const narrow = roleCredentials(DEPLOYED, 'Narrow');
      expect((await fixture.sim.recreate(narrow, recreateRequest('sqs:queue', { region: 'eu-west-1' }))).resourceId).toBeTruthy();
      await expect(fixture.sim.recreate(narrow, recreateRequest('sqs:queue', { region: 'us-east-1' }))).rejects.toMatchObject({ cloudCode: 'AccessDenied' });
    });
  });
}
