import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  CopyDBClusterSnapshotCommand, CreateDBClusterSnapshotCommand, CreateDBInstanceCommand, CreateDBSnapshotCommand, CreateDBSubnetGroupCommand,
  DeleteDBClusterCommand, DeleteDBClusterSnapshotCommand, DeleteDBInstanceCommand, DeleteDBSubnetGroupCommand, DescribeDBClusterParameterGroupsCommand,
  DescribeDBClustersCommand, DescribeDBClusterSnapshotAttributesCommand, DescribeDBClusterSnapshotsCommand, DescribeDBInstancesCommand,
  DescribeDBSubnetGroupsCommand, ModifyDBClusterSnapshotAttributeCommand, RDSClient, RestoreDBClusterFromSnapshotCommand,
} from '@aws-sdk/client-rds';
import { beforeEach, describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/cloud/iam-actions.ts';
import { ACCOUNT, awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

// Aurora, DocumentDB and Neptune through the AWS driver, against what RDS's API reference documents for clusters.
const { rds, kms, cloud, recreate } = useMockedCloud({ rds: RDSClient, kms: KMSClient });

const AWS_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/aws-managed`;
const OWN_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/customer`;
const TAG = (recoveryId: string) => ({ Key: 'lifeboat:recovery-id', Value: recoveryId });

beforeEach(() => {
  kms.on(DescribeKeyCommand, { KeyId: AWS_KEY }).resolves({ KeyMetadata: { KeyId: 'aws-managed', Arn: AWS_KEY, KeyManager: 'AWS', KeyState: 'Enabled' } });
  kms.on(DescribeKeyCommand, { KeyId: OWN_KEY }).resolves({ KeyMetadata: { KeyId: 'customer', Arn: OWN_KEY, KeyManager: 'CUSTOMER', KeyState: 'Enabled' } });
});

/** RDS cluster snapshots as RDS keeps them: missing until made, then available. */
function fakeClusterSnapshots(initial: Record<string, object> = {}) {
  const snapshots = new Map(Object.entries(initial));
  rds.on(DescribeDBClusterSnapshotsCommand).callsFake(async (sent: { DBClusterSnapshotIdentifier: string }) => {
    const id = sent.DBClusterSnapshotIdentifier.split(':').pop()!;
    const found = snapshots.get(id);
    if (!found) throw awsError('DBClusterSnapshotNotFoundFault', { status: 404 });
    return { DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: id, Status: 'available', AllocatedStorage: 10, ...found }] };
  });
  const made = (sent: { DBClusterSnapshotIdentifier?: string; TargetDBClusterSnapshotIdentifier?: string }) => {
    snapshots.set((sent.DBClusterSnapshotIdentifier ?? sent.TargetDBClusterSnapshotIdentifier)!, {});
    return {};
  };
  rds.on(CreateDBClusterSnapshotCommand).callsFake(async (sent) => made(sent));
  rds.on(CopyDBClusterSnapshotCommand).callsFake(async (sent) => made(sent));
  return snapshots;
}

describe('discovery: a cluster and its instances', () => {
  it('DescribeDBClusters gives the rds:cluster with its subnet group\'s subnets; DescribeDBInstances its members as rds:cluster-instance depending on it', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [
      { DBInstanceIdentifier: 'orders-aurora-1', DBInstanceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-aurora-1`, DBClusterIdentifier: 'orders-aurora', Engine: 'aurora-postgresql', DBInstanceClass: 'db.r6g.large', PromotionTier: 1, DBSubnetGroup: { VpcId: 'vpc-1' } },
      { DBInstanceIdentifier: 'plain-db', DBInstanceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:plain-db`, Engine: 'postgres' },
    ] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [{
      DBClusterIdentifier: 'orders-aurora', DBClusterArn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders-aurora`, Engine: 'aurora-postgresql', EngineVersion: '15.4', Port: 5432,
      DBSubnetGroup: 'orders-subnets', VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1' }], DBClusterParameterGroup: 'orders-cpg', StorageEncrypted: true, KmsKeyId: AWS_KEY,
      Status: 'available', DBClusterMembers: [{ DBInstanceIdentifier: 'orders-aurora-1', IsClusterWriter: true }], TagList: [{ Key: 'app', Value: 'orders' }],
      GlobalClusterIdentifier: 'orders-global', BacktrackWindow: 0,
    }] });
    rds.on(DescribeDBSubnetGroupsCommand, { DBSubnetGroupName: 'orders-subnets' }).resolves({ DBSubnetGroups: [{ VpcId: 'vpc-1', Subnets: [{ SubnetIdentifier: 'subnet-a' }, { SubnetIdentifier: 'subnet-b' }] }] });
    const resources = [];
    let nextToken: string | undefined;
    do {
      const page = await cloud.discover(KEYS, { region: 'us-east-1', service: 'RDS', nextToken });
      resources.push(...page.resources);
      nextToken = page.nextToken;
    } while (nextToken);
    const byId = new Map(resources.map((r) => [r.resourceId, r]));
    expect(byId.get('orders-aurora-1')).toMatchObject({ type: 'rds:cluster-instance', dependencies: ['orders-aurora'], configuration: { dbClusterIdentifier: 'orders-aurora', dbInstanceClass: 'db.r6g.large', vpcId: 'vpc-1' } });
    expect(byId.get('plain-db')).toMatchObject({ type: 'rds:db-instance' });
    expect(byId.get('orders-aurora')).toMatchObject({
      type: 'rds:cluster', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders-aurora`, tags: { app: 'orders' }, dependencies: ['subnet-a', 'subnet-b', 'sg-1'],
      configuration: {
        engine: 'aurora-postgresql', engineVersion: '15.4', port: 5432, vpcId: 'vpc-1', dbClusterParameterGroupName: 'orders-cpg', storageEncrypted: true, memberCount: 1,
        // What the recovery's rds-cluster-features check reads.
        globalClusterIdentifier: 'orders-global', backtrackWindow: 0,
      },
    });
  });
});

describe('protection: a cluster snapshot, never a member\'s', () => {
  it('CreateDBClusterSnapshot of the cluster, tagged with the protection, named from the idempotency key; a retry finds it', async () => {
    fakeClusterSnapshots();
    const request = { region: 'us-east-1', resourceId: 'orders-aurora', type: 'rds:cluster', protectionId: 'p-1' };
    const made = await cloud.snapshot(KEYS, request);
    expect(made).toMatchObject({ type: 'rds:cluster', resourceId: 'orders-aurora', sizeBytes: 10 * 2 ** 30, snapshotId: expect.stringMatching(/^lifeboat-rdsc-[0-9a-f]{24}$/) });
    expect(input(rds.commandCalls(CreateDBClusterSnapshotCommand))).toEqual({
      DBClusterSnapshotIdentifier: made.snapshotId, DBClusterIdentifier: 'orders-aurora',
      Tags: [{ Key: 'lifeboat:protection-id', Value: 'p-1' }, { Key: 'lifeboat:resource-id', Value: 'orders-aurora' }],
    });
    expect((await cloud.snapshot(KEYS, request)).snapshotId).toBe(made.snapshotId);
    expect(rds.commandCalls(CreateDBClusterSnapshotCommand)).toHaveLength(1);
    expect(rds.commandCalls(CreateDBSnapshotCommand)).toHaveLength(0);
    // Its deletion is a cluster snapshot's.
    rds.on(DeleteDBClusterSnapshotCommand).resolves({});
    await cloud.deleteSnapshot(KEYS, { region: 'us-east-1', snapshotId: made.snapshotId });
    expect(input(rds.commandCalls(DeleteDBClusterSnapshotCommand))).toEqual({ DBClusterSnapshotIdentifier: made.snapshotId });
  });

  it('CopyDBClusterSnapshot across regions names the source by ARN and, encrypted, a KmsKeyId of the destination region (KMS keys are regional)', async () => {
    fakeClusterSnapshots({ 'lifeboat-rdsc-src': { StorageEncrypted: true, KmsKeyId: AWS_KEY }, 'lifeboat-rdsc-plain': { StorageEncrypted: false } });
    const copy = (snapshotId: string, protectionId: string) => cloud.copySnapshot(KEYS, {
      sourceRegion: 'us-east-1', targetRegion: 'us-west-2', snapshotId, resourceId: 'orders-aurora', type: 'rds:cluster', protectionId,
    });
    const made = await copy('lifeboat-rdsc-src', 'p-1');
    expect(made).toMatchObject({ region: 'us-west-2', type: 'rds:cluster' });
    expect(input(rds.commandCalls(CopyDBClusterSnapshotCommand))).toMatchObject({
      SourceDBClusterSnapshotIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:lifeboat-rdsc-src`, TargetDBClusterSnapshotIdentifier: made.snapshotId, KmsKeyId: 'alias/aws/rds',
    });
    await copy('lifeboat-rdsc-plain', 'p-2');
    expect(input(rds.commandCalls(CopyDBClusterSnapshotCommand), 1)).not.toHaveProperty('KmsKeyId');
    await expect(copy('lifeboat-rdsc-gone', 'p-3')).rejects.toMatchObject({ reason: 'fault', cloudCode: 'DBClusterSnapshotNotFoundFault' });
  });
});

describe('recovery: the cluster restored, then its instances created in it', () => {
  const cluster = {
    engine: 'aurora-postgresql', engineVersion: '15.4', port: 6543, availabilityZones: ['us-east-1a', 'us-east-1b'], dbClusterParameterGroupName: 'orders-cpg',
    dbSubnetGroupName: 'orders-subnets', iamDatabaseAuthenticationEnabled: true, deletionProtection: true, serverlessV2ScalingConfiguration: { minCapacity: 0.5, maxCapacity: 8 },
  };

  it('RestoreDBClusterFromSnapshot into a DB subnet group of the recovered subnets, with the security groups, parameter group, port and engine; waits for available', async () => {
    const statuses = ['creating', 'available'];
    rds.on(DescribeDBClustersCommand).callsFake(async () => {
      if (!rds.commandCalls(RestoreDBClusterFromSnapshotCommand).length) throw awsError('DBClusterNotFoundFault', { status: 404 });
      return { DBClusters: [{ Status: statuses.shift() ?? 'available' }] };
    });
    rds.on(CreateDBSubnetGroupCommand).resolves({});
    rds.on(RestoreDBClusterFromSnapshotCommand).resolves({});
    rds.on(DescribeDBClusterParameterGroupsCommand).resolves({ DBClusterParameterGroups: [{ DBClusterParameterGroupName: 'orders-cpg' }] });
    const made = await recreate({ type: 'rds:cluster', sourceResourceId: 'orders-aurora', snapshotId: 'lifeboat-rdsc-copy', dependencies: ['subnet-a', 'subnet-b', 'sg-n'], configuration: cluster });
    expect(made).toMatchObject({ type: 'rds:cluster', region: 'us-west-2', arn: `arn:aws:rds:us-west-2:${ACCOUNT}:cluster:${made.resourceId}` });
    expect(input(rds.commandCalls(CreateDBSubnetGroupCommand))).toMatchObject({ DBSubnetGroupName: made.resourceId, SubnetIds: ['subnet-a', 'subnet-b'] });
    expect(input(rds.commandCalls(RestoreDBClusterFromSnapshotCommand))).toMatchObject({
      DBClusterIdentifier: made.resourceId, SnapshotIdentifier: 'lifeboat-rdsc-copy', Engine: 'aurora-postgresql', EngineVersion: '15.4', Port: 6543,
      DBSubnetGroupName: made.resourceId, VpcSecurityGroupIds: ['sg-n'], DBClusterParameterGroupName: 'orders-cpg', EnableIAMDatabaseAuthentication: true,
      ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 8 },
      // A drill's copy must be deletable by its reset.
      DeletionProtection: false,
      Tags: expect.arrayContaining([TAG('rec-1'), { Key: 'lifeboat:source-id', Value: 'orders-aurora' }]),
    });
    expect(statuses).toEqual([]);
  });

  it('a cluster without a snapshot, or without its engine, is refused before any call; a custom cluster parameter group missing in the target too', async () => {
    rds.on(DescribeDBClustersCommand).rejects(awsError('DBClusterNotFoundFault', { status: 404 }));
    await expect(recreate({ type: 'rds:cluster', sourceResourceId: 'orders-aurora', configuration: cluster })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringContaining('master password') });
    await expect(recreate({ type: 'rds:cluster', sourceResourceId: 'orders-aurora', snapshotId: 's', configuration: { ...cluster, engine: undefined } })).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
    rds.on(CreateDBSubnetGroupCommand).resolves({});
    rds.on(DescribeDBClusterParameterGroupsCommand).rejects(awsError('DBClusterParameterGroupNotFoundFault', { status: 404 }));
    await expect(recreate({ type: 'rds:cluster', sourceResourceId: 'orders-aurora', snapshotId: 's', dependencies: ['subnet-a'], configuration: cluster }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'DBClusterParameterGroupNotFound', message: expect.stringContaining('orders-cpg') });
    expect(rds.commandCalls(RestoreDBClusterFromSnapshotCommand)).toHaveLength(0);
  });

  it('what a recovery does not carry: a global database\'s member and Aurora Serverless v1 are refused before any call, naming why; a backtrack window is set again', async () => {
    rds.on(DescribeDBClustersCommand).rejects(awsError('DBClusterNotFoundFault', { status: 404 }));
    const global = recreate({ type: 'rds:cluster', sourceResourceId: 'orders-aurora', snapshotId: 's', dependencies: ['subnet-a'], configuration: { ...cluster, globalClusterIdentifier: 'orders-global' } });
    await expect(global).rejects.toMatchObject({ reason: 'fault', cloudCode: 'NotSupported', message: expect.stringContaining('member of Aurora global database orders-global') });
    const v1 = recreate({ type: 'rds:cluster', sourceResourceId: 'orders-aurora', snapshotId: 's', dependencies: ['subnet-a'], configuration: { ...cluster, engineMode: 'serverless' } });
    await expect(v1).rejects.toMatchObject({ cloudCode: 'NotSupported', message: expect.stringContaining('Aurora Serverless v1 (EngineMode serverless)') });
    expect(rds.commandCalls(RestoreDBClusterFromSnapshotCommand)).toHaveLength(0);
    expect(rds.commandCalls(CreateDBSubnetGroupCommand)).toHaveLength(0);

    rds.on(DescribeDBClustersCommand).callsFake(async () => {
      if (!rds.commandCalls(RestoreDBClusterFromSnapshotCommand).length) throw awsError('DBClusterNotFoundFault', { status: 404 });
      return { DBClusters: [{ Status: 'available' }] };
    });
    rds.on(CreateDBSubnetGroupCommand).resolves({});
    rds.on(RestoreDBClusterFromSnapshotCommand).resolves({});
    rds.on(DescribeDBClusterParameterGroupsCommand).resolves({ DBClusterParameterGroups: [{ DBClusterParameterGroupName: 'orders-cpg' }] });
    await recreate({ type: 'rds:cluster', sourceResourceId: 'orders-aurora', snapshotId: 's', dependencies: ['subnet-a'], configuration: { ...cluster, engine: 'aurora-mysql', backtrackWindow: 86400 } });
    expect(input(rds.commandCalls(RestoreDBClusterFromSnapshotCommand))).toMatchObject({ Engine: 'aurora-mysql', BacktrackWindow: 86400 });
  });

  it('CreateDBInstance with DBClusterIdentifier only once the cluster is available, then waits for the instance', async () => {
    const order: string[] = [];
    const clusterStatuses = ['creating', 'available'];
    rds.on(DescribeDBClustersCommand, { DBClusterIdentifier: 'orders-aurora-0abc1234' }).callsFake(async () => {
      const Status = clusterStatuses.shift() ?? 'available';
      order.push(`cluster ${Status}`);
      return { DBClusters: [{ Status }] };
    });
    rds.on(DescribeDBInstancesCommand).callsFake(async () => {
      if (!rds.commandCalls(CreateDBInstanceCommand).length) throw awsError('DBInstanceNotFound', { status: 404 });
      return { DBInstances: [{ DBInstanceStatus: 'available' }] };
    });
    rds.on(CreateDBInstanceCommand).callsFake(async () => { order.push('CreateDBInstance'); return {}; });
    const made = await recreate({
      type: 'rds:cluster-instance', sourceResourceId: 'orders-aurora-1', dependencies: ['orders-aurora-0abc1234'],
      configuration: { dbClusterIdentifier: 'orders-aurora-0abc1234', engine: 'aurora-postgresql', dbInstanceClass: 'db.r6g.large', promotionTier: 1, availabilityZone: 'us-west-2a' },
    });
    expect(made).toMatchObject({ type: 'rds:cluster-instance', arn: `arn:aws:rds:us-west-2:${ACCOUNT}:db:${made.resourceId}` });
    expect(order).toEqual(['cluster creating', 'cluster available', 'CreateDBInstance']);
    const sent = input(rds.commandCalls(CreateDBInstanceCommand));
    expect(sent).toMatchObject({ DBInstanceIdentifier: made.resourceId, DBClusterIdentifier: 'orders-aurora-0abc1234', Engine: 'aurora-postgresql', DBInstanceClass: 'db.r6g.large', PromotionTier: 1 });
    // The network, storage and encryption are the cluster's: RDS refuses them on a member's CreateDBInstance.
    for (const field of ['DBSubnetGroupName', 'VpcSecurityGroupIds', 'AllocatedStorage', 'StorageEncrypted', 'MasterUsername']) expect(sent).not.toHaveProperty(field);
  });
});

describe('reset: the instances, then the cluster, each waited for', () => {
  it('DeleteDBCluster (no final snapshot) comes after every member is gone; then the recovery\'s subnet group', async () => {
    const order: string[] = [];
    const members = new Set(['orders-aurora-1-x', 'orders-aurora-2-x']);
    let clusterGone = false;
    rds.on(DescribeDBClustersCommand).callsFake(async () => {
      if (clusterGone) throw awsError('DBClusterNotFoundFault', { status: 404 });
      return { DBClusters: [{ Status: 'available', DBClusterMembers: [...members].map((DBInstanceIdentifier) => ({ DBInstanceIdentifier })) }] };
    });
    rds.on(DeleteDBInstanceCommand).callsFake(async (sent: { DBInstanceIdentifier: string }) => { order.push(`DeleteDBInstance ${sent.DBInstanceIdentifier}`); members.delete(sent.DBInstanceIdentifier); return {}; });
    rds.on(DescribeDBInstancesCommand).callsFake(async (sent: { DBInstanceIdentifier: string }) => {
      if (!members.has(sent.DBInstanceIdentifier)) { order.push(`gone ${sent.DBInstanceIdentifier}`); throw awsError('DBInstanceNotFound', { status: 404 }); }
      return { DBInstances: [{ DBInstanceStatus: 'deleting' }] };
    });
    rds.on(DeleteDBClusterCommand).callsFake(async () => {
      if (members.size) throw awsError('InvalidDBClusterStateFault', { message: 'Cluster cannot be deleted, it still contains DB instances in non-deleting state.' });
      order.push('DeleteDBCluster');
      clusterGone = true;
      return {};
    });
    rds.on(DeleteDBSubnetGroupCommand).callsFake(async () => { order.push('DeleteDBSubnetGroup'); return {}; });
    await cloud.deleteResource(KEYS, { region: 'us-west-2', resourceId: 'orders-aurora-x', type: 'rds:cluster' });
    expect(order).toEqual([
      'DeleteDBInstance orders-aurora-1-x', 'gone orders-aurora-1-x', 'DeleteDBInstance orders-aurora-2-x', 'gone orders-aurora-2-x', 'DeleteDBCluster', 'DeleteDBSubnetGroup',
    ]);
    expect(input(rds.commandCalls(DeleteDBClusterCommand))).toEqual({ DBClusterIdentifier: 'orders-aurora-x', SkipFinalSnapshot: true });
    // Gone already: a second reset succeeds without a call that fails.
    await cloud.deleteResource(KEYS, { region: 'us-west-2', resourceId: 'orders-aurora-x', type: 'rds:cluster' });
  });

  it('a member is deleted without a final snapshot of its own (the cluster keeps the data) and waited for', async () => {
    let gone = false;
    rds.on(DeleteDBInstanceCommand).callsFake(async () => { gone = true; return {}; });
    rds.on(DescribeDBInstancesCommand).callsFake(async () => { if (gone) throw awsError('DBInstanceNotFound', { status: 404 }); return { DBInstances: [{ DBInstanceStatus: 'available' }] }; });
    await cloud.deleteResource(KEYS, { region: 'us-west-2', resourceId: 'orders-aurora-1-x', type: 'rds:cluster-instance' });
    expect(input(rds.commandCalls(DeleteDBInstanceCommand))).toEqual({ DBInstanceIdentifier: 'orders-aurora-1-x' });
  });

  it('a cluster still holding an instance the reset has not reached is retryable (InvalidDBClusterStateFault), not a permanent fault', async () => {
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [{ Status: 'available', DBClusterMembers: [] }] });
    rds.on(DeleteDBClusterCommand).rejects(awsError('InvalidDBClusterStateFault', { message: 'Cluster cannot be deleted, it still contains DB instances in non-deleting state.' }));
    rds.on(DeleteDBSubnetGroupCommand).resolves({});
    await expect(cloud.deleteResource(KEYS, { region: 'us-west-2', resourceId: 'orders-aurora-x', type: 'rds:cluster' })).rejects.toMatchObject({ retryable: true });
  });
});

describe('cross-account: a cluster snapshot shared and copied as a DB snapshot is', () => {
  it('describe reads the `restore` attribute; share adds the account; one under RDS\'s AWS-managed key is refused; the target copies it by ARN under its key', async () => {
    fakeClusterSnapshots({ 'lifeboat-rdsc-own': { StorageEncrypted: true, KmsKeyId: OWN_KEY, DBClusterSnapshotArn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:lifeboat-rdsc-own` }, 'lifeboat-rdsc-aws': { StorageEncrypted: true, KmsKeyId: AWS_KEY } });
    rds.on(DescribeDBClusterSnapshotAttributesCommand).resolves({ DBClusterSnapshotAttributesResult: { DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['222222222222'] }] } });
    expect(await cloud.describeSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'lifeboat-rdsc-own', type: 'rds:cluster' })).toEqual({
      snapshotId: 'lifeboat-rdsc-own', region: 'us-east-1', type: 'rds:cluster', ownerAccountId: ACCOUNT, kmsKeyId: OWN_KEY, keyManager: 'customer', sharedWith: ['222222222222'],
    });
    rds.on(ModifyDBClusterSnapshotAttributeCommand).resolves({});
    await cloud.shareSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'lifeboat-rdsc-own', type: 'rds:cluster', accountId: '222222222222' });
    expect(input(rds.commandCalls(ModifyDBClusterSnapshotAttributeCommand))).toEqual({ DBClusterSnapshotIdentifier: 'lifeboat-rdsc-own', AttributeName: 'restore', ValuesToAdd: ['222222222222'] });
    await expect(cloud.shareSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'lifeboat-rdsc-aws', type: 'rds:cluster', accountId: '222222222222' }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringContaining('AWS-managed key') });
    expect(rds.commandCalls(ModifyDBClusterSnapshotAttributeCommand)).toHaveLength(1);

    const copy = await cloud.copySnapshotForRecovery(KEYS, {
      region: 'us-east-1', snapshotId: 'lifeboat-rdsc-shared', ownerAccountId: '333333333333', type: 'rds:cluster', resourceId: 'orders-aurora', kmsKeyId: OWN_KEY, recoveryId: 'rec-1', purpose: 'receive',
    });
    expect(input(rds.commandCalls(CopyDBClusterSnapshotCommand))).toMatchObject({
      SourceDBClusterSnapshotIdentifier: 'arn:aws:rds:us-east-1:333333333333:cluster-snapshot:lifeboat-rdsc-shared', TargetDBClusterSnapshotIdentifier: copy.snapshotId, KmsKeyId: OWN_KEY,
    });
    await cloud.unshareSnapshot(KEYS, { region: 'us-east-1', snapshotId: 'lifeboat-rdsc-own', type: 'rds:cluster', accountId: '222222222222' });
    expect(input(rds.commandCalls(ModifyDBClusterSnapshotAttributeCommand), 1)).toEqual({ DBClusterSnapshotIdentifier: 'lifeboat-rdsc-own', AttributeName: 'restore', ValuesToRemove: ['222222222222'] });
  });
});

describe('the role template', () => {
  it('grants the cluster calls the driver makes, and the cluster snapshot sharing a cross-account recovery needs', () => {
    const actions = actionsFor(['RDS']);
    for (const action of [
      'rds:DescribeDBClusters', 'rds:DescribeDBClusterSnapshots', 'rds:CreateDBClusterSnapshot', 'rds:CopyDBClusterSnapshot', 'rds:DeleteDBClusterSnapshot',
      'rds:RestoreDBClusterFromSnapshot', 'rds:CreateDBInstance', 'rds:DeleteDBInstance', 'rds:DeleteDBCluster', 'rds:DescribeDBClusterParameterGroups',
      'rds:DescribeDBClusterSnapshotAttributes', 'rds:ModifyDBClusterSnapshotAttribute', 'rds:DescribeDBSubnetGroups',
    ]) expect(actions).toContain(action);
  });
});
