import { CreateBackupCommand, DynamoDBClient, ListBackupsCommand } from '@aws-sdk/client-dynamodb';
import { CopySnapshotCommand, DescribeInstancesCommand, DescribeSnapshotsCommand, DescribeVolumesCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { CreateDBSnapshotCommand, DescribeDBInstancesCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import type { RecreateRequest } from '../../src/cloud/provider.ts';
import { awsError, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, rds, dynamodb, cloud } = useMockedCloud({ ec2: EC2Client, rds: RDSClient, dynamodb: DynamoDBClient });
const snapshotOf = (type: string, resourceId: string) => cloud.snapshot(KEYS, { region: 'us-east-1', resourceId, type, protectionId: 'p-1' });

describe('transient states and concurrency limits are retryable, not faults', () => {
  it('RDS InvalidDBInstanceState (the instance is backing up or modifying) is unavailable', async () => {
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('DBSnapshotNotFound'));
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{}] });
    rds.on(CreateDBSnapshotCommand).rejects(awsError('InvalidDBInstanceState'));
    await expect(snapshotOf('rds:db-instance', 'orders-db')).rejects.toMatchObject({ reason: 'unavailable', retryable: true });
  });

  it('DynamoDB LimitExceededException (too many concurrent control-plane operations) is throttled', async () => {
    dynamodb.on(ListBackupsCommand).resolves({ BackupSummaries: [] });
    dynamodb.on(CreateBackupCommand).rejects(awsError('LimitExceededException'));
    await expect(snapshotOf('dynamodb:table', 'orders')).rejects.toMatchObject({ reason: 'throttled', retryable: true });
  });

  it('EC2 ResourceLimitExceeded on CopySnapshot (too many concurrent copies) is throttled; InternalError after the retries is unavailable', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
    ec2.on(CopySnapshotCommand).rejects(awsError('ResourceLimitExceeded'));
    const copy = () => cloud.copySnapshot(KEYS, { sourceRegion: 'us-east-1', targetRegion: 'us-west-2', snapshotId: 'snap-1', resourceId: 'vol-1', type: 'ebs:volume', protectionId: 'p-1' });
    await expect(copy()).rejects.toMatchObject({ reason: 'throttled', retryable: true });
    ec2.on(CopySnapshotCommand).rejects(awsError('InternalError', { status: 500 }));
    await expect(copy()).rejects.toMatchObject({ reason: 'unavailable', retryable: true });
  });
});

describe('a launch that ends terminated', () => {
  const request: RecreateRequest = {
    region: 'us-west-2', recoveryId: 'rec-1', sourceResourceId: 'i-1', type: 'ec2:instance', name: 'web', tags: {}, dependencies: ['subnet-n'],
    configuration: { imageId: 'ami-1', instanceType: 'm5.large' },
  };

  it('is reported at once (retryable, with AWS\'s reason), and the retry launches with a new client token', async () => {
    const terminated = { InstanceId: 'i-dead', State: { Name: 'terminated' as const }, StateReason: { Code: 'Server.InsufficientInstanceCapacity', Message: 'Insufficient capacity.' } };
    const launched: string[] = [];
    ec2.on(DescribeInstancesCommand).callsFake(async (input: { InstanceIds?: string[]; Filters?: Array<{ Name: string; Values: string[] }> }) => {
      if (input.InstanceIds?.[0] === 'i-dead') return { Reservations: [{ Instances: [terminated] }] };
      if (input.InstanceIds?.[0] === 'i-ok') return { Reservations: [{ Instances: [{ InstanceId: 'i-ok', State: { Name: 'running' } }] }] };
      // The terminated launch still carries the recovery's tags: the retry counts it and takes another token.
      const asksTerminated = (input.Filters ?? []).some((f) => f.Name === 'instance-state-name' && f.Values.includes('terminated'));
      return { Reservations: asksTerminated && launched.includes('i-dead') ? [{ Instances: [terminated] }] : [] };
    });
    ec2.on(RunInstancesCommand).callsFake(async () => {
      const InstanceId = launched.length ? 'i-ok' : 'i-dead';
      launched.push(InstanceId);
      return { Instances: [{ InstanceId }] };
    });
    await expect(cloud.recreate(KEYS, request)).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'InstanceTerminated', message: expect.stringContaining('Server.InsufficientInstanceCapacity') });
    expect(await cloud.recreate(KEYS, request)).toMatchObject({ resourceId: 'i-ok' });
    const tokens = ec2.commandCalls(RunInstancesCommand).map((c) => c.args[0].input.ClientToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).not.toBe(tokens[1]);
  });
});

describe('partitions: ARNs follow the region (aws, aws-us-gov, aws-cn)', () => {
  it('discovery in a GovCloud region names its resources arn:aws-us-gov', async () => {
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-1', VolumeType: 'gp3' }] });
    const page = await cloud.discover(KEYS, { region: 'us-gov-west-1', service: 'EBS' });
    expect(page.resources[0]!.arn).toBe('arn:aws-us-gov:ec2:us-gov-west-1:111111111111:volume/vol-1');
  });

  it('a recovery into a China or GovCloud region is refused clearly (their endpoints and accounts are apart from aws)', async () => {
    const request: RecreateRequest = { region: 'cn-north-1', recoveryId: 'rec-1', sourceResourceId: 'vpc-1', type: 'ec2:vpc', name: 'v', tags: {}, dependencies: [], configuration: {} };
    await expect(cloud.recreate(KEYS, request)).rejects.toMatchObject({ reason: 'fault', cloudCode: 'UnsupportedPartition', message: expect.stringContaining('aws-cn') });
  });
});
