import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, RestoreTableFromBackupCommand, TagResourceCommand } from '@aws-sdk/client-dynamodb';
import {
  AllocateAddressCommand, AttachVolumeCommand, AuthorizeSecurityGroupIngressCommand, CreateNatGatewayCommand, CreateRouteCommand, CreateRouteTableCommand,
  CreateSecurityGroupCommand, CreateVolumeCommand, DescribeAddressesCommand, DescribeInstancesCommand, DescribeNatGatewaysCommand,
  DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeVolumesCommand, EC2Client, RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateFileSystemCommand, DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import {
  CreateLoadBalancerCommand, CreateTargetGroupCommand, DeleteLoadBalancerCommand, DescribeLoadBalancersCommand, DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateFunctionCommand, GetFunctionCommand, GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateDBSubnetGroupCommand, DescribeDBInstancesCommand, RDSClient, RestoreDBInstanceFromDBSnapshotCommand } from '@aws-sdk/client-rds';
import {
  ChangeResourceRecordSetsCommand, ChangeTagsForResourceCommand, CreateHostedZoneCommand, ListHostedZonesByNameCommand, Route53Client,
} from '@aws-sdk/client-route-53';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { awsError, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const TAGS = [{ Key: 'app', Value: 'shop' }, { Key: 'lifeboat:recovery-id', Value: 'rec-1' }];
// Every resource here is recreated with the source's app tag, next to the recovery's own.
const { ec2, rds, dynamodb, elb, lambda, route53, efs, cloud, recreate } = useMockedCloud(
  { ec2: EC2Client, rds: RDSClient, dynamodb: DynamoDBClient, elb: ElasticLoadBalancingV2Client, lambda: LambdaClient, route53: Route53Client, efs: EFSClient },
  { recreateDefaults: { tags: { app: 'shop' } } },
);

describe('recreate of compute and data', () => {
  it('instance: launched in the recovered subnet and groups with a client token, data volumes attached once it runs', async () => {
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
    // The recovered root is in place already (see mocked-instance.test.ts for the swap): only the data volume is attached.
    ec2.on(DescribeInstancesCommand, { InstanceIds: ['i-new'] }).resolves({ Reservations: [{ Instances: [{
      InstanceId: 'i-new', State: { Name: 'running' }, BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-root' } }],
    }] }] });
    ec2.on(RunInstancesCommand).resolves({ Instances: [{ InstanceId: 'i-new' }] });
    ec2.on(AttachVolumeCommand).resolves({});
    const made = await recreate({
      type: 'ec2:instance', sourceResourceId: 'i-1', dependencies: ['subnet-n', 'sg-n', 'vol-root', 'vol-data'],
      configuration: { imageId: 'ami-1', instanceType: 't3.small', rootDeviceName: '/dev/xvda', blockDeviceMappings: [{ deviceName: '/dev/xvda' }, { deviceName: '/dev/sdf' }] },
    });
    expect(made).toEqual({ resourceId: 'i-new', arn: 'arn:aws:ec2:us-west-2:111111111111:instance/i-new', region: 'us-west-2', type: 'ec2:instance' });
    expect(input(ec2.commandCalls(RunInstancesCommand))).toMatchObject({
      ImageId: 'ami-1', InstanceType: 't3.small', MinCount: 1, MaxCount: 1, SubnetId: 'subnet-n', SecurityGroupIds: ['sg-n'], ClientToken: expect.stringMatching(/^[0-9a-f]{32}$/),
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [...TAGS, { Key: 'lifeboat:source-id', Value: 'i-1' }] }, { ResourceType: 'volume', Tags: [...TAGS, { Key: 'lifeboat:source-id', Value: 'i-1' }] },
      ],
    });
    expect(ec2.commandCalls(AttachVolumeCommand).map((c) => c.args[0].input)).toEqual([{ InstanceId: 'i-new', VolumeId: 'vol-data', Device: '/dev/sdf' }]);
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
    const noImage = await recreate({ type: 'ec2:instance', sourceResourceId: 'i-2' }).catch((e: unknown) => e);
    expect(noImage).toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue' });
  });

  it('volume: from the snapshot in the zone of the same letter, waited for; a missing snapshot keeps its NotFound code', async () => {
    ec2.on(DescribeVolumesCommand, { VolumeIds: undefined }).resolves({ Volumes: [] });
    ec2.on(DescribeVolumesCommand, { VolumeIds: ['vol-new'] }).resolvesOnce({ Volumes: [{ VolumeId: 'vol-new', State: 'creating' }] }).resolves({ Volumes: [{ VolumeId: 'vol-new', State: 'available' }] });
    ec2.on(CreateVolumeCommand).resolves({ VolumeId: 'vol-new' });
    const made = await recreate({ type: 'ebs:volume', sourceResourceId: 'vol-1', snapshotId: 'snap-1', configuration: { availabilityZone: 'us-east-1c', volumeType: 'gp3', size: 8 } });
    expect(made.resourceId).toBe('vol-new');
    expect(input(ec2.commandCalls(CreateVolumeCommand))).toMatchObject({ AvailabilityZone: 'us-west-2c', SnapshotId: 'snap-1', VolumeType: 'gp3' });
    expect(input(ec2.commandCalls(CreateVolumeCommand))).not.toHaveProperty('Size');
    ec2.on(CreateVolumeCommand).rejects(awsError('InvalidSnapshot.NotFound'));
    await expect(recreate({ type: 'ebs:volume', sourceResourceId: 'vol-2', snapshotId: 'snap-gone' })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidSnapshot.NotFound' });
  });

  it('RDS: restored under a name derived from the key, waited for until available; without a snapshot nor an engine to create it empty, refused', async () => {
    let restored = false;
    rds.on(RestoreDBInstanceFromDBSnapshotCommand).callsFake(async () => { restored = true; return {}; });
    rds.on(CreateDBSubnetGroupCommand).resolves({});
    let polls = 0;
    rds.on(DescribeDBInstancesCommand).callsFake(async () => {
      if (!restored) throw awsError('DBInstanceNotFound');
      polls += 1;
      return { DBInstances: [{ DBInstanceStatus: polls < 3 ? 'creating' : 'available' }] };
    });
    const made = await recreate({ type: 'rds:db-instance', sourceResourceId: 'orders-db', snapshotId: 'lifeboat-rds-1', dependencies: ['sg-n', 'subnet-n'], configuration: { dbInstanceClass: 'db.t3.micro' } });
    expect(made.resourceId).toMatch(/^orders-db-[0-9a-f]{8}$/);
    expect(made.arn).toBe(`arn:aws:rds:us-west-2:111111111111:db:${made.resourceId}`);
    expect(polls).toBe(3);
    expect(input(rds.commandCalls(RestoreDBInstanceFromDBSnapshotCommand))).toMatchObject({
      DBInstanceIdentifier: made.resourceId, DBSnapshotIdentifier: 'lifeboat-rds-1', DBInstanceClass: 'db.t3.micro', VpcSecurityGroupIds: ['sg-n'],
      DBSubnetGroupName: made.resourceId,
    });
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceStatus: 'incompatible-restore' }] });
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'orders-db', snapshotId: 'lifeboat-rds-1' })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'DBInstanceRestoreFailed' });
    rds.on(DescribeDBInstancesCommand).rejects(awsError('DBInstanceNotFound'));
    // Without a snapshot it is recreated empty (mocked-rds-empty.test.ts), which needs at least the captured engine.
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'other-db' })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidParameterValue', message: expect.stringContaining('Engine') });
    rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceStatus: 'creating' }] });
    await expect(recreate({ type: 'rds:db-instance', sourceResourceId: 'slow-db', snapshotId: 's' })).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'WaiterTimeout' });
  });

  it('DynamoDB: restored from the backup and tagged, or created on demand from the key schema', async () => {
    const made_ = new Set<string>();
    dynamodb.on(DescribeTableCommand).callsFake(async (request: { TableName: string }) => {
      if (!made_.has(request.TableName)) throw awsError('ResourceNotFoundException');
      return { Table: { TableStatus: 'ACTIVE' } };
    });
    dynamodb.on(RestoreTableFromBackupCommand).callsFake(async (request: { TargetTableName: string }) => { made_.add(request.TargetTableName); return { TableDescription: { TableArn: 'arn:restored' } }; });
    dynamodb.on(TagResourceCommand).resolves({});
    const made = await recreate({ type: 'dynamodb:table', sourceResourceId: 'orders', snapshotId: 'arn:backup/1' });
    expect(input(dynamodb.commandCalls(RestoreTableFromBackupCommand))).toEqual({ TargetTableName: made.resourceId, BackupArn: 'arn:backup/1' });
    expect(input(dynamodb.commandCalls(TagResourceCommand))).toMatchObject({ ResourceArn: 'arn:restored', Tags: [...TAGS, { Key: 'lifeboat:source-id', Value: 'orders' }] });
    dynamodb.on(CreateTableCommand).callsFake(async (request: { TableName: string }) => { made_.add(request.TableName); return {}; });
    await recreate({ type: 'dynamodb:table', sourceResourceId: 'carts', configuration: { keySchema: [{ attributeName: 'id', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }] } });
    expect(input(dynamodb.commandCalls(CreateTableCommand))).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    });
    dynamodb.on(RestoreTableFromBackupCommand).rejects(awsError('BackupNotFoundException'));
    await expect(recreate({ type: 'dynamodb:table', sourceResourceId: 'x', snapshotId: 'arn:gone' })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'BackupNotFoundException' });
  });
});

describe('recreate of the network and application kinds', () => {
  it('security group: address rules, its own group, and rules naming other groups by their recovered ids', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: 'sg-new' });
    ec2.on(AuthorizeSecurityGroupIngressCommand).resolves({});
    ec2.on(AuthorizeSecurityGroupIngressCommand, { IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, UserIdGroupPairs: [{ GroupId: 'sg-elsewhere' }] }] }).rejects(awsError('InvalidGroup.NotFound'));
    await recreate({
      type: 'ec2:security-group', sourceResourceId: 'sg-1', dependencies: ['vpc-n', 'sg-web-new', 'sg-elsewhere'],
      configuration: { groupName: 'db', ingress: [
        { ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, cidrIp: '10.0.0.0/16' }, { ipProtocol: '-1', sourceSecurityGroupId: 'sg-1' },
        { ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, sourceSecurityGroupId: 'sg-web-new' }, { ipProtocol: 'tcp', fromPort: 22, toPort: 22, sourceSecurityGroupId: 'sg-elsewhere' },
      ] },
    });
    expect(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand).map((c) => c.args[0].input)).toEqual([
      { GroupId: 'sg-new', IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }, { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-new' }] },
      ] },
      { GroupId: 'sg-new', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: 'sg-web-new' }] }] },
      { GroupId: 'sg-new', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, UserIdGroupPairs: [{ GroupId: 'sg-elsewhere' }] }] },
    ]);
  });

  it('NAT gateway: a new tagged Elastic IP, a client token, waited for; the route table then routes through it', async () => {
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [] });
    ec2.on(DescribeNatGatewaysCommand, { NatGatewayIds: ['nat-new'] }).resolvesOnce({ NatGateways: [{ NatGatewayId: 'nat-new', State: 'pending' }] }).resolves({ NatGateways: [{ NatGatewayId: 'nat-new', State: 'available' }] });
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [] });
    ec2.on(AllocateAddressCommand).resolves({ AllocationId: 'eipalloc-1' });
    ec2.on(CreateNatGatewayCommand).resolves({ NatGateway: { NatGatewayId: 'nat-new' } });
    const made = await recreate({ type: 'ec2:nat-gateway', sourceResourceId: 'nat-1', dependencies: ['subnet-n'], configuration: { connectivityType: 'public' } });
    expect(made).toMatchObject({ resourceId: 'nat-new', arn: 'arn:aws:ec2:us-west-2:111111111111:natgateway/nat-new' });
    expect(input(ec2.commandCalls(AllocateAddressCommand))).toMatchObject({ Domain: 'vpc', TagSpecifications: [{ ResourceType: 'elastic-ip' }] });
    expect(input(ec2.commandCalls(CreateNatGatewayCommand))).toMatchObject({ SubnetId: 'subnet-n', ConnectivityType: 'public', AllocationId: 'eipalloc-1', ClientToken: expect.any(String) });
    await expect(recreate({ type: 'ec2:nat-gateway', sourceResourceId: 'nat-2' })).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });

    ec2.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] });
    ec2.on(CreateRouteTableCommand).resolves({ RouteTable: { RouteTableId: 'rtb-new' } });
    ec2.on(CreateRouteCommand).resolves({});
    await recreate({
      type: 'ec2:route-table', sourceResourceId: 'rtb-1', dependencies: ['vpc-n', 'nat-new'],
      configuration: { routes: [{ destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local' }, { destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-new' }, { destinationCidrBlock: '1.0.0.0/8', natGatewayId: 'nat-unrecovered' }] },
    });
    expect(ec2.commandCalls(CreateRouteCommand).map((c) => c.args[0].input)).toEqual([{ RouteTableId: 'rtb-new', DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-new' }]);
  });

  it('load balancer and target group: named after the key, found by that name on a retry, deleted by their ARN', async () => {
    elb.on(DescribeLoadBalancersCommand).rejectsOnce(awsError('LoadBalancerNotFoundException')).resolves({ LoadBalancers: [{ LoadBalancerArn: 'arn:lb/new' }] });
    elb.on(CreateLoadBalancerCommand).resolves({ LoadBalancers: [{ LoadBalancerArn: 'arn:lb/new' }] });
    const request = { type: 'elb:load-balancer', sourceResourceId: 'shop-public-lb', dependencies: ['subnet-a', 'subnet-b', 'sg-n'], configuration: { type: 'application', scheme: 'internet-facing' } };
    const made = await recreate(request);
    expect(made.resourceId).toMatch(/^shop-public-lb-[0-9a-f]{8}$/);
    expect(made.arn).toBe('arn:lb/new');
    expect(input(elb.commandCalls(CreateLoadBalancerCommand))).toMatchObject({ Name: made.resourceId, Subnets: ['subnet-a', 'subnet-b'], SecurityGroups: ['sg-n'], Type: 'application', Scheme: 'internet-facing' });
    expect(await recreate(request)).toEqual(made);
    expect(elb.commandCalls(CreateLoadBalancerCommand)).toHaveLength(1);
    elb.on(DeleteLoadBalancerCommand).callsFake(async () => { elb.on(DescribeLoadBalancersCommand).rejects(awsError('LoadBalancerNotFoundException')); return {}; });
    await cloud.deleteResource(KEYS, made);
    expect(input(elb.commandCalls(DeleteLoadBalancerCommand))).toEqual({ LoadBalancerArn: 'arn:lb/new' });
    elb.on(DescribeLoadBalancersCommand).rejects(awsError('LoadBalancerNotFoundException'));
    await expect(cloud.deleteResource(KEYS, made)).resolves.toBeUndefined();

    elb.on(DescribeTargetGroupsCommand).rejects(awsError('TargetGroupNotFoundException'));
    elb.on(CreateTargetGroupCommand).resolves({ TargetGroups: [{ TargetGroupArn: 'arn:tg/new' }] });
    await recreate({ type: 'elb:target-group', sourceResourceId: 'web', dependencies: ['vpc-n'], configuration: { protocol: 'HTTP', port: 80, targetType: 'ip', healthCheckPath: '/health' } });
    expect(input(elb.commandCalls(CreateTargetGroupCommand))).toMatchObject({ VpcId: 'vpc-n', Protocol: 'HTTP', Port: 80, TargetType: 'ip', HealthCheckPath: '/health' });
  });

  it('Lambda: the source\'s code fetched through GetFunction\'s location; refused clearly when it cannot be read', async () => {
    const zip = Buffer.from('PK-fake-zip');
    const server: Server = createServer((req, res) => { res.writeHead(req.url === '/code.zip' ? 200 : 403); res.end(req.url === '/code.zip' ? zip : ''); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      lambda.on(GetFunctionConfigurationCommand).rejectsOnce(awsError('ResourceNotFoundException')).resolves({ State: 'Active' });
      lambda.on(GetFunctionCommand).resolves({ Code: { Location: `${url}/code.zip` }, Configuration: { Role: 'arn:aws:iam::111111111111:role/fn', Environment: { Variables: { MODE: 'prod' } } } });
      lambda.on(CreateFunctionCommand).resolves({});
      const configuration = { functionArn: 'arn:aws:lambda:us-east-1:111111111111:function:api', runtime: 'nodejs20.x', handler: 'index.handler', memorySize: 256 };
      const made = await recreate({ type: 'lambda:function', sourceResourceId: 'api', dependencies: ['subnet-n', 'sg-n'], configuration });
      expect(made).toMatchObject({ resourceId: expect.stringMatching(/^api-[0-9a-f]{8}$/), arn: expect.stringMatching(/^arn:aws:lambda:us-west-2:111111111111:function:api-/) });
      expect(input(lambda.commandCalls(GetFunctionCommand))).toEqual({ FunctionName: configuration.functionArn });
      expect(await lambda.commandCalls(GetFunctionCommand)[0]!.thisValue.config.region()).toBe('us-east-1');
      const created = input(lambda.commandCalls(CreateFunctionCommand));
      expect(created).toMatchObject({
        FunctionName: made.resourceId, Role: 'arn:aws:iam::111111111111:role/fn', Runtime: 'nodejs20.x', Handler: 'index.handler', MemorySize: 256,
        Environment: { Variables: { MODE: 'prod' } }, VpcConfig: { SubnetIds: ['subnet-n'], SecurityGroupIds: ['sg-n'] }, Tags: { app: 'shop', 'lifeboat:source-id': 'api' },
      });
      expect(Buffer.from(created.Code!.ZipFile!).toString()).toBe('PK-fake-zip');

      lambda.on(GetFunctionConfigurationCommand).rejects(awsError('ResourceNotFoundException'));
      lambda.on(GetFunctionCommand).resolves({ Code: { Location: `${url}/expired` } });
      await expect(recreate({ type: 'lambda:function', sourceResourceId: 'b', configuration })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'FunctionCodeUnavailable', message: expect.stringContaining('HTTP 403') });
      lambda.on(GetFunctionCommand).rejects(awsError('AccessDeniedException'));
      await expect(recreate({ type: 'lambda:function', sourceResourceId: 'c', configuration })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'FunctionCodeUnavailable' });
      await expect(recreate({ type: 'lambda:function', sourceResourceId: 'd', configuration: {} })).rejects.toMatchObject({ reason: 'fault', cloudCode: 'FunctionCodeUnavailable' });
    } finally {
      server.close();
    }
  });

  it('Route 53: a zone found by its caller reference, tagged 10 at a time, records upserted (same-zone aliases only)', async () => {
    route53.on(ListHostedZonesByNameCommand).resolves({ HostedZones: [{ Id: '/hostedzone/ZOTHER', Name: 'shop.example.', CallerReference: 'someone-else' }], IsTruncated: false, MaxItems: 100 });
    route53.on(CreateHostedZoneCommand).resolves({ HostedZone: { Id: '/hostedzone/ZNEW', Name: 'shop.example.', CallerReference: 'r' } });
    route53.on(ChangeTagsForResourceCommand).resolves({});
    route53.on(ChangeResourceRecordSetsCommand).resolves({});
    const tags = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, 'v']));
    const made = await recreate({
      type: 'route53:hosted-zone', sourceResourceId: 'ZSRC', tags, configuration: { name: 'shop.example.', records: [
        { name: 'www.shop.example.', type: 'A', ttl: 60, values: ['10.0.0.5'] },
        { name: 'api.shop.example.', type: 'A', alias: { dnsName: 'www.shop.example.', hostedZoneId: 'ZSRC', evaluateTargetHealth: false } },
        { name: 'lb.shop.example.', type: 'A', alias: { dnsName: 'lb-1.elb.amazonaws.com.', hostedZoneId: 'Z35SXDOTRQ7X7K' } },
      ] },
    });
    expect(made).toEqual({ resourceId: 'ZNEW', arn: 'arn:aws:route53:::hostedzone/ZNEW', region: 'us-west-2', type: 'route53:hosted-zone' });
    expect(input(route53.commandCalls(CreateHostedZoneCommand))).toMatchObject({ Name: 'shop.example.', CallerReference: expect.stringMatching(/^[0-9a-f]{32}$/), HostedZoneConfig: { PrivateZone: false } });
    expect(route53.commandCalls(ChangeTagsForResourceCommand).map((c) => c.args[0].input.AddTags!.length)).toEqual([10, 2]);
    expect(input(route53.commandCalls(ChangeResourceRecordSetsCommand)).ChangeBatch!.Changes).toEqual([
      { Action: 'UPSERT', ResourceRecordSet: { Name: 'www.shop.example.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '10.0.0.5' }] } },
      { Action: 'UPSERT', ResourceRecordSet: { Name: 'api.shop.example.', Type: 'A', AliasTarget: { DNSName: 'www.shop.example.', HostedZoneId: 'ZNEW', EvaluateTargetHealth: false } } },
    ]);
    const reference = input(route53.commandCalls(CreateHostedZoneCommand)).CallerReference!;
    route53.on(ListHostedZonesByNameCommand).resolves({ HostedZones: [{ Id: '/hostedzone/ZNEW', Name: 'shop.example.', CallerReference: reference }], IsTruncated: false, MaxItems: 100 });
    expect(await recreate({ type: 'route53:hosted-zone', sourceResourceId: 'ZSRC', configuration: { name: 'shop.example.' } })).toEqual(made);
    expect(route53.commandCalls(CreateHostedZoneCommand)).toHaveLength(1);
    await expect(recreate({ type: 'route53:hosted-zone', sourceResourceId: 'ZPRIV', configuration: { name: 'internal.', privateZone: true } })).rejects.toMatchObject({ cloudCode: 'InvalidParameterValue' });
  });

  it('EFS: created with a creation token and the source\'s settings, waited for until available', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [] });
    efs.on(DescribeFileSystemsCommand, { FileSystemId: 'fs-new' }).resolvesOnce({ FileSystems: [{ FileSystemId: 'fs-new', LifeCycleState: 'creating' } as never] })
      .resolves({ FileSystems: [{ FileSystemId: 'fs-new', LifeCycleState: 'available' } as never] });
    efs.on(CreateFileSystemCommand).resolves({ FileSystemId: 'fs-new' } as never);
    const made = await recreate({ type: 'efs:file-system', sourceResourceId: 'fs-1', configuration: { performanceMode: 'generalPurpose', throughputMode: 'provisioned', provisionedThroughputInMibps: 64, encrypted: true } });
    expect(made).toEqual({ resourceId: 'fs-new', arn: 'arn:aws:elasticfilesystem:us-west-2:111111111111:file-system/fs-new', region: 'us-west-2', type: 'efs:file-system' });
    expect(input(efs.commandCalls(CreateFileSystemCommand))).toMatchObject({
      CreationToken: expect.stringMatching(/^[0-9a-f]{64}$/), PerformanceMode: 'generalPurpose', ThroughputMode: 'provisioned', ProvisionedThroughputInMibps: 64, Encrypted: true,
    });
  });
});
