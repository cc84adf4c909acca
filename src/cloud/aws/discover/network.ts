import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import { mapLimited } from '../concurrency.ts';
import { discovered, ec2Arn, tagRecord, type Lister } from './shape.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { DescribeInternetGatewaysCommand, DescribeManagedPrefixListsCommand, DescribeNatGatewaysCommand, GetManagedPrefixListEntriesCommand, DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcAttributeCommand, DescribeVpcsCommand } = commandsOf('ec2');

/** EC2 describe calls take at most 1000 a page; NAT gateways 1000 too. */
const PAGE = 1000;

function rules(permissions: readonly IpPermission[] | undefined) {
  return (permissions ?? []).flatMap((p) => {
    const base = { ipProtocol: p.IpProtocol, fromPort: p.FromPort, toPort: p.ToPort };
    return [
      ...(p.IpRanges ?? []).map((r) => ({ ...base, cidrIp: r.CidrIp })),
      ...(p.Ipv6Ranges ?? []).map((r) => ({ ...base, cidrIpv6: r.CidrIpv6 })),
      ...(p.UserIdGroupPairs ?? []).map((g) => ({ ...base, sourceSecurityGroupId: g.GroupId })),
      ...(p.PrefixListIds ?? []).map((l) => ({ ...base, prefixListId: l.PrefixListId })),
    ];
  });
}

type PrefixListInfo = { region: string; name?: string; ownerId?: string; addressFamily?: string; maxEntries?: number; entries?: Array<{ cidr?: string; description?: string }> };

/**
 * The prefix lists the groups' rules name (PrefixListIds), so a recovery elsewhere can map or rebuild them: each
 * list's name and owner (AWS for com.amazonaws.<region>.s3 and the like, whose ids differ per region), and a
 * customer-managed list's address family, max entries and entries (GetManagedPrefixListEntries).
 */
async function prefixListsOf(ec2: EC2Client, region: string, ids: readonly string[]): Promise<Map<string, PrefixListInfo>> {
  const found = new Map<string, PrefixListInfo>();
  for (let start = 0; start < ids.length; start += 100) {
    let NextToken: string | undefined;
    do {
      const page = await ec2.send(new DescribeManagedPrefixListsCommand({ PrefixListIds: ids.slice(start, start + 100), NextToken }));
      for (const list of page?.PrefixLists ?? []) {
        if (!list.PrefixListId) continue;
        found.set(list.PrefixListId, { region, name: list.PrefixListName, ownerId: list.OwnerId, addressFamily: list.AddressFamily, maxEntries: list.MaxEntries });
      }
      NextToken = page?.NextToken;
    } while (NextToken);
  }
  for (const [id, info] of found) {
    if (info.ownerId === 'AWS') continue;
    const entries: Array<{ cidr?: string; description?: string }> = [];
    let NextToken: string | undefined;
    do {
      const page = await ec2.send(new GetManagedPrefixListEntriesCommand({ PrefixListId: id, MaxResults: 100, NextToken }));
      entries.push(...(page?.Entries ?? []).map((e) => ({ cidr: e.Cidr, ...(e.Description ? { description: e.Description } : {}) })));
      NextToken = page?.NextToken;
    } while (NextToken);
    found.set(id, { ...info, entries });
  }
  return found;
}

/** DNS support and hostnames are not in DescribeVpcs: DescribeVpcAttribute answers one attribute a call. */
async function dnsAttributes(ec2: EC2Client, VpcId: string): Promise<{ enableDnsSupport?: boolean; enableDnsHostnames?: boolean }> {
  const [support, hostnames] = await Promise.all([
    ec2.send(new DescribeVpcAttributeCommand({ VpcId, Attribute: 'enableDnsSupport' })),
    ec2.send(new DescribeVpcAttributeCommand({ VpcId, Attribute: 'enableDnsHostnames' })),
  ]);
  return { enableDnsSupport: support?.EnableDnsSupport?.Value, enableDnsHostnames: hostnames?.EnableDnsHostnames?.Value };
}

const vpcs: Lister = async (session, region, token) => {
  const [page, account] = await Promise.all([
    session.client('ec2', region).send(new DescribeVpcsCommand({ MaxResults: PAGE, NextToken: token })),
    session.accountId(),
  ]);
  return {
    next: page.NextToken,
    resources: await mapLimited(page.Vpcs ?? [], session.settings.lookupConcurrency, async (vpc) => discovered({
      resourceId: vpc.VpcId!, arn: ec2Arn(region, vpc.OwnerId ?? account, 'vpc', vpc.VpcId!), type: 'ec2:vpc', service: 'VPC', region,
      configuration: { cidrBlock: vpc.CidrBlock, instanceTenancy: vpc.InstanceTenancy, isDefault: vpc.IsDefault, ...(await dnsAttributes(session.client('ec2', region), vpc.VpcId!)) },
      tags: tagRecord(vpc.Tags),
    })),
  };
};

const subnets: Lister = async (session, region, token) => {
  const [page, account] = await Promise.all([
    session.client('ec2', region).send(new DescribeSubnetsCommand({ MaxResults: PAGE, NextToken: token })),
    session.accountId(),
  ]);
  return {
    next: page.NextToken,
    resources: (page.Subnets ?? []).map((s) => discovered({
      resourceId: s.SubnetId!, arn: s.SubnetArn ?? ec2Arn(region, account, 'subnet', s.SubnetId!), type: 'ec2:subnet', service: 'VPC', region,
      configuration: { vpcId: s.VpcId, cidrBlock: s.CidrBlock, availabilityZone: s.AvailabilityZone, mapPublicIpOnLaunch: s.MapPublicIpOnLaunch },
      tags: tagRecord(s.Tags), dependencies: [s.VpcId],
    })),
  };
};

const securityGroups: Lister = async (session, region, token) => {
  const [page, account] = await Promise.all([
    session.client('ec2', region).send(new DescribeSecurityGroupsCommand({ MaxResults: PAGE, NextToken: token })),
    session.accountId(),
  ]);
  const listIdsOf = (g: SecurityGroup) => [...g.IpPermissions ?? [], ...g.IpPermissionsEgress ?? []].flatMap((p) => (p.PrefixListIds ?? []).map((l) => l.PrefixListId))
    .filter((id): id is string => Boolean(id));
  const lists = await prefixListsOf(session.client('ec2', region), region, [...new Set((page.SecurityGroups ?? []).flatMap(listIdsOf))]);
  return {
    next: page.NextToken,
    resources: (page.SecurityGroups ?? []).map((g) => {
      const ingress = rules(g.IpPermissions);
      const sources = ingress.map((r) => ('sourceSecurityGroupId' in r ? r.sourceSecurityGroupId : undefined)).filter((id) => id !== g.GroupId);
      const named = [...new Set(listIdsOf(g))].filter((id) => lists.has(id));
      return discovered({
        resourceId: g.GroupId!, arn: ec2Arn(region, g.OwnerId ?? account, 'security-group', g.GroupId!), type: 'ec2:security-group',
        service: 'VPC', region, name: g.GroupName,
        configuration: {
          groupName: g.GroupName, description: g.Description, vpcId: g.VpcId, ingress, egress: rules(g.IpPermissionsEgress),
          prefixLists: named.length ? Object.fromEntries(named.map((id) => [id, lists.get(id)])) : undefined,
        },
        tags: tagRecord(g.Tags), dependencies: [g.VpcId, ...sources],
      });
    }),
  };
};

const routeTables: Lister = async (session, region, token) => {
  const [page, account] = await Promise.all([
    session.client('ec2', region).send(new DescribeRouteTablesCommand({ MaxResults: 100, NextToken: token })),
    session.accountId(),
  ]);
  return {
    next: page.NextToken,
    resources: (page.RouteTables ?? []).map((t) => {
      const routes = (t.Routes ?? []).map((r) => ({ destinationCidrBlock: r.DestinationCidrBlock, gatewayId: r.GatewayId, natGatewayId: r.NatGatewayId }));
      const associations = (t.Associations ?? []).map((a) => a.SubnetId).filter((id): id is string => Boolean(id));
      const gateways = routes.flatMap((r) => [r.gatewayId === 'local' ? undefined : r.gatewayId, r.natGatewayId]);
      return discovered({
        resourceId: t.RouteTableId!, arn: ec2Arn(region, t.OwnerId ?? account, 'route-table', t.RouteTableId!), type: 'ec2:route-table',
        service: 'VPC', region,
        configuration: { vpcId: t.VpcId, routes, associations, main: (t.Associations ?? []).some((a) => a.Main) },
        tags: tagRecord(t.Tags), dependencies: [t.VpcId, ...gateways, ...associations],
      });
    }),
  };
};

const internetGateways: Lister = async (session, region, token) => {
  const [page, account] = await Promise.all([
    session.client('ec2', region).send(new DescribeInternetGatewaysCommand({ MaxResults: PAGE, NextToken: token })),
    session.accountId(),
  ]);
  return {
    next: page.NextToken,
    resources: (page.InternetGateways ?? []).map((g) => discovered({
      resourceId: g.InternetGatewayId!, arn: ec2Arn(region, g.OwnerId ?? account, 'internet-gateway', g.InternetGatewayId!),
      type: 'ec2:internet-gateway', service: 'VPC', region,
      configuration: { attachments: (g.Attachments ?? []).map((a) => ({ vpcId: a.VpcId, state: a.State })) },
      tags: tagRecord(g.Tags), dependencies: (g.Attachments ?? []).map((a) => a.VpcId),
    })),
  };
};

const natGateways: Lister = async (session, region, token) => {
  const [page, account] = await Promise.all([
    session.client('ec2', region).send(new DescribeNatGatewaysCommand({
      MaxResults: PAGE, NextToken: token, Filter: [{ Name: 'state', Values: ['pending', 'available'] }],
    })),
    session.accountId(),
  ]);
  return {
    next: page.NextToken,
    resources: (page.NatGateways ?? []).map((n) => discovered({
      resourceId: n.NatGatewayId!, arn: ec2Arn(region, account, 'natgateway', n.NatGatewayId!), type: 'ec2:nat-gateway', service: 'VPC', region,
      configuration: {
        subnetId: n.SubnetId, vpcId: n.VpcId, connectivityType: n.ConnectivityType,
        allocationId: n.NatGatewayAddresses?.[0]?.AllocationId,
      },
      tags: tagRecord(n.Tags), dependencies: [n.SubnetId],
    })),
  };
};

/** The VPC service: the network, in dependency order (a VPC before what lives in it). */
export const NETWORK_LISTERS: readonly Lister[] = [vpcs, subnets, securityGroups, routeTables, internetGateways, natGateways];
