import {
  AttachInternetGatewayCommand, AuthorizeSecurityGroupEgressCommand, AuthorizeSecurityGroupIngressCommand, CreateInternetGatewayCommand, CreateRouteCommand,
  CreateRouteTableCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, DeleteRouteTableCommand, DescribeAvailabilityZonesCommand, DescribeInternetGatewaysCommand,
  DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client, ModifySubnetAttributeCommand,
  DescribeVpcAttributeCommand, ModifyVpcAttributeCommand, ReplaceRouteTableAssociationCommand, RevokeSecurityGroupEgressCommand,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { awsError, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, cloud, recreate } = useMockedCloud({ ec2: EC2Client });
const inputs = <T>(calls: Array<{ args: [{ input: T }] }>) => calls.map((c) => c.args[0].input);

describe('eventual consistency: a call right after a create may answer NotFound', () => {
  it('a rule naming a group this recovery just made is retried until EC2 sees the group, not dropped', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2.on(DescribeSecurityGroupsCommand, { Filters: [{ Name: 'group-id', Values: ['sg-web-new'] }, { Name: 'tag:lifeboat:recovery-id', Values: ['rec-1'] }] })
      .resolves({ SecurityGroups: [{ GroupId: 'sg-web-new' }] });
    ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: 'sg-new' });
    ec2.on(AuthorizeSecurityGroupIngressCommand).rejectsOnce(awsError('InvalidGroup.NotFound')).rejectsOnce(awsError('InvalidGroup.NotFound')).resolves({});
    await recreate({ type: 'ec2:security-group', sourceResourceId: 'sg-1', dependencies: ['vpc-n', 'sg-web-new'], configuration: {
      ingress: [{ ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, sourceSecurityGroupId: 'sg-web-new' }],
    } });
    expect(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)).toHaveLength(3);
  });

  it('a retry that finds a group made before a crash adds its rules: a group without its rules is never returned as done', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{ GroupId: 'sg-half' }] });
    ec2.on(AuthorizeSecurityGroupIngressCommand).rejects(awsError('InvalidPermission.Duplicate'));
    ec2.on(AuthorizeSecurityGroupIngressCommand, { GroupId: 'sg-half', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }).resolves({});
    const made = await recreate({ type: 'ec2:security-group', sourceResourceId: 'sg-1', configuration: { ingress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: '0.0.0.0/0' }] } });
    expect(made.resourceId).toBe('sg-half');
    expect(ec2.commandCalls(CreateSecurityGroupCommand)).toHaveLength(0);
    expect(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)).toHaveLength(1);
  });

  it('an internet gateway found by a retry is attached (an unattached gateway routes nothing)', async () => {
    ec2.on(DescribeInternetGatewaysCommand).resolves({ InternetGateways: [{ InternetGatewayId: 'igw-half' }] });
    ec2.on(AttachInternetGatewayCommand).resolves({});
    await recreate({ type: 'ec2:internet-gateway', sourceResourceId: 'igw-1', dependencies: ['vpc-n'] });
    expect(ec2.commandCalls(CreateInternetGatewayCommand)).toHaveLength(0);
    expect(inputs(ec2.commandCalls(AttachInternetGatewayCommand))).toEqual([{ InternetGatewayId: 'igw-half', VpcId: 'vpc-n' }]);
  });
});

describe('network settings CreateVpc, CreateSubnet and CreateSecurityGroup cannot carry', () => {
  it('VPC DNS support and hostnames (ModifyVpcAttribute, one attribute a call): a private hosted zone resolves only with both', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
    ec2.on(CreateVpcCommand).resolves({ Vpc: { VpcId: 'vpc-new' } });
    ec2.on(ModifyVpcAttributeCommand).resolves({});
    await recreate({ type: 'ec2:vpc', sourceResourceId: 'vpc-1', configuration: { cidrBlock: '10.1.0.0/16', enableDnsSupport: true, enableDnsHostnames: true } });
    expect(inputs(ec2.commandCalls(ModifyVpcAttributeCommand))).toEqual([{ VpcId: 'vpc-new', EnableDnsSupport: { Value: true } }, { VpcId: 'vpc-new', EnableDnsHostnames: { Value: true } }]);
  });

  it('a public subnet\'s MapPublicIpOnLaunch (ModifySubnetAttribute)', async () => {
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
    ec2.on(CreateSubnetCommand).resolves({ Subnet: { SubnetId: 'subnet-new' } });
    ec2.on(ModifySubnetAttributeCommand).resolves({});
    await recreate({ type: 'ec2:subnet', sourceResourceId: 'subnet-1', dependencies: ['vpc-n'], configuration: { cidrBlock: '10.1.1.0/24', mapPublicIpOnLaunch: true } });
    expect(inputs(ec2.commandCalls(ModifySubnetAttributeCommand))).toEqual([{ SubnetId: 'subnet-new', MapPublicIpOnLaunch: { Value: true } }]);
  });

  it('egress rules: the default allow-all is revoked when the source did not allow all, and its rules written', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: 'sg-new' });
    ec2.on(RevokeSecurityGroupEgressCommand).resolves({});
    ec2.on(AuthorizeSecurityGroupEgressCommand).resolves({});
    await recreate({ type: 'ec2:security-group', sourceResourceId: 'sg-1', dependencies: ['vpc-n'], configuration: { egress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: '10.0.0.0/8' }] } });
    expect(inputs(ec2.commandCalls(RevokeSecurityGroupEgressCommand))).toEqual([{ GroupId: 'sg-new', IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }]);
    expect(inputs(ec2.commandCalls(AuthorizeSecurityGroupEgressCommand))).toEqual([{ GroupId: 'sg-new', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] }]);
  });

  it('the source\'s main route table is made main (ReplaceRouteTableAssociation); a reset hands main back before deleting it', async () => {
    ec2.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] });
    ec2.on(DescribeRouteTablesCommand, { Filters: [{ Name: 'vpc-id', Values: ['vpc-n'] }, { Name: 'association.main', Values: ['true'] }] })
      .resolves({ RouteTables: [{ RouteTableId: 'rtb-default', Associations: [{ Main: true, RouteTableAssociationId: 'rtbassoc-main' }] }] });
    ec2.on(CreateRouteTableCommand).resolves({ RouteTable: { RouteTableId: 'rtb-new' } });
    ec2.on(CreateRouteCommand).resolves({});
    ec2.on(ReplaceRouteTableAssociationCommand).resolves({});
    await recreate({ type: 'ec2:route-table', sourceResourceId: 'rtb-1', dependencies: ['vpc-n', 'igw-n'], configuration: { main: true, routes: [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }] } });
    expect(inputs(ec2.commandCalls(ReplaceRouteTableAssociationCommand))).toEqual([{ AssociationId: 'rtbassoc-main', RouteTableId: 'rtb-new' }]);

    ec2.on(DescribeRouteTablesCommand, { RouteTableIds: ['rtb-new'] }).resolves({ RouteTables: [{ RouteTableId: 'rtb-new', VpcId: 'vpc-n', Associations: [{ Main: true, RouteTableAssociationId: 'rtbassoc-main' }] }] });
    ec2.on(DescribeRouteTablesCommand, { Filters: [{ Name: 'vpc-id', Values: ['vpc-n'] }] }).resolves({ RouteTables: [{ RouteTableId: 'rtb-new' }, { RouteTableId: 'rtb-default' }] });
    ec2.on(DeleteRouteTableCommand).resolves({});
    await cloud.deleteResource(KEYS, { region: 'us-west-2', type: 'ec2:route-table', resourceId: 'rtb-new' });
    expect(inputs(ec2.commandCalls(ReplaceRouteTableAssociationCommand))[1]).toEqual({ AssociationId: 'rtbassoc-main', RouteTableId: 'rtb-default' });
    expect(ec2.commandCalls(DeleteRouteTableCommand)).toHaveLength(1);
  });
});

describe('network discovery', () => {
  it('records each VPC\'s DNS support and hostnames (DescribeVpcAttribute: DescribeVpcs does not report them)', async () => {
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }] });
    ec2.on(DescribeVpcAttributeCommand, { VpcId: 'vpc-1', Attribute: 'enableDnsSupport' }).resolves({ EnableDnsSupport: { Value: true } });
    ec2.on(DescribeVpcAttributeCommand, { VpcId: 'vpc-1', Attribute: 'enableDnsHostnames' }).resolves({ EnableDnsHostnames: { Value: true } });
    for (const command of [DescribeSubnetsCommand, DescribeSecurityGroupsCommand, DescribeRouteTablesCommand, DescribeInternetGatewaysCommand]) ec2.on(command as unknown as typeof DescribeVpcsCommand).resolves({});
    const page = await cloud.discover(KEYS, { region: 'us-east-1', service: 'VPC' });
    expect(page.resources.find((r) => r.resourceId === 'vpc-1')!.configuration).toMatchObject({ enableDnsSupport: true, enableDnsHostnames: true });
  });
});

describe('availability zones are mapped by what the target region offers', () => {
  const zones = (...names: string[]) => ({ AvailabilityZones: names.map((ZoneName) => ({ ZoneName, State: 'available' as const })) });

  it('us-east-1e has no eu-west-1e: the subnet goes to a zone eu-west-1 has (DescribeAvailabilityZones), the same one for every resource of that zone', async () => {
    ec2.on(DescribeAvailabilityZonesCommand).resolves(zones('eu-west-1a', 'eu-west-1b', 'eu-west-1c'));
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
    ec2.on(CreateSubnetCommand).resolves({ Subnet: { SubnetId: 'subnet-new' } });
    for (const [source, az] of [['subnet-e', 'us-east-1e'], ['subnet-b', 'us-east-1b']]) {
      await recreate({ type: 'ec2:subnet', region: 'eu-west-1', sourceResourceId: source!, dependencies: ['vpc-n'], configuration: { availabilityZone: az } });
    }
    expect(inputs(ec2.commandCalls(CreateSubnetCommand)).map((i) => i.AvailabilityZone)).toEqual(['eu-west-1b', 'eu-west-1b']);
    expect(inputs(ec2.commandCalls(DescribeAvailabilityZonesCommand))[0]).toEqual({
      Filters: [{ Name: 'state', Values: ['available'] }, { Name: 'zone-type', Values: ['availability-zone'] }],
    });
  });
});
