import {
  DeleteNatGatewayCommand, DeleteSubnetCommand, DeleteVolumeCommand, DescribeAddressesCommand, DescribeInstancesCommand, DescribeNatGatewaysCommand,
  EC2Client, ReleaseAddressCommand, TerminateInstancesCommand, type NatGatewayState,
} from '@aws-sdk/client-ec2';
import { DeleteLoadBalancerCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { DeleteDBInstanceCommand, DeleteDBSubnetGroupCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { awsError, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, rds, elb, cloud } = useMockedCloud({ ec2: EC2Client, rds: RDSClient, elb: ElasticLoadBalancingV2Client });
const RECOVERY_TAGS = [{ Key: 'lifeboat:recovery-id', Value: 'rec-1' }, { Key: 'lifeboat:source-id', Value: 'nat-1' }];
const remove = (type: string, resourceId: string) => cloud.deleteResource(KEYS, { region: 'us-west-2', type, resourceId });

describe('a reset deletes each resource and waits until AWS has removed it', () => {
  it('TerminateInstances returns at shutting-down: the delete returns only once DescribeInstances says terminated', async () => {
    ec2.on(TerminateInstancesCommand).resolves({});
    ec2.on(DescribeInstancesCommand).resolvesOnce({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' } }] }] })
      .resolvesOnce({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'shutting-down' } }] }] })
      .resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'terminated' } }] }] });
    await remove('ec2:instance', 'i-1');
    expect(ec2.commandCalls(TerminateInstancesCommand)).toHaveLength(1);
    expect(ec2.commandCalls(DescribeInstancesCommand).length).toBeGreaterThanOrEqual(3);
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [{ InstanceId: 'i-2', State: { Name: 'shutting-down' } }] }] });
    await expect(remove('ec2:instance', 'i-2')).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'WaiterTimeout' });
  });

  it('DeleteDBInstance returns at deleting: the delete waits for DBInstanceNotFound, then removes the recovery\'s DB subnet group', async () => {
    rds.on(DeleteDBInstanceCommand).resolves({});
    rds.on(DeleteDBSubnetGroupCommand).resolves({});
    rds.on(DescribeDBInstancesCommand).resolvesOnce({ DBInstances: [{ DBInstanceStatus: 'available' }] })
      .resolvesOnce({ DBInstances: [{ DBInstanceStatus: 'deleting' }] }).rejects(awsError('DBInstanceNotFound'));
    await remove('rds:db-instance', 'orders-db-0a1b2c3d');
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(3);
    expect(rds.commandCalls(DeleteDBSubnetGroupCommand).map((c) => c.args[0].input)).toEqual([{ DBSubnetGroupName: 'orders-db-0a1b2c3d' }]);
    // A retry that meets the instance already deleting does not fail on InvalidDBInstanceState: it waits.
    rds.on(DeleteDBInstanceCommand).rejects(awsError('InvalidDBInstanceState'));
    rds.on(DescribeDBInstancesCommand).resolvesOnce({ DBInstances: [{ DBInstanceStatus: 'deleting' }] }).rejects(awsError('DBInstanceNotFound'));
    await remove('rds:db-instance', 'orders-db-0a1b2c3d');
  });

  it('DeleteLoadBalancer returns before the load balancer is gone: the delete waits for LoadBalancerNotFound', async () => {
    elb.on(DeleteLoadBalancerCommand).resolves({});
    elb.on(DescribeLoadBalancersCommand).resolvesOnce({ LoadBalancers: [{ LoadBalancerArn: 'arn:lb/1' }] })
      .resolvesOnce({ LoadBalancers: [{ LoadBalancerArn: 'arn:lb/1' }] }).rejects(awsError('LoadBalancerNotFound'));
    await remove('elb:load-balancer', 'shop-lb-0a1b2c3d');
    expect(elb.commandCalls(DeleteLoadBalancerCommand)).toHaveLength(1);
    expect(elb.commandCalls(DescribeLoadBalancersCommand)).toHaveLength(3);
  });

  it('DependencyViolation and VolumeInUse during a reset are retryable (the earlier deletes are still finishing)', async () => {
    ec2.on(DeleteSubnetCommand).rejects(awsError('DependencyViolation'));
    await expect(remove('ec2:subnet', 'subnet-1')).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'DependencyViolation', retryable: true });
    ec2.on(DeleteVolumeCommand).rejects(awsError('VolumeInUse'));
    await expect(remove('ebs:volume', 'vol-1')).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'VolumeInUse', retryable: true });
  });
});

describe('a NAT gateway\'s Elastic IP is released', () => {
  const gateway = (State: NatGatewayState) => ({ NatGateways: [{ NatGatewayId: 'nat-1', State, Tags: RECOVERY_TAGS, NatGatewayAddresses: [{ AllocationId: 'eipalloc-1' }] }] });
  const address = { Addresses: [{ AllocationId: 'eipalloc-1', Tags: RECOVERY_TAGS }] };

  it('only once DescribeNatGateways says deleted (deleting still holds the address)', async () => {
    ec2.on(DeleteNatGatewayCommand).resolves({});
    ec2.on(DescribeNatGatewaysCommand).resolvesOnce(gateway('available')).resolvesOnce(gateway('deleting')).resolvesOnce(gateway('deleting')).resolves(gateway('deleted'));
    ec2.on(DescribeAddressesCommand).resolves(address);
    ec2.on(ReleaseAddressCommand).resolves({});
    await remove('ec2:nat-gateway', 'nat-1');
    expect(ec2.commandCalls(ReleaseAddressCommand).map((c) => c.args[0].input)).toEqual([{ AllocationId: 'eipalloc-1' }]);
    expect(ec2.commandCalls(DescribeNatGatewaysCommand).length).toBeGreaterThanOrEqual(4);
  });

  it('by a retry that finds the gateway already deleted; InvalidIPAddress.InUse is retryable', async () => {
    ec2.on(DescribeNatGatewaysCommand).resolves(gateway('deleted'));
    ec2.on(DescribeAddressesCommand).resolves(address);
    ec2.on(ReleaseAddressCommand).rejectsOnce(awsError('InvalidIPAddress.InUse')).resolves({});
    await expect(remove('ec2:nat-gateway', 'nat-1')).rejects.toMatchObject({ reason: 'unavailable', cloudCode: 'InvalidIPAddress.InUse' });
    await remove('ec2:nat-gateway', 'nat-1');
    expect(ec2.commandCalls(DeleteNatGatewayCommand)).toHaveLength(0);
    expect(ec2.commandCalls(ReleaseAddressCommand)).toHaveLength(2);
  });

  it('by a retry after the gateway has vanished from DescribeNatGateways: the address is found by its recovery tags', async () => {
    ec2.on(DescribeNatGatewaysCommand).rejects(awsError('NatGatewayNotFound'));
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [{ AllocationId: 'eipalloc-1', Tags: [...RECOVERY_TAGS, { Key: 'lifeboat:nat-gateway-id', Value: 'nat-1' }] }] });
    ec2.on(ReleaseAddressCommand).resolves({});
    await remove('ec2:nat-gateway', 'nat-1');
    expect(ec2.commandCalls(DescribeAddressesCommand)[0]!.args[0].input).toEqual({ Filters: [{ Name: 'tag:lifeboat:nat-gateway-id', Values: ['nat-1'] }] });
    expect(ec2.commandCalls(ReleaseAddressCommand)).toHaveLength(1);
  });
});

describe('a NAT gateway found by a retry', () => {
  it('is returned only once available (the route tables recovered after it route through it)', async () => {
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [{ NatGatewayId: 'nat-new', State: 'pending' }] });
    ec2.on(DescribeNatGatewaysCommand, { NatGatewayIds: ['nat-new'] }).resolvesOnce({ NatGateways: [{ NatGatewayId: 'nat-new', State: 'pending' }] })
      .resolves({ NatGateways: [{ NatGatewayId: 'nat-new', State: 'available' }] });
    const made = await cloud.recreate(KEYS, { region: 'us-west-2', recoveryId: 'rec-1', sourceResourceId: 'nat-1', type: 'ec2:nat-gateway', name: 'n', tags: {}, dependencies: ['subnet-n'], configuration: {} });
    expect(made.resourceId).toBe('nat-new');
    expect(ec2.commandCalls(DescribeNatGatewaysCommand).filter((c) => c.args[0].input.NatGatewayIds?.[0] === 'nat-new')).toHaveLength(2);
  });
});
