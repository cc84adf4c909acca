/**
 * What a recovered resource may still name of the source. Pure, and applied to each step of the plan, so the
 * dry run lists the same dropped references as the run (which stores the step's configuration as this leaves
 * it and maps the ids of recovered resources to their copies when it recreates).
 *
 * isolated: nothing outside the recovery is named (a drill that production can reach, or that logs in with
 * production's keys, is a hazard, not a rehearsal). as-captured: a reference outside the recovery is kept when
 * the target is the source's own account and region (it names the existing resource), and dropped elsewhere,
 * where it would name nothing. In both, a reference to a resource the recovery rebuilds only later cannot name
 * its copy yet, so it is dropped too (the later resource makes the link: an instance attaches its volumes).
 */

export const ISOLATIONS = ['isolated', 'as-captured'] as const;
export type Isolation = (typeof ISOLATIONS)[number];

export interface DroppedReference {
  /** Where it was, as a path into the configuration (`ingress[1].sourceSecurityGroupId`), or `dependencies`. */
  readonly field: string;
  /** What it named: a resource id, an ARN, a key pair's name. */
  readonly reference: string;
  readonly reason: string;
}

export interface IsolationContext {
  readonly isolation: Isolation;
  /** Every step of the plan by source id, with its dependency level: a reference to a lower level is mapped to the copy. */
  readonly levels: ReadonlyMap<string, number>;
  /** Ids known to be the source's resources: everything captured, and every dependency named. */
  readonly resourceIds: ReadonlySet<string>;
  /** The source id of each captured resource's ARN, so an ARN is a reference too. */
  readonly idsByArn: ReadonlyMap<string, string>;
  /** The target is the source's own account and region, where an outside reference names something that exists. */
  readonly sameAccountAndRegion: boolean;
}

export interface IsolatedStep {
  readonly configuration: Record<string, unknown>;
  readonly dependencies: string[];
  readonly droppedReferences: DroppedReference[];
}

interface StepInput {
  readonly sourceResourceId: string;
  readonly level: number;
  readonly configuration: Readonly<Record<string, unknown>>;
  readonly dependencies: readonly string[];
}

/**
 * Security-group rules name another group as their peer: `sourceSecurityGroupId` (how discovery and the demo
 * estate write an ingress or egress rule's UserIdGroupPairs.GroupId) and `destinationSecurityGroupId`
 * (CloudFormation's AWS::EC2::SecurityGroupEgress).
 */
const RULE_PEERS = ['sourceSecurityGroupId', 'destinationSecurityGroupId'];
/** The targets of an EC2 route (the Route data type of DescribeRouteTables; CreateRoute takes exactly one). */
const ROUTE_TARGETS = [
  'gatewayId', 'natGatewayId', 'vpcPeeringConnectionId', 'transitGatewayId', 'networkInterfaceId', 'instanceId',
  'egressOnlyInternetGatewayId', 'carrierGatewayId', 'localGatewayId', 'vpcEndpointId', 'coreNetworkArn',
];
/** Account-level things an instance names that are never part of a recovery. */
const INSTANCE_CREDENTIALS: Readonly<Record<string, string>> = {
  iamInstanceProfile: "the source's instance profile: its role's permissions reach the source's resources",
  keyName: "the source's key pair: the copy would accept the source's SSH key",
};

/**
 * Addresses held by the source that a copy can never take over, whatever the isolation: a public NAT gateway's
 * Elastic IP stays with the source's gateway (and exists only in its account and region), so the recovered
 * gateway is given a new one (the AWS driver allocates it; so does the simulated cloud).
 */
const HELD_BY_SOURCE: Readonly<Record<string, string>> = {
  allocationId: "the source's Elastic IP stays with the source's NAT gateway: the copy is given a new address",
};

type Verdict = { keep: true } | { keep: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies the isolation to one step: its configuration and dependencies as the recovery will use them, and what was dropped. */
export function isolateStep(step: StepInput, context: IsolationContext): IsolatedStep {
  const dropped: DroppedReference[] = [];

  /** Whether a reference outside the recovery (or to nothing the recovery has) may stay. */
  const outside = (what: string): Verdict => {
    if (context.isolation === 'as-captured' && context.sameAccountAndRegion) return { keep: true };
    return {
      keep: false,
      reason: context.isolation === 'isolated'
        ? `${what} is outside the recovery: an isolated recovery names nothing of the source's`
        : `${what} is outside the recovery and the target is not the source's account and region, where it exists`,
    };
  };
  /** The verdict on a reference to one of the source's resources (by id). */
  const ofResource = (id: string): Verdict => {
    if (id === step.sourceResourceId) return { keep: true };
    const level = context.levels.get(id);
    if (level !== undefined) {
      return level < step.level ? { keep: true } : { keep: false, reason: `${id} is recovered after this resource, so this cannot name its copy` };
    }
    return outside(id);
  };
  /** A string that names a source resource, by id or ARN; undefined for any other string. */
  const resourceOf = (value: string): string | undefined => (context.resourceIds.has(value) ? value : context.idsByArn.get(value));

  const configuration: Record<string, unknown> = { ...step.configuration };

  // Rules and routes go whole: a rule without its peer, or a route without its target, would mean something else.
  for (const direction of ['ingress', 'egress']) {
    const rules = configuration[direction];
    if (!Array.isArray(rules)) continue;
    configuration[direction] = rules.filter((rule: unknown, index) => {
      if (!isRecord(rule)) return true;
      for (const key of RULE_PEERS) {
        const peer = rule[key];
        if (typeof peer !== 'string') continue;
        const verdict = ofResource(resourceOf(peer) ?? peer);
        if (!verdict.keep) {
          dropped.push({ field: `${direction}[${index}].${key}`, reference: peer, reason: `the rule is dropped: ${verdict.reason}` });
          return false;
        }
      }
      return true;
    });
  }
  if (Array.isArray(configuration.routes)) {
    configuration.routes = configuration.routes.filter((route: unknown, index) => {
      if (!isRecord(route)) return true;
      for (const key of ROUTE_TARGETS) {
        const target = route[key];
        if (typeof target !== 'string' || target === 'local') continue;
        const verdict = ofResource(resourceOf(target) ?? target);
        if (!verdict.keep) {
          dropped.push({ field: `routes[${index}].${key}`, reference: target, reason: `the route is dropped: ${verdict.reason}` });
          return false;
        }
      }
      return true;
    });
  }
  for (const [key, what] of Object.entries(INSTANCE_CREDENTIALS)) {
    const value = configuration[key];
    if (typeof value !== 'string' || !value) continue;
    const verdict = outside(what);
    if (!verdict.keep) {
      dropped.push({ field: key, reference: value, reason: verdict.reason });
      delete configuration[key];
    }
  }

  for (const [key, reason] of Object.entries(HELD_BY_SOURCE)) {
    const value = configuration[key];
    if (typeof value !== 'string' || !value) continue;
    dropped.push({ field: key, reference: value, reason });
    delete configuration[key];
  }

  // Everything else that names a source resource, wherever it is (a volume's attachment, a listener's target group ARN).
  const sweep = (value: unknown, path: string): { value: unknown } | undefined => {
    if (typeof value === 'string') {
      const id = resourceOf(value);
      if (id === undefined) return { value };
      const verdict = ofResource(id);
      if (verdict.keep) return { value };
      dropped.push({ field: path, reference: value, reason: verdict.reason });
      return undefined;
    }
    if (Array.isArray(value)) {
      return { value: value.flatMap((item, index) => { const kept = sweep(item, `${path}[${index}]`); return kept ? [kept.value] : []; }) };
    }
    if (isRecord(value)) {
      const entries = Object.entries(value).flatMap(([key, item]) => {
        const kept = sweep(item, path ? `${path}.${key}` : key);
        return kept ? [[key, kept.value] as const] : [];
      });
      return { value: Object.fromEntries(entries) };
    }
    return { value };
  };
  const swept = sweep(configuration, '')!.value as Record<string, unknown>;

  const dependencies = step.dependencies.filter((id) => {
    const verdict = ofResource(id);
    if (!verdict.keep && !dropped.some((d) => resourceOf(d.reference) === id)) dropped.push({ field: 'dependencies', reference: id, reason: verdict.reason });
    return verdict.keep;
  });
  return { configuration: swept, dependencies, droppedReferences: dropped };
}
