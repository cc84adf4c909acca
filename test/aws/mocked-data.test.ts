import {
  CreateTableCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, ListTagsOfResourceCommand, RestoreTableFromBackupCommand, TagResourceCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateVolumeCommand, DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, dynamodb, rds, cloud, recreate } = useMockedCloud({ ec2: EC2Client, dynamodb: DynamoDBClient, rds: RDSClient });

describe('EBS volume parameters', () => {
  beforeEach(() => {
    ec2.on(DescribeVolumesCommand, { VolumeIds: undefined }).resolves({ Volumes: [] });
    ec2.on(DescribeVolumesCommand, { VolumeIds: ['vol-new'] }).resolves({ Volumes: [{ VolumeId: 'vol-new', State: 'available' }] });
    ec2.on(CreateVolumeCommand).resolves({ VolumeId: 'vol-new' });
  });

  it('CreateVolume refuses Iops for gp2, st1, sc1 and standard, and Throughput outside gp3: neither is sent for them', async () => {
    for (const [index, volumeType] of ['gp2', 'st1', 'sc1', 'standard'].entries()) {
      await recreate({ type: 'ebs:volume', sourceResourceId: `vol-${volumeType}`, snapshotId: 'snap-1', configuration: { volumeType, iops: 300, throughput: 250, size: 100 } });
      const sent = input(ec2.commandCalls(CreateVolumeCommand), index);
      expect(sent).toMatchObject({ VolumeType: volumeType });
      expect(sent).not.toHaveProperty('Iops');
      expect(sent).not.toHaveProperty('Throughput');
    }
  });

  it('io1/io2 keep their Iops, gp3 its Iops and Throughput', async () => {
    await recreate({ type: 'ebs:volume', sourceResourceId: 'vol-io2', snapshotId: 'snap-1', configuration: { volumeType: 'io2', iops: 4000, throughput: 250 } });
    await recreate({ type: 'ebs:volume', sourceResourceId: 'vol-gp3', snapshotId: 'snap-1', configuration: { volumeType: 'gp3', iops: 3000, throughput: 250 } });
    expect(input(ec2.commandCalls(CreateVolumeCommand), 0)).toMatchObject({ VolumeType: 'io2', Iops: 4000 });
    expect(input(ec2.commandCalls(CreateVolumeCommand), 0)).not.toHaveProperty('Throughput');
    expect(input(ec2.commandCalls(CreateVolumeCommand), 1)).toMatchObject({ VolumeType: 'gp3', Iops: 3000, Throughput: 250 });
  });

  it('discovery records no IOPS for a gp2 volume (AWS reports its baseline, which cannot be set)', async () => {
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [
      { VolumeId: 'vol-a', VolumeType: 'gp2', Iops: 300, Size: 100 }, { VolumeId: 'vol-b', VolumeType: 'gp3', Iops: 3000, Throughput: 125, Size: 8 },
    ] });
    const found = await cloud.discover(KEYS, { region: 'us-east-1', service: 'EBS' });
    const byId = Object.fromEntries(found.resources.map((r) => [r.resourceId, r.configuration]));
    expect(byId['vol-a']).not.toHaveProperty('iops');
    expect(byId['vol-b']).toMatchObject({ iops: 3000, throughput: 125 });
  });
});

describe('DynamoDB tables', () => {
  it('a restore is returned only once the table is ACTIVE (RestoreTableFromBackup answers while CREATING)', async () => {
    let restored = false;
    dynamodb.on(RestoreTableFromBackupCommand).callsFake(async () => { restored = true; return { TableDescription: { TableArn: 'arn:t', TableStatus: 'CREATING' } }; });
    dynamodb.on(TagResourceCommand).resolves({});
    let polls = 0;
    dynamodb.on(DescribeTableCommand).callsFake(async () => {
      if (!restored) throw awsError('ResourceNotFoundException');
      polls += 1;
      return { Table: { TableStatus: polls < 3 ? 'CREATING' : 'ACTIVE' } };
    });
    await recreate({ type: 'dynamodb:table', sourceResourceId: 'orders', snapshotId: 'arn:backup/1' });
    expect(polls).toBe(3);
  });

  it('CreateTable gets the indexes with their key attributes (AWS refuses attribute definitions no key uses)', async () => {
    dynamodb.on(DescribeTableCommand).rejectsOnce(awsError('ResourceNotFoundException')).resolves({ Table: { TableStatus: 'ACTIVE' } });
    dynamodb.on(CreateTableCommand).resolves({});
    await recreate({ type: 'dynamodb:table', sourceResourceId: 'carts', configuration: {
      keySchema: [{ attributeName: 'id', keyType: 'HASH' }],
      attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }, { attributeName: 'owner', attributeType: 'S' }, { attributeName: 'stale', attributeType: 'N' }],
      globalSecondaryIndexes: [{ indexName: 'by-owner', keySchema: [{ attributeName: 'owner', keyType: 'HASH' }], projection: { projectionType: 'KEYS_ONLY' } }],
    } });
    const sent = input(dynamodb.commandCalls(CreateTableCommand));
    expect(sent.GlobalSecondaryIndexes).toEqual([{ IndexName: 'by-owner', KeySchema: [{ AttributeName: 'owner', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }]);
    expect(sent.AttributeDefinitions).toEqual([{ AttributeName: 'id', AttributeType: 'S' }, { AttributeName: 'owner', AttributeType: 'S' }]);
  });

  it('discovery records each index with its key schema and projection', async () => {
    dynamodb.on(ListTablesCommand).resolves({ TableNames: ['carts'] });
    dynamodb.on(ListTagsOfResourceCommand).resolves({ Tags: [] });
    dynamodb.on(DescribeTableCommand).resolves({ Table: {
      TableArn: 'arn:t', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [{ IndexName: 'by-owner', KeySchema: [{ AttributeName: 'owner', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['total'] } }],
      LocalSecondaryIndexes: [{ IndexName: 'by-date', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }, { AttributeName: 'at', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
    } });
    const [table] = (await cloud.discover(KEYS, { region: 'us-east-1', service: 'DynamoDB' })).resources;
    expect(table!.configuration).toMatchObject({
      globalSecondaryIndexes: [{ indexName: 'by-owner', keySchema: [{ attributeName: 'owner', keyType: 'HASH' }], projection: { projectionType: 'INCLUDE', nonKeyAttributes: ['total'] } }],
      localSecondaryIndexes: [{ indexName: 'by-date', keySchema: [{ attributeName: 'id', keyType: 'HASH' }, { attributeName: 'at', keyType: 'RANGE' }], projection: { projectionType: 'ALL' } }],
    });
  });
});

describe('RDS discovery', () => {
  it('records the parameter group, option group and cluster a restore needs; a cluster member is an rds:cluster-instance depending on its cluster', async () => {
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{
      DBInstanceIdentifier: 'orders-db', DBInstanceArn: 'arn:db', DBParameterGroups: [{ DBParameterGroupName: 'orders-pg15' }],
      OptionGroupMemberships: [{ OptionGroupName: 'default:postgres-15' }],
    }, {
      DBInstanceIdentifier: 'aurora-1', DBInstanceArn: 'arn:db:aurora-1', DBParameterGroups: [{ DBParameterGroupName: 'aurora-pg15' }], DBClusterIdentifier: 'aurora',
    }] });
    const [db, member] = (await cloud.discover(KEYS, { region: 'us-east-1', service: 'RDS' })).resources;
    expect(db).toMatchObject({ type: 'rds:db-instance', configuration: { dbParameterGroupName: 'orders-pg15', optionGroupName: 'default:postgres-15' } });
    expect(member).toMatchObject({ type: 'rds:cluster-instance', dependencies: ['aurora'], configuration: { dbParameterGroupName: 'aurora-pg15', dbClusterIdentifier: 'aurora' } });
  });
});
