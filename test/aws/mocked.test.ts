import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CreateBackupCommand, DescribeBackupCommand, DynamoDBClient, ListBackupsCommand } from '@aws-sdk/client-dynamodb';
import {
  CopySnapshotCommand, CreateSnapshotCommand, CreateVpcCommand, DeleteSnapshotCommand, DescribeSnapshotsCommand, DescribeSubnetsCommand,
  DescribeVpcsCommand, EC2Client,
} from '@aws-sdk/client-ec2';
import { CopyDBSnapshotCommand, CreateDBSnapshotCommand, DescribeDBInstancesCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds';
import { HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { beforeEach, describe, expect, it } from 'vitest';
import { AwsCloud, readStackStatus, SILENT_LOGGER } from '../../src/cloud/aws/index.ts';
import { CloudCallError, type CloudCredentials } from '../../src/cloud/provider.ts';
import { awsError, KEYS, mockAws, SETTINGS } from './mocked-fixture.ts';

const { sts, ec2, rds, dynamodb, s3, cfn } = mockAws({ sts: STSClient, ec2: EC2Client, rds: RDSClient, dynamodb: DynamoDBClient, s3: S3Client, cfn: CloudFormationClient });

const ROLE: CloudCredentials = { type: 'iam-role', roleArn: 'arn:aws:iam::111111111111:role/LifeboatAccess', externalId: 'ext-0123456789' };
let clock = 0;
// Each test builds its own driver, on a clock it moves: the cached sessions expire by it.
const newCloud = () => new AwsCloud(SETTINGS, () => clock);
const temporary = (n: number, expiresAt: number) => ({
  Credentials: { AccessKeyId: `ASIA${n}`, SecretAccessKey: `temp-secret-${n}`, SessionToken: `token-${n}`, Expiration: new Date(expiresAt) },
});

beforeEach(() => {
  clock = Date.now();
  sts.on(AssumeRoleCommand).resolves(temporary(1, clock + 3600_000));
  sts.on(GetCallerIdentityCommand).resolves({ Account: '111111111111', Arn: 'arn:aws:sts::111111111111:assumed-role/LifeboatAccess/lifeboat' });
});

describe('credentials and verify', () => {
  it('assumes the role with the external id, caches the session and refreshes it before it expires', async () => {
    const cloud = newCloud();
    expect(await cloud.verify(ROLE)).toEqual({ status: 'success', accountId: '111111111111', message: 'Credentials reach account 111111111111' });
    expect(sts.commandCalls(AssumeRoleCommand)[0]!.args[0].input).toEqual({
      RoleArn: ROLE.type === 'iam-role' ? ROLE.roleArn : '', ExternalId: 'ext-0123456789', RoleSessionName: 'lifeboat', DurationSeconds: 3600,
    });
    await cloud.verify(ROLE);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    clock += 3600_000 - 4 * 60_000; // inside the 5-minute refresh window
    await cloud.verify(ROLE);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
    cloud.close();
  });

  it('maps refusals to authentication-failed and the rest to failed, with the AWS code and without secrets', async () => {
    const cloud = newCloud();
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', { message: 'not authorized to perform sts:AssumeRole (external id ext-0123456789)' }));
    const denied = await cloud.verify(ROLE);
    expect(denied.status).toBe('authentication-failed');
    expect(denied.message).toMatch(/^AccessDenied: /);
    expect(denied.message).not.toContain('ext-0123456789');
    sts.on(GetCallerIdentityCommand).rejects(awsError('SignatureDoesNotMatch', { message: 'bad signature for super-secret-key-material' }));
    const badKey = await cloud.verify(KEYS);
    expect(badKey).toMatchObject({ status: 'authentication-failed' });
    expect(badKey.message).not.toContain('super-secret-key-material');
    sts.on(GetCallerIdentityCommand).rejects(awsError('ThrottlingException', { message: 'Rate exceeded' }));
    expect(await cloud.verify(KEYS)).toEqual({ status: 'failed', message: 'ThrottlingException: Rate exceeded' });
    sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' }));
    expect(await cloud.verify(KEYS)).toMatchObject({ status: 'failed', message: expect.stringMatching(/^ECONNREFUSED: /) });
    cloud.close();
  });

  it('gives every SDK client adaptive retry and a logger that writes nothing', () => {
    const client = new STSClient({ retryMode: 'adaptive', logger: SILENT_LOGGER });
    expect(Object.values(SILENT_LOGGER).every((fn) => fn.length === 0 && fn() === undefined)).toBe(true);
    client.destroy();
  });
});

describe('discover', () => {
  it('walks the VPC service list by list and page by page, with dependencies', async () => {
    const cloud = newCloud();
    ec2.on(DescribeVpcsCommand, { NextToken: undefined }).resolves({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', Tags: [{ Key: 'Name', Value: 'shop' }] }], NextToken: 't2' });
    ec2.on(DescribeVpcsCommand, { NextToken: 't2' }).resolves({ Vpcs: [{ VpcId: 'vpc-2', CidrBlock: '10.1.0.0/16' }] });
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [{ SubnetId: 'subnet-1', VpcId: 'vpc-1', CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }] });
    const first = await cloud.discover(ROLE, { region: 'us-east-1', service: 'VPC' });
    expect(first.resources).toEqual([expect.objectContaining({
      resourceId: 'vpc-1', name: 'shop', type: 'ec2:vpc', service: 'VPC', arn: 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1', tags: { Name: 'shop' },
    })]);
    expect(ec2.commandCalls(DescribeVpcsCommand)[0]!.args[0].input).toEqual({ MaxResults: 1000, NextToken: undefined });
    const second = await cloud.discover(ROLE, { region: 'us-east-1', service: 'VPC', nextToken: first.nextToken! });
    expect(second.resources.map((r) => r.resourceId)).toEqual(['vpc-2']);
    const third = await cloud.discover(ROLE, { region: 'us-east-1', service: 'VPC', nextToken: second.nextToken! });
    expect(third.resources).toEqual([expect.objectContaining({ resourceId: 'subnet-1', type: 'ec2:subnet', dependencies: ['vpc-1'] })]);
    const bad = await cloud.discover(ROLE, { region: 'us-east-1', service: 'VPC', nextToken: 'garbage' }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ reason: 'fault', cloudCode: 'InvalidNextToken' });
    ec2.on(DescribeVpcsCommand).rejects(awsError('UnauthorizedOperation', { message: 'You are not authorized to perform this operation.' }));
    const denied = await cloud.discover(ROLE, { region: 'us-east-1', service: 'VPC' }).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(CloudCallError);
    expect(denied).toMatchObject({ reason: 'authentication', cloudCode: 'UnauthorizedOperation', code: 'CLOUD_AUTHENTICATION' });
    cloud.close();
  });
});

describe('snapshots', () => {
  const request = { region: 'us-east-1', resourceId: 'vol-1', type: 'ebs:volume', protectionId: 'prot-1' };
  const done = { SnapshotId: 'snap-1', State: 'completed' as const, VolumeSize: 8, StartTime: new Date(1000) };

  it('EBS: tagged with the protection, waited for, and found again instead of taken twice', async () => {
    const cloud = newCloud();
    ec2.on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-1'] }).resolvesOnce({ Snapshots: [{ ...done, State: 'pending' }] }).resolves({ Snapshots: [done] });
    ec2.on(DescribeSnapshotsCommand, { OwnerIds: ['self'] }).resolvesOnce({ Snapshots: [] }).resolves({ Snapshots: [done] });
    ec2.on(CreateSnapshotCommand).resolves({ SnapshotId: 'snap-1', State: 'pending' });
    const snapshot = await cloud.snapshot(ROLE, request);
    expect(snapshot).toEqual({ snapshotId: 'snap-1', region: 'us-east-1', resourceId: 'vol-1', type: 'ebs:volume', protectionId: 'prot-1', sizeBytes: 8 * 2 ** 30, createdAt: 1000 });
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0]!.args[0].input.Filters).toEqual([
      { Name: 'tag:lifeboat:protection-id', Values: ['prot-1'] }, { Name: 'tag:lifeboat:resource-id', Values: ['vol-1'] },
    ]);
    expect(ec2.commandCalls(CreateSnapshotCommand)[0]!.args[0].input).toMatchObject({
      VolumeId: 'vol-1', TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'lifeboat:protection-id', Value: 'prot-1' }, { Key: 'lifeboat:resource-id', Value: 'vol-1' }] }],
    });
    expect(await cloud.snapshot(ROLE, request)).toEqual(snapshot);
    expect(ec2.commandCalls(CreateSnapshotCommand)).toHaveLength(1);

    ec2.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-2' });
    ec2.on(DescribeSnapshotsCommand, { OwnerIds: ['self'] }).resolves({ Snapshots: [] });
    ec2.on(DescribeSnapshotsCommand, { SnapshotIds: ['snap-2'] }).resolves({ Snapshots: [{ ...done, SnapshotId: 'snap-2' }] });
    const copy = await cloud.copySnapshot(ROLE, { snapshotId: 'snap-1', sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: 'vol-1', type: 'ebs:volume', protectionId: 'prot-1' });
    expect(copy).toMatchObject({ snapshotId: 'snap-2', region: 'us-west-2' });
    expect(ec2.commandCalls(CopySnapshotCommand)[0]!.args[0].input).toMatchObject({ SourceRegion: 'us-east-1', SourceSnapshotId: 'snap-1' });
    expect(await ec2.commandCalls(CopySnapshotCommand)[0]!.thisValue.config.region()).toBe('us-west-2');

    ec2.on(DeleteSnapshotCommand).rejects(awsError('InvalidSnapshot.NotFound'));
    await expect(cloud.deleteSnapshot(ROLE, { snapshotId: 'snap-9', region: 'us-east-1' })).resolves.toBeUndefined();
    ec2.on(CreateSnapshotCommand).rejects(awsError('InvalidVolume.NotFound', { message: "The volume 'vol-9' does not exist." }));
    const missing = await cloud.snapshot(ROLE, { ...request, resourceId: 'vol-9', protectionId: 'prot-2' }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ reason: 'fault', cloudCode: 'InvalidVolume.NotFound' });
    cloud.close();
  });

  it('RDS: a snapshot identifier derived from the key; an existing one is reused; copies name the source ARN', async () => {
    const cloud = newCloud();
    const available = { Status: 'available', AllocatedStorage: 20, SnapshotCreateTime: new Date(5) };
    rds.on(DescribeDBSnapshotsCommand).rejectsOnce(awsError('DBSnapshotNotFound')).callsFake((input: { DBSnapshotIdentifier: string }) => ({ DBSnapshots: [{ ...available, DBSnapshotIdentifier: input.DBSnapshotIdentifier }] }));
    rds.on(CreateDBSnapshotCommand).resolves({});
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceIdentifier: 'orders-db' }] });
    const snapshot = await cloud.snapshot(ROLE, { region: 'us-east-1', resourceId: 'orders-db', type: 'rds:db-instance', protectionId: 'prot-1' });
    expect(snapshot.snapshotId).toMatch(/^lifeboat-rds-[0-9a-f]{24}$/);
    expect(rds.commandCalls(CreateDBSnapshotCommand)[0]!.args[0].input).toMatchObject({ DBSnapshotIdentifier: snapshot.snapshotId, DBInstanceIdentifier: 'orders-db' });
    expect(await cloud.snapshot(ROLE, { region: 'us-east-1', resourceId: 'orders-db', type: 'rds:db-instance', protectionId: 'prot-1' })).toMatchObject({ snapshotId: snapshot.snapshotId });
    expect(rds.commandCalls(CreateDBSnapshotCommand)).toHaveLength(1);

    rds.reset();
    rds.on(DescribeDBSnapshotsCommand).rejectsOnce(awsError('DBSnapshotNotFound')).callsFake((input: { DBSnapshotIdentifier: string }) => ({ DBSnapshots: [{ ...available, DBSnapshotIdentifier: input.DBSnapshotIdentifier }] }));
    rds.on(CopyDBSnapshotCommand).rejects(awsError('DBSnapshotAlreadyExists'));
    await cloud.copySnapshot(ROLE, { snapshotId: snapshot.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'eu-west-1', resourceId: 'orders-db', type: 'rds:db-instance', protectionId: 'prot-1' });
    expect(rds.commandCalls(CopyDBSnapshotCommand)[0]!.args[0].input.SourceDBSnapshotIdentifier).toBe(`arn:aws:rds:us-east-1:111111111111:snapshot:${snapshot.snapshotId}`);
    cloud.close();
  });

  it('DynamoDB: a named on-demand backup, looked up by name first; cross-region copies are refused as a fault', async () => {
    const cloud = newCloud();
    dynamodb.on(ListBackupsCommand).resolves({ BackupSummaries: [] });
    dynamodb.on(CreateBackupCommand).resolves({ BackupDetails: { BackupArn: 'arn:aws:dynamodb:us-east-1:111111111111:table/orders/backup/01', BackupName: 'x', BackupType: 'USER', BackupStatus: 'CREATING', BackupCreationDateTime: new Date() } });
    dynamodb.on(DescribeBackupCommand).resolves({ BackupDescription: { BackupDetails: { BackupArn: 'a', BackupName: 'x', BackupType: 'USER', BackupStatus: 'AVAILABLE', BackupSizeBytes: 42, BackupCreationDateTime: new Date(7) } } });
    const backup = await cloud.snapshot(KEYS, { region: 'us-east-1', resourceId: 'orders', type: 'dynamodb:table', protectionId: 'prot-1' });
    expect(backup).toMatchObject({ snapshotId: 'arn:aws:dynamodb:us-east-1:111111111111:table/orders/backup/01', sizeBytes: 42, createdAt: 7 });
    expect(dynamodb.commandCalls(CreateBackupCommand)[0]!.args[0].input).toEqual({ TableName: 'orders', BackupName: expect.stringMatching(/^lifeboat-[0-9a-f]{24}$/) });
    const copy = await cloud.copySnapshot(KEYS, { snapshotId: backup.snapshotId, sourceRegion: 'us-east-1', targetRegion: 'us-west-2', resourceId: 'orders', type: 'dynamodb:table', protectionId: 'prot-1' }).catch((e: unknown) => e);
    expect(copy).toMatchObject({ reason: 'fault', cloudCode: 'UnsupportedOperation' });
    cloud.close();
  });
});

describe('recreate', () => {
  it('tags what it makes with the recovery and source ids, and a retry finds it by those tags', async () => {
    const cloud = newCloud();
    s3.on(HeadBucketCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
    ec2.on(DescribeVpcsCommand).resolvesOnce({ Vpcs: [] }).resolves({ Vpcs: [{ VpcId: 'vpc-new' }] });
    ec2.on(CreateVpcCommand).resolves({ Vpc: { VpcId: 'vpc-new' } });
    const request = {
      region: 'us-west-2', recoveryId: 'rec-1', sourceResourceId: 'vpc-1', type: 'ec2:vpc', name: 'shop', configuration: { cidrBlock: '10.0.0.0/16' },
      tags: { app: 'shop', 'aws:cloudformation:stack-name': 'x' }, dependencies: [],
    };
    const made = await cloud.recreate(ROLE, request);
    expect(made).toEqual({ resourceId: 'vpc-new', arn: 'arn:aws:ec2:us-west-2:111111111111:vpc/vpc-new', region: 'us-west-2', type: 'ec2:vpc' });
    expect(ec2.commandCalls(CreateVpcCommand)[0]!.args[0].input).toEqual({
      CidrBlock: '10.0.0.0/16', InstanceTenancy: 'default',
      TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'app', Value: 'shop' }, { Key: 'lifeboat:recovery-id', Value: 'rec-1' }, { Key: 'lifeboat:source-id', Value: 'vpc-1' }] }],
    });
    expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input).toMatchObject({ Bucket: 'vault-111111111111-us-west-2', Key: 'recoveries/rec-1/us-west-2/ec2:vpc/vpc-new' });
    expect(await cloud.recreate(ROLE, request)).toEqual(made);
    expect(ec2.commandCalls(CreateVpcCommand)).toHaveLength(1);
    const unknown = await cloud.recreate(ROLE, { ...request, type: 'ec2:transit-gateway' }).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue' });
    cloud.close();
  });
});

describe('readStackStatus', () => {
  it('reads a stack through DescribeStacks and reports a missing one as NOT_FOUND', async () => {
    const cloud = newCloud();
    cfn.on(DescribeStacksCommand).resolvesOnce({
      Stacks: [{ StackName: 'lifeboat-group', StackStatus: 'CREATE_COMPLETE', CreationTime: new Date(1_700_000_000_000), Outputs: [{ OutputKey: 'RoleArn', OutputValue: 'arn:aws:iam::1:role/x' }] }],
    }).rejects(awsError('ValidationError', { message: 'Stack with id lifeboat-group does not exist' }));
    const read = () => cloud.withSession(ROLE, (session) => readStackStatus(session, { region: 'us-east-1', stackName: 'lifeboat-group' }));
    expect(await read()).toEqual({ status: 'CREATE_COMPLETE', updatedAt: 1_700_000_000_000, outputs: { RoleArn: 'arn:aws:iam::1:role/x' } });
    expect(cfn.commandCalls(DescribeStacksCommand)[0]!.args[0].input).toEqual({ StackName: 'lifeboat-group' });
    expect(await read()).toEqual({ status: 'NOT_FOUND', outputs: {} });
    cloud.close();
  });
});
