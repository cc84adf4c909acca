import type { IpAddressType, LoadBalancerSchemeEnum, LoadBalancerTypeEnum, ProtocolEnum, TargetTypeEnum } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { RecreatedResource, RecreateRequest } from '../../provider.ts';
import { faultError, isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import type { RecoveryKind } from './kind.ts';
import { dependencyOf, num, recoveredName, recoveryTags, str, tagList } from './shared.ts';
import { commandsOf, type ElasticLoadBalancingV2Client } from '../clients.ts';

const { CreateLoadBalancerCommand, CreateTargetGroupCommand, DeleteLoadBalancerCommand, DeleteTargetGroupCommand, DescribeLoadBalancersCommand, DescribeTargetGroupsCommand } = commandsOf('elb');

/** ELBv2 names: 32 characters, letters, digits and hyphens; discovery reports them as the resource ids. */
const NAME_RULES = { maxLength: 32, lowerCase: false };

/**
 * A load balancer or target group kind. Both are addressed by name, which the driver derives from the
 * idempotency key (so a retry finds the first one); their ARNs carry a random part and are looked up.
 */
function elbKind(options: {
  type: string;
  arnOf(elb: ElasticLoadBalancingV2Client, name: string): Promise<string | undefined>;
  create(elb: ElasticLoadBalancingV2Client, request: RecreateRequest, name: string): Promise<string>;
  remove(elb: ElasticLoadBalancingV2Client, arn: string): Promise<void>;
}): RecoveryKind {
  const arnOf = (session: Session, region: string, name: string) =>
    options.arnOf(session.client('elb', region), name).catch((error: unknown) => { if (isNotFound(error)) return undefined; throw error; });
  const done = (request: RecreateRequest, name: string, arn: string): RecreatedResource => ({ resourceId: name, arn, region: request.region, type: options.type });
  return {
    async find(session, request, accountId) {
      const name = recoveredName(accountId, request, NAME_RULES);
      const arn = await arnOf(session, request.region, name);
      return arn === undefined ? undefined : done(request, name, arn);
    },
    async create(session, request, accountId) {
      const name = recoveredName(accountId, request, NAME_RULES);
      return done(request, name, await options.create(session.client('elb', request.region), request, name));
    },
    // The ARN carries a part AWS picks: the ledger entry written before the create holds the name only.
    planned: (request, accountId) => done(request, recoveredName(accountId, request, NAME_RULES), ''),
    exists: async (session, region, name) => (await arnOf(session, region, name)) !== undefined,
    arnIfExists: arnOf,
    async remove(session, region, name) {
      const arn = await arnOf(session, region, name);
      if (!arn) return;
      await options.remove(session.client('elb', region), arn).catch((error: unknown) => { if (!isNotFound(error)) throw error; });
      // DeleteLoadBalancer answers before the load balancer is gone; its interfaces hold the subnets and groups until then.
      await waitFor(`deletion of ${options.type} ${name}`, async () => ((await arnOf(session, region, name)) === undefined ? true : undefined), session.settings);
    },
  };
}

/** In the recovered subnets and security groups; listeners are not captured by discovery and are not made. */
export const loadBalancer = elbKind({
  type: 'elb:load-balancer',
  arnOf: async (elb, name) => (await elb.send(new DescribeLoadBalancersCommand({ Names: [name] }))).LoadBalancers?.[0]?.LoadBalancerArn,
  async create(elb, request, Name) {
    const c = request.configuration;
    const Subnets = dependencyOf(request, 'subnet');
    if (!Subnets.length) throw faultError('InvalidParameterValue', `load balancer ${request.sourceResourceId} needs its recovered subnets among the dependencies`);
    const Type = (str(c.type) ?? 'application') as LoadBalancerTypeEnum;
    const SecurityGroups = dependencyOf(request, 'sg');
    // CreateLoadBalancer is idempotent on the name with the same settings: a retry gets the first one's ARN.
    const answer = await elb.send(new CreateLoadBalancerCommand({
      Name, Subnets, Type, Scheme: str(c.scheme) as LoadBalancerSchemeEnum | undefined, IpAddressType: str(c.ipAddressType) as IpAddressType | undefined,
      ...(Type !== 'gateway' && SecurityGroups.length ? { SecurityGroups } : {}), Tags: tagList(recoveryTags(request)),
    }));
    return answer.LoadBalancers![0]!.LoadBalancerArn!;
  },
  remove: async (elb, LoadBalancerArn) => { await elb.send(new DeleteLoadBalancerCommand({ LoadBalancerArn })); },
});

/** In the recovered VPC (a Lambda target group has none); targets are registered by whoever runs the application. */
export const targetGroup = elbKind({
  type: 'elb:target-group',
  arnOf: async (elb, name) => (await elb.send(new DescribeTargetGroupsCommand({ Names: [name] }))).TargetGroups?.[0]?.TargetGroupArn,
  async create(elb, request, Name) {
    const c = request.configuration;
    const TargetType = (str(c.targetType) ?? 'instance') as TargetTypeEnum;
    const [VpcId] = dependencyOf(request, 'vpc');
    if (TargetType !== 'lambda' && !VpcId) throw faultError('InvalidParameterValue', `target group ${request.sourceResourceId} needs its recovered VPC among the dependencies`);
    const answer = await elb.send(new CreateTargetGroupCommand({
      Name, TargetType, Tags: tagList(recoveryTags(request)),
      ...(TargetType === 'lambda' ? {} : { VpcId, Protocol: str(c.protocol) as ProtocolEnum | undefined, Port: num(c.port) }),
      ...(str(c.healthCheckPath) ? { HealthCheckPath: str(c.healthCheckPath) } : {}),
    }));
    return answer.TargetGroups![0]!.TargetGroupArn!;
  },
  remove: async (elb, TargetGroupArn) => { await elb.send(new DeleteTargetGroupCommand({ TargetGroupArn })); },
});
