import {
  AuthorizeSecurityGroupEgressCommand, AuthorizeSecurityGroupIngressCommand, CreateManagedPrefixListCommand, CreateSecurityGroupCommand, DeleteManagedPrefixListCommand,
  DescribeInternetGatewaysCommand, DescribeManagedPrefixListsCommand, DescribeNatGatewaysCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client, GetManagedPrefixListEntriesCommand, RevokeSecurityGroupEgressCommand,
} from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/cloud/iam-actions.ts';
import { ACCOUNT, input, KEYS, useMockedCloud } from './mocked-fixture.ts';

const { ec2, cloud, recreate } = useMockedCloud({ ec2: EC2Client });
const inputs = <T>(calls: Array<{ args: [{ input: T }] }>) => calls.map((c) => c.args[0].input);

const S3_EAST = { region: 'us-east-1', name: 'com.amazonaws.us-east-1.s3', ownerId: 'AWS', addressFamily: 'IPv4', maxEntries: 6 };
const OFFICE = { region: 'us-east-1', name: 'office-cidrs', ownerId: ACCOUNT, addressFamily: 'IPv4', maxEntries: 10, entries: [{ cidr: '203.0.113.0/24', description: 'HQ' }, { cidr: '198.51.100.0/24' }] };
const group = (prefixLists: Record<string, unknown>) => ({
  ingress: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, prefixListId: 'pl-office' }],
  egress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, prefixListId: 'pl-s3east' }],
  prefixLists,
});

beforeEach(() => {
  ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  ec2.on(CreateSecurityGroupCommand).resolves({ GroupId: 'sg-new' });
  ec2.on(AuthorizeSecurityGroupIngressCommand).resolves({});
  ec2.on(AuthorizeSecurityGroupEgressCommand).resolves({});
  ec2.on(RevokeSecurityGroupEgressCommand).resolves({});
  ec2.on(DescribeManagedPrefixListsCommand).resolves({ PrefixLists: [] });
  ec2.on(DescribeManagedPrefixListsCommand, { Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.us-west-2.s3'] }, { Name: 'owner-id', Values: ['AWS'] }] })
    .resolves({ PrefixLists: [{ PrefixListId: 'pl-s3west', PrefixListName: 'com.amazonaws.us-west-2.s3', OwnerId: 'AWS', State: 'create-complete' }] });
});

describe('security group rules naming prefix lists (PrefixListIds), ingress and egress', () => {
  it('discovery captures the rules and each list\'s name and owner; a customer-managed list\'s entries and max entries too', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{
      GroupId: 'sg-1', GroupName: 'bastion', VpcId: 'vpc-1',
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: 'pl-office' }] }],
      IpPermissionsEgress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-s3east' }] }],
    }] });
    ec2.on(DescribeManagedPrefixListsCommand, { PrefixListIds: ['pl-office', 'pl-s3east'] }).resolves({ PrefixLists: [
      { PrefixListId: 'pl-office', PrefixListName: 'office-cidrs', OwnerId: ACCOUNT, AddressFamily: 'IPv4', MaxEntries: 10 },
      { PrefixListId: 'pl-s3east', PrefixListName: 'com.amazonaws.us-east-1.s3', OwnerId: 'AWS', AddressFamily: 'IPv4', MaxEntries: 6 },
    ] });
    ec2.on(GetManagedPrefixListEntriesCommand).resolves({ Entries: [{ Cidr: '203.0.113.0/24', Description: 'HQ' }, { Cidr: '198.51.100.0/24' }] });
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
    ec2.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] });
    ec2.on(DescribeInternetGatewaysCommand).resolves({ InternetGateways: [] });
    ec2.on(DescribeNatGatewaysCommand).resolves({ NatGateways: [] });
    const found = [];
    let nextToken: string | undefined;
    do {
      const page = await cloud.discover(KEYS, { region: 'us-east-1', service: 'VPC', nextToken });
      found.push(...page.resources);
      nextToken = page.nextToken;
    } while (nextToken);
    const sg = found.find((r) => r.resourceId === 'sg-1')!;
    expect(sg.configuration).toMatchObject(group({ 'pl-office': OFFICE, 'pl-s3east': S3_EAST }));
    // AWS-managed lists are mapped by name, not copied: their entries are not read.
    expect(inputs(ec2.commandCalls(GetManagedPrefixListEntriesCommand))).toEqual([{ PrefixListId: 'pl-office', MaxResults: 100 }]);
  });

  it('in another region: the AWS-managed list is mapped by its name there (DescribeManagedPrefixLists), the customer\'s list recreated with its entries, tagged for the reset', async () => {
    ec2.on(CreateManagedPrefixListCommand).callsFake(async () => {
      ec2.on(DescribeManagedPrefixListsCommand, { PrefixListIds: ['pl-officewest'] }).resolves({ PrefixLists: [{ PrefixListId: 'pl-officewest', State: 'create-complete' }] });
      return { PrefixList: { PrefixListId: 'pl-officewest', State: 'create-in-progress' } };
    });
    await recreate({ type: 'ec2:security-group', sourceResourceId: 'sg-1', dependencies: ['vpc-n'], configuration: group({ 'pl-office': OFFICE, 'pl-s3east': S3_EAST }) });
    expect(input(ec2.commandCalls(CreateManagedPrefixListCommand))).toMatchObject({
      PrefixListName: 'office-cidrs', AddressFamily: 'IPv4', MaxEntries: 10, Entries: [{ Cidr: '203.0.113.0/24', Description: 'HQ' }, { Cidr: '198.51.100.0/24' }],
      TagSpecifications: [{ ResourceType: 'prefix-list', Tags: expect.arrayContaining([{ Key: 'lifeboat:recovery-id', Value: 'rec-1' }, { Key: 'lifeboat:source-id', Value: 'pl-office' }]) }],
      ClientToken: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(inputs(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand))).toEqual([
      { GroupId: 'sg-new', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, PrefixListIds: [{ PrefixListId: 'pl-officewest' }] }] },
    ]);
    expect(inputs(ec2.commandCalls(AuthorizeSecurityGroupEgressCommand))).toEqual([
      { GroupId: 'sg-new', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, PrefixListIds: [{ PrefixListId: 'pl-s3west' }] }] },
    ]);
  });

  it('a customer list of the same name already in the target region is used, not duplicated', async () => {
    ec2.on(DescribeManagedPrefixListsCommand, { Filters: [{ Name: 'prefix-list-name', Values: ['office-cidrs'] }, { Name: 'owner-id', Values: [ACCOUNT] }] })
      .resolves({ PrefixLists: [{ PrefixListId: 'pl-there', PrefixListName: 'office-cidrs', OwnerId: ACCOUNT, State: 'modify-complete' }] });
    ec2.on(DescribeManagedPrefixListsCommand, { PrefixListIds: ['pl-there'] }).resolves({ PrefixLists: [{ PrefixListId: 'pl-there', State: 'modify-complete' }] });
    await recreate({ type: 'ec2:security-group', sourceResourceId: 'sg-1', dependencies: ['vpc-n'], configuration: group({ 'pl-office': OFFICE, 'pl-s3east': S3_EAST }) });
    expect(ec2.commandCalls(CreateManagedPrefixListCommand)).toHaveLength(0);
    expect(input(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)).IpPermissions![0]!.PrefixListIds).toEqual([{ PrefixListId: 'pl-there' }]);
  });

  it('what cannot be mapped is refused clearly, no rule written: an AWS-managed list the target lacks, a list captured without its name', async () => {
    const noCounterpart = { ...S3_EAST, name: 'com.amazonaws.us-east-1.some-regional-service' };
    await expect(recreate({ type: 'ec2:security-group', sourceResourceId: 'sg-1', dependencies: ['vpc-n'], configuration: { egress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, prefixListId: 'pl-s3east' }], prefixLists: { 'pl-s3east': noCounterpart } } }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidPrefixListID.NotFound', message: expect.stringContaining('no counterpart com.amazonaws.us-west-2.some-regional-service in us-west-2') });
    await expect(recreate({ type: 'ec2:security-group', sourceResourceId: 'sg-2', dependencies: ['vpc-n'], configuration: { ingress: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, prefixListId: 'pl-office' }] } }))
      .rejects.toMatchObject({ reason: 'fault', cloudCode: 'InvalidPrefixListID.NotFound', message: expect.stringContaining('discover the source connection again') });
    expect(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)).toHaveLength(0);
    expect(ec2.commandCalls(AuthorizeSecurityGroupEgressCommand)).toHaveLength(0);
  });

  it('in the source\'s own region the rule keeps the list itself', async () => {
    ec2.on(DescribeManagedPrefixListsCommand, { PrefixListIds: ['pl-office'] }).resolves({ PrefixLists: [{ PrefixListId: 'pl-office', State: 'create-complete' }] });
    await recreate({ type: 'ec2:security-group', sourceResourceId: 'sg-1', region: 'us-east-1', dependencies: ['vpc-n'], configuration: { ingress: group({}).ingress, prefixLists: { 'pl-office': OFFICE } } });
    expect(input(ec2.commandCalls(AuthorizeSecurityGroupIngressCommand)).IpPermissions![0]!.PrefixListIds).toEqual([{ PrefixListId: 'pl-office' }]);
    expect(ec2.commandCalls(CreateManagedPrefixListCommand)).toHaveLength(0);
  });

  it('the reset finds a recreated list by the recovery\'s tag and deletes it; the role template grants the prefix-list calls', async () => {
    ec2.on(DeleteManagedPrefixListCommand).resolves({});
    await cloud.deleteResource(KEYS, { region: 'us-west-2', type: 'ec2:prefix-list', resourceId: 'pl-officewest' });
    expect(inputs(ec2.commandCalls(DeleteManagedPrefixListCommand))).toEqual([{ PrefixListId: 'pl-officewest' }]);
    expect(actionsFor(['VPC'])).toEqual(expect.arrayContaining(['ec2:DescribeManagedPrefixLists', 'ec2:GetManagedPrefixListEntries', 'ec2:CreateManagedPrefixList', 'ec2:DeleteManagedPrefixList']));
  });
});
