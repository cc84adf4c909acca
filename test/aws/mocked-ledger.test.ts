import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import {
  DescribeInstancesCommand, DescribeInternetGatewaysCommand, DescribeNatGatewaysCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand, DescribeVolumesCommand, DescribeVpcsCommand, EC2Client, CreateVpcCommand,
} from '@aws-sdk/client-ec2';
import { DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { HeadBucketCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, KEYS, useMockedCloud } from './mocked-fixture.ts';

// The ledger's own S3 answers are each test's to give.
const { ec2, rds, efs, s3, sqs, cloud } = useMockedCloud({ ec2: EC2Client, rds: RDSClient, efs: EFSClient, sqs: SQSClient }, { vault: false });
const TAG = { Name: 'tag:lifeboat:recovery-id', Values: ['rec-1'] };

beforeEach(() => {
  for (const command of [DescribeVpcsCommand, DescribeSubnetsCommand, DescribeSecurityGroupsCommand, DescribeInternetGatewaysCommand, DescribeRouteTablesCommand]) {
    ec2.on(command as typeof DescribeVpcsCommand).resolves({});
  }
  ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [] });
  ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  ec2.on(DescribeVolumesCommand).resolves({ Volumes: [] });
  rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [] });
  rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] });
  efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [] });
});

describe('the reset finds what a recovery made, not only what the ledger lists', () => {
  it('what carries the recovery\'s tag is found through tag-filtered describes, though the ledger never recorded it (a crash after the create)', async () => {
    s3.on(ListObjectsV2Command).resolves({ Contents: [] });
    ec2.on(DescribeVpcsCommand, { Filters: [TAG] }).resolves({ Vpcs: [{ VpcId: 'vpc-lost' }] });
    ec2.on(DescribeVpcsCommand, { VpcIds: ['vpc-lost'] }).resolves({ Vpcs: [{ VpcId: 'vpc-lost' }] });
    ec2.on(DescribeInstancesCommand, { Filters: [TAG, { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }] })
      .resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-lost' }] }] });
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-lost'] }).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-lost' }] }] });
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [
      { DBInstanceIdentifier: 'orders-db-1', DBInstanceArn: 'arn:aws:rds:us-west-2:111111111111:db:orders-db-1', TagList: [{ Key: 'lifeboat:recovery-id', Value: 'rec-1' }] },
      { DBInstanceIdentifier: 'someone-elses', TagList: [{ Key: 'lifeboat:recovery-id', Value: 'rec-2' }] },
      // An Aurora instance is its cluster's member: found as an rds:cluster-instance, never as a stand-alone database.
      { DBInstanceIdentifier: 'aurora-1-lost', DBClusterIdentifier: 'aurora-lost', TagList: [{ Key: 'lifeboat:recovery-id', Value: 'rec-1' }] },
    ] });
    rds.on(DescribeDBInstancesCommand, { DBInstanceIdentifier: 'orders-db-1' }).resolves({ DBInstances: [{ DBInstanceStatus: 'available' }] });
    rds.on(DescribeDBInstancesCommand, { DBInstanceIdentifier: 'aurora-1-lost' }).resolves({ DBInstances: [{ DBInstanceStatus: 'available' }] });
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [{ DBClusterIdentifier: 'aurora-lost', TagList: [{ Key: 'lifeboat:recovery-id', Value: 'rec-1' }] }] });
    rds.on(DescribeDBClustersCommand, { DBClusterIdentifier: 'aurora-lost' }).resolves({ DBClusters: [{ DBClusterIdentifier: 'aurora-lost', Status: 'available' }] });
    const found = await cloud.listRecoveryResources(KEYS, { region: 'us-west-2', recoveryId: 'rec-1' });
    expect(found.map((r) => [r.type, r.resourceId])).toEqual([
      ['rds:cluster-instance', 'aurora-1-lost'], ['rds:cluster', 'aurora-lost'], ['ec2:instance', 'i-lost'], ['rds:db-instance', 'orders-db-1'], ['ec2:vpc', 'vpc-lost'],
    ]);
    expect(found.find((r) => r.type === 'rds:cluster')?.arn).toBe('arn:aws:rds:us-west-2:111111111111:cluster:aurora-lost');
  });

  it('a connection without S3 (AccessDenied on the vault) recovers and resets on tags alone: the ledger is not required', async () => {
    s3.on(HeadBucketCommand).rejects(awsError('AccessDenied', { status: 403 }));
    s3.on(PutObjectCommand).rejects(awsError('AccessDenied', { status: 403 }));
    s3.on(ListObjectsV2Command).rejects(awsError('AccessDenied', { status: 403 }));
    ec2.on(DescribeVpcsCommand, { Filters: [TAG, { Name: 'tag:lifeboat:source-id', Values: ['vpc-1'] }] }).resolves({ Vpcs: [] });
    ec2.on(CreateVpcCommand).resolves({ Vpc: { VpcId: 'vpc-new' } });
    const made = await cloud.recreate(KEYS, { region: 'us-west-2', recoveryId: 'rec-1', sourceResourceId: 'vpc-1', type: 'ec2:vpc', name: 'v', tags: {}, dependencies: [], configuration: {} });
    expect(made.resourceId).toBe('vpc-new');
    ec2.on(DescribeVpcsCommand, { Filters: [TAG] }).resolves({ Vpcs: [{ VpcId: 'vpc-new' }] });
    ec2.on(DescribeVpcsCommand, { VpcIds: ['vpc-new'] }).resolves({ Vpcs: [{ VpcId: 'vpc-new' }] });
    expect((await cloud.listRecoveryResources(KEYS, { region: 'us-west-2', recoveryId: 'rec-1' })).map((r) => r.resourceId)).toEqual(['vpc-new']);
  });

  it('a name-addressed resource is written to the ledger before it is created, so a crash in between leaves it findable', async () => {
    const order: string[] = [];
    s3.on(HeadBucketCommand).resolves({});
    s3.on(PutObjectCommand).callsFake(async (request: { Key: string }) => { order.push(`ledger ${request.Key.split('/').slice(-2).join('/')}`); return {}; });
    sqs.on(GetQueueUrlCommand).rejects(awsError('AWS.SimpleQueueService.NonExistentQueue'));
    sqs.on(CreateQueueCommand).callsFake(async () => { order.push('CreateQueue'); throw awsError('InternalError', { status: 500 }); });
    await expect(cloud.recreate(KEYS, { region: 'us-west-2', recoveryId: 'rec-1', sourceResourceId: 'orders', type: 'sqs:queue', name: 'orders', tags: {}, dependencies: [], configuration: {} }))
      .rejects.toMatchObject({ retryable: true });
    expect(order).toEqual([expect.stringMatching(/^ledger sqs:queue\/orders-[0-9a-f]{8}$/), 'CreateQueue']);
  });
});
