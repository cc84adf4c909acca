import {
  CopyDBSnapshotCommand, CreateDBSnapshotCommand, CreateDBSubnetGroupCommand, DescribeDBInstancesCommand, DescribeDBParameterGroupsCommand, DescribeDBSnapshotsCommand,
  DescribeOptionGroupsCommand, RDSClient, RestoreDBInstanceFromDBSnapshotCommand,
} from '@aws-sdk/client-rds';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { rds, kms, cloud, recreate } = useMockedCloud({ rds: RDSClient, kms: KMSClient });

beforeEach(() => {
  rds.on(CreateDBSubnetGroupCommand).resolves({});
  rds.on(RestoreDBInstanceFromDBSnapshotCommand).resolves({});
  rds.on(DescribeDBInstancesCommand).rejectsOnce(awsError('DBInstanceNotFound')).resolves({ DBInstances: [{ DBInstanceStatus: 'available' }] });
});

const source = {
  availabilityZone: 'us-east-1b', dbInstanceClass: 'db.m6g.large', multiAZ: true, port: 6543, publiclyAccessible: false,
  dbParameterGroupName: 'orders-pg15', optionGroupName: 'default:postgres-15', dbSubnetGroupName: 'orders-subnets',
};

describe('RDS restores into the recovered network with the source\'s settings', () => {
  it('RestoreDBInstanceFromDBSnapshot gets a DB subnet group made of the recovered subnets (else RDS uses the default VPC), Multi-AZ, port and access', async () => {
    rds.on(DescribeDBParameterGroupsCommand).resolves({ DBParameterGroups: [{ DBParameterGroupName: 'orders-pg15' }] });
    const made = await recreate({ type: 'rds:db-instance', sourceResourceId: 'orders-db', snapshotId: 'lifeboat-rds-1', dependencies: ['subnet-a', 'subnet-b', 'sg-n'], configuration: source });
    expect(input(rds.commandCalls(CreateDBSubnetGroupCommand))).toMatchObject({ DBSubnetGroupName: made.resourceId, SubnetIds: ['subnet-a', 'subnet-b'] });
    expect(input(rds.commandCalls(RestoreDBInstanceFromDBSnapshotCommand))).toMatchObject({
      DBSubnetGroupName: made.resourceId, VpcSecurityGroupIds: ['sg-n'], MultiAZ: true, Port: 6543, PubliclyAccessible: false, DBParameterGroupName: 'orders-pg15',
    });
    // A default option group exists in every region and is left to RDS.
    expect(input(rds.commandCalls(RestoreDBInstanceFromDBSnapshotCommand))).not.toHaveProperty('OptionGroupName');
  });

  it('a custom parameter or option group missing in the target region is refused clearly, not dropped', async () => {
    rds.on(DescribeDBInstancesCommand).rejects(awsError('DBInstanceNotFound'));
    rds.on(DescribeDBParameterGroupsCommand).rejects(awsError('DBParameterGroupNotFound'));
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'orders-db', snapshotId: 's', dependencies: ['subnet-a'], configuration: source }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'DBParameterGroupNotFound', message: expect.stringContaining('orders-pg15') });
    rds.on(DescribeDBParameterGroupsCommand).resolves({ DBParameterGroups: [{}] });
    rds.on(DescribeOptionGroupsCommand).rejects(awsError('OptionGroupNotFoundFault'));
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'orders-db', snapshotId: 's', dependencies: ['subnet-a'], configuration: { ...source, optionGroupName: 'orders-oracle-tde' } }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'OptionGroupNotFoundFault' });
    expect(rds.commandCalls(RestoreDBInstanceFromDBSnapshotCommand)).toHaveLength(0);
  });

  it('security groups without recovered subnets are refused before the restore (RDS would put them in the default VPC)', async () => {
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'orders-db', snapshotId: 's', dependencies: ['sg-n'], configuration: { ...source, dbParameterGroupName: undefined } }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue' });
  });

  it('an Aurora, DocumentDB or Neptune member is refused clearly: RDS snapshots those only as a cluster', async () => {
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'aurora-1', snapshotId: 's', configuration: { dbClusterIdentifier: 'aurora' } }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterCombination' });
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('DBSnapshotNotFound'));
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceIdentifier: 'aurora-1', DBClusterIdentifier: 'aurora', Engine: 'aurora-postgresql' }] });
    // What RDS itself answers (InvalidParameterValue), said before the call with what to protect instead.
    await expect(cloud.snapshot(KEYS, { region: 'us-east-1', resourceId: 'aurora-1', type: 'rds:db-instance', protectionId: 'p-1' }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringContaining('rds:cluster aurora') });
    expect(rds.commandCalls(CreateDBSnapshotCommand)).toHaveLength(0);
  });
});

describe('CopyDBSnapshot across regions', () => {
  const snapshot = (extra: Record<string, unknown>) => ({ DBSnapshots: [{ DBSnapshotIdentifier: 'lifeboat-rds-src', Status: 'available', ...extra }] });

  it('an encrypted snapshot gets a KmsKeyId of the destination region (KMS keys are regional); a non-default option group its OptionGroupName', async () => {
    // Under RDS's AWS-managed key (mocked-rds-copy-keys.test.ts has the customer-managed ones).
    kms.on(DescribeKeyCommand).resolves({ KeyMetadata: { KeyId: 'k', Arn: 'arn:aws:kms:us-east-1:111111111111:key/k', KeyManager: 'AWS', KeyState: 'Enabled' } });
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('DBSnapshotNotFound'));
    rds.on(DescribeDBSnapshotsCommand, { DBSnapshotIdentifier: 'lifeboat-rds-src' }).resolves(snapshot({ Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/k', OptionGroupName: 'orders-oracle-tde' }));
    rds.on(DescribeOptionGroupsCommand).resolves({ OptionGroupsList: [{ OptionGroupName: 'orders-oracle-tde' }] });
    rds.on(CopyDBSnapshotCommand).callsFake(async (request: { TargetDBSnapshotIdentifier: string }) => {
      rds.on(DescribeDBSnapshotsCommand, { DBSnapshotIdentifier: request.TargetDBSnapshotIdentifier }).resolves(snapshot({ DBSnapshotIdentifier: request.TargetDBSnapshotIdentifier }));
      return {};
    });
    await cloud.copySnapshot(KEYS, { sourceRegion: 'us-east-1', targetRegion: 'us-west-2', snapshotId: 'lifeboat-rds-src', resourceId: 'orders-db', type: 'rds:db-instance', protectionId: 'p-1' });
    expect(input(rds.commandCalls(CopyDBSnapshotCommand))).toMatchObject({ KmsKeyId: 'alias/aws/rds', OptionGroupName: 'orders-oracle-tde', SourceDBSnapshotIdentifier: 'arn:aws:rds:us-east-1:111111111111:snapshot:lifeboat-rds-src' });
  });

  it('the source ARN names the partition of the region (aws-us-gov, aws-cn); a copy across partitions is refused', async () => {
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('DBSnapshotNotFound'));
    rds.on(DescribeDBSnapshotsCommand, { DBSnapshotIdentifier: 'lifeboat-rds-src' }).resolves(snapshot({ Encrypted: false }));
    rds.on(CopyDBSnapshotCommand).callsFake(async (request: { TargetDBSnapshotIdentifier: string }) => {
      rds.on(DescribeDBSnapshotsCommand, { DBSnapshotIdentifier: request.TargetDBSnapshotIdentifier }).resolves(snapshot({ DBSnapshotIdentifier: request.TargetDBSnapshotIdentifier }));
      return {};
    });
    await cloud.copySnapshot(KEYS, { sourceRegion: 'us-gov-west-1', targetRegion: 'us-gov-east-1', snapshotId: 'lifeboat-rds-src', resourceId: 'orders-db', type: 'rds:db-instance', protectionId: 'p-1' });
    expect(input(rds.commandCalls(CopyDBSnapshotCommand)).SourceDBSnapshotIdentifier).toBe('arn:aws-us-gov:rds:us-gov-west-1:111111111111:snapshot:lifeboat-rds-src');
    expect(input(rds.commandCalls(CopyDBSnapshotCommand))).not.toHaveProperty('KmsKeyId');
    await expect(cloud.copySnapshot(KEYS, { sourceRegion: 'us-east-1', targetRegion: 'cn-north-1', snapshotId: 'lifeboat-rds-src', resourceId: 'orders-db', type: 'rds:db-instance', protectionId: 'p-1' }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterCombination' });
  });
});

describe('eventual consistency after RestoreDBInstanceFromDBSnapshot', () => {
  it('DescribeDBInstances may answer DBInstanceNotFound right after the restore: it is waited through, not a failure', async () => {
    let restored = false;
    let polls = 0;
    rds.on(RestoreDBInstanceFromDBSnapshotCommand).callsFake(async () => { restored = true; return {}; });
    rds.on(DescribeDBInstancesCommand).callsFake(async () => {
      if (!restored) throw awsError('DBInstanceNotFound');
      polls += 1;
      if (polls < 3) throw awsError('DBInstanceNotFound');
      return { DBInstances: [{ DBInstanceStatus: 'available' }] };
    });
    await recreate({ type: 'rds:db-instance', sourceResourceId: 'orders-db', snapshotId: 's', dependencies: ['subnet-a'], configuration: {} });
    expect(polls).toBe(3);
  });
});
