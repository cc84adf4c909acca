import type { IpPermission } from '@aws-sdk/client-ec2';
import { RECOVERY_ID_TAG, type RecreateRequest } from '../../provider.ts';
import { awsCode, faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { settled } from '../wait.ts';
import { ec2Kind, ignore, tagSpec } from './ec2-kind.ts';
import { dependencyOf, str } from './shared.ts';
import { zoneIn } from './zones.ts';
import { prefixListIn, type CapturedPrefixList } from './prefix-list.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { AttachInternetGatewayCommand, AuthorizeSecurityGroupEgressCommand, AuthorizeSecurityGroupIngressCommand, CreateInternetGatewayCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, DeleteInternetGatewayCommand, DeleteSecurityGroupCommand, DeleteSubnetCommand, DeleteVpcCommand, DescribeInternetGatewaysCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand, DescribeVpcsCommand, DetachInternetGatewayCommand, ModifySubnetAttributeCommand, ModifyVpcAttributeCommand, RevokeSecurityGroupEgressCommand } = commandsOf('ec2');

/** A call on something the recovery just made (or one it depends on): NotFound is eventual consistency, retried. */
const soon = <T>(session: Session, what: string, call: () => Promise<T>) => settled(what, call, session.settings, isNotFound);

export const vpc = ec2Kind({
  arnKind: 'vpc', type: 'ec2:vpc',
  describe: async (ec2, Filters, VpcIds) => ((await ec2.send(new DescribeVpcsCommand({ Filters, VpcIds }))).Vpcs ?? []).map((v) => v.VpcId!),
  async create(ec2, request) {
    const c = request.configuration;
    const answer = await ec2.send(new CreateVpcCommand({
      CidrBlock: str(c.cidrBlock) ?? '10.0.0.0/16', InstanceTenancy: c.instanceTenancy === 'dedicated' ? 'dedicated' : 'default', TagSpecifications: tagSpec('vpc', request),
    }));
    return answer.Vpc!.VpcId!;
  },
  /** DNS support and hostnames (a private hosted zone resolves only with both on); ModifyVpcAttribute takes one attribute a call. */
  async complete(ec2, request, VpcId, session) {
    const c = request.configuration;
    if (typeof c.enableDnsSupport === 'boolean') await soon(session, `VPC ${VpcId}`, () => ec2.send(new ModifyVpcAttributeCommand({ VpcId, EnableDnsSupport: { Value: c.enableDnsSupport as boolean } })));
    if (typeof c.enableDnsHostnames === 'boolean') await soon(session, `VPC ${VpcId}`, () => ec2.send(new ModifyVpcAttributeCommand({ VpcId, EnableDnsHostnames: { Value: c.enableDnsHostnames as boolean } })));
  },
  remove: async (ec2, VpcId) => { await ec2.send(new DeleteVpcCommand({ VpcId })); },
});

export const subnet = ec2Kind({
  arnKind: 'subnet', type: 'ec2:subnet',
  describe: async (ec2, Filters, SubnetIds) => ((await ec2.send(new DescribeSubnetsCommand({ Filters, SubnetIds }))).Subnets ?? []).map((s) => s.SubnetId!),
  async create(ec2, request, session) {
    const [VpcId] = dependencyOf(request, 'vpc');
    if (!VpcId) throw faultError('InvalidParameterValue', `subnet ${request.sourceResourceId} needs its recovered VPC among the dependencies`);
    const answer = await ec2.send(new CreateSubnetCommand({
      VpcId, CidrBlock: str(request.configuration.cidrBlock), AvailabilityZone: await zoneIn(session, request.region, request.configuration.availabilityZone),
      TagSpecifications: tagSpec('subnet', request),
    }));
    return answer.Subnet!.SubnetId!;
  },
  /** A public subnet gives its instances public addresses (MapPublicIpOnLaunch); CreateSubnet cannot set it. */
  async complete(ec2, request, SubnetId, session) {
    if (request.configuration.mapPublicIpOnLaunch === true) {
      await soon(session, `subnet ${SubnetId}`, () => ec2.send(new ModifySubnetAttributeCommand({ SubnetId, MapPublicIpOnLaunch: { Value: true } })));
    }
  },
  remove: async (ec2, SubnetId) => { await ec2.send(new DeleteSubnetCommand({ SubnetId })); },
});

type Rule = { ipProtocol?: string; fromPort?: number; toPort?: number; cidrIp?: string; cidrIpv6?: string; sourceSecurityGroupId?: string; prefixListId?: string };

/**
 * A group's rules as permissions: address rules as they were; a rule naming the group itself names the
 * new group; a rule naming another group names that group's recovered id (the recovery put it in the
 * configuration and the dependencies), or the source's id when that group was not recovered.
 */
function permissionsOf(request: RecreateRequest, rules: readonly Rule[], GroupId: string, prefixLists: ReadonlyMap<string, string>): { own: IpPermission[]; byGroup: Map<string, IpPermission[]> } {
  const own: IpPermission[] = [];
  const byGroup = new Map<string, IpPermission[]>();
  for (const rule of rules) {
    const base = { IpProtocol: rule.ipProtocol ?? 'tcp', FromPort: rule.fromPort, ToPort: rule.toPort };
    if (rule.cidrIp) own.push({ ...base, IpRanges: [{ CidrIp: rule.cidrIp }] });
    else if (rule.cidrIpv6) own.push({ ...base, Ipv6Ranges: [{ CidrIpv6: rule.cidrIpv6 }] });
    else if (rule.prefixListId) own.push({ ...base, PrefixListIds: [{ PrefixListId: prefixLists.get(rule.prefixListId) ?? rule.prefixListId }] });
    else if (rule.sourceSecurityGroupId === request.sourceResourceId || rule.sourceSecurityGroupId === GroupId) own.push({ ...base, UserIdGroupPairs: [{ GroupId }] });
    else if (rule.sourceSecurityGroupId?.startsWith('sg-')) {
      byGroup.set(rule.sourceSecurityGroupId, [...(byGroup.get(rule.sourceSecurityGroupId) ?? []), { ...base, UserIdGroupPairs: [{ GroupId: rule.sourceSecurityGroupId }] }]);
    }
  }
  return { own, byGroup };
}

const rulesIn = (value: unknown) => (Array.isArray(value) ? value : []) as Rule[];
const ALLOW_ALL_OUT: IpPermission = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] };

/** True when the group carries this recovery's tag: then NotFound is EC2 not seeing it yet, not a group that is absent. */
async function madeByRecovery(ec2: EC2Client, request: RecreateRequest, GroupId: string): Promise<boolean> {
  const answer = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: [GroupId] }, { Name: `tag:${RECOVERY_ID_TAG}`, Values: [request.recoveryId] }] }));
  return (answer?.SecurityGroups ?? []).length > 0;
}

/**
 * Authorises one direction's rules. A rule naming a group the recovery made is retried while EC2 does
 * not see that group yet; a rule naming a group neither recovered nor present in the target
 * (InvalidGroup.NotFound) cannot be written there, and only that group's rules are left out.
 */
async function authorize(ec2: EC2Client, session: Session, request: RecreateRequest, GroupId: string, direction: 'ingress' | 'egress', rules: readonly Rule[], prefixLists: ReadonlyMap<string, string>) {
  const send = (IpPermissions: IpPermission[]) => (direction === 'ingress'
    ? ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions }))
    : ec2.send(new AuthorizeSecurityGroupEgressCommand({ GroupId, IpPermissions }))).then(() => undefined, ignore('InvalidPermission.Duplicate'));
  const { own, byGroup } = permissionsOf(request, rules, GroupId, prefixLists);
  if (own.length) await soon(session, `security group ${GroupId}`, () => send(own));
  for (const [other, IpPermissions] of byGroup) {
    await send(IpPermissions).catch(async (error: unknown) => {
      if (awsCode(error) !== 'InvalidGroup.NotFound') throw error;
      if (await madeByRecovery(ec2, request, other)) await soon(session, `security group ${other}`, () => send(IpPermissions));
    });
  }
}

/**
 * The target's prefix list for each one the rules name (ingress and egress, PrefixListIds), mapped or recreated
 * (prefix-list.ts) before any rule is written, so a list that cannot be mapped refuses the group's rules clearly.
 */
async function prefixListsFor(session: Session, request: RecreateRequest, rules: readonly Rule[]): Promise<Map<string, string>> {
  const captured = (request.configuration.prefixLists ?? {}) as Record<string, CapturedPrefixList>;
  const mapped = new Map<string, string>();
  for (const id of new Set(rules.map((r) => r.prefixListId).filter((id): id is string => Boolean(id)))) {
    mapped.set(id, await prefixListIn(session, request, id, captured[id]));
  }
  return mapped;
}

export const securityGroup = ec2Kind({
  arnKind: 'security-group', type: 'ec2:security-group',
  describe: async (ec2, Filters, GroupIds) => ((await ec2.send(new DescribeSecurityGroupsCommand({ Filters, GroupIds }))).SecurityGroups ?? []).map((g) => g.GroupId!),
  async create(ec2, request) {
    const c = request.configuration;
    const [VpcId] = dependencyOf(request, 'vpc');
    const answer = await ec2.send(new CreateSecurityGroupCommand({
      GroupName: `${str(c.groupName) ?? request.name}-${request.recoveryId}`.slice(0, 255), Description: str(c.description) ?? `Recovered from ${request.sourceResourceId}`,
      VpcId, TagSpecifications: tagSpec('security-group', request),
    }));
    return answer.GroupId!;
  },
  /**
   * Ingress, then egress: a new group allows all outbound traffic, so when the source's egress rules
   * were captured and do not allow everything, that default is revoked and the source's rules written.
   */
  async complete(ec2, request, GroupId, session) {
    const ingress = rulesIn(request.configuration.ingress);
    const lists = await prefixListsFor(session, request, [...ingress, ...rulesIn(request.configuration.egress)]);
    await authorize(ec2, session, request, GroupId, 'ingress', ingress, lists);
    if (!Array.isArray(request.configuration.egress)) return;
    const egress = rulesIn(request.configuration.egress);
    if (egress.some((r) => r.ipProtocol === '-1' && r.cidrIp === '0.0.0.0/0')) return authorize(ec2, session, request, GroupId, 'egress', egress.filter((r) => !(r.ipProtocol === '-1' && r.cidrIp === '0.0.0.0/0')), lists);
    await soon(session, `security group ${GroupId}`, () => ec2.send(new RevokeSecurityGroupEgressCommand({ GroupId, IpPermissions: [ALLOW_ALL_OUT] })).then(() => undefined, ignore('InvalidPermission.NotFound')));
    await authorize(ec2, session, request, GroupId, 'egress', egress, lists);
  },
  remove: async (ec2, GroupId) => { await ec2.send(new DeleteSecurityGroupCommand({ GroupId })); },
});

export const internetGateway = ec2Kind({
  arnKind: 'internet-gateway', type: 'ec2:internet-gateway',
  describe: async (ec2, Filters, InternetGatewayIds) =>
    ((await ec2.send(new DescribeInternetGatewaysCommand({ Filters, InternetGatewayIds }))).InternetGateways ?? []).map((g) => g.InternetGatewayId!),
  async create(ec2, request) {
    const answer = await ec2.send(new CreateInternetGatewayCommand({ TagSpecifications: tagSpec('internet-gateway', request) }));
    return answer.InternetGateway!.InternetGatewayId!;
  },
  async complete(ec2, request, InternetGatewayId, session) {
    const [VpcId] = dependencyOf(request, 'vpc');
    if (VpcId) await soon(session, `internet gateway ${InternetGatewayId}`, () => ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId, VpcId })).then(() => undefined, ignore('Resource.AlreadyAssociated')));
  },
  async remove(ec2, InternetGatewayId) {
    const answer = await ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: [InternetGatewayId] }));
    for (const attachment of answer.InternetGateways?.[0]?.Attachments ?? []) {
      await ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId, VpcId: attachment.VpcId })).catch(ignore('Gateway.NotAttached'));
    }
    await ec2.send(new DeleteInternetGatewayCommand({ InternetGatewayId }));
  },
});

export { routeTable } from './route-table.ts';
