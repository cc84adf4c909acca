/** The pre-flight checks that ask the cloud: quotas and instance type offerings in the target, the snapshots in the source. */
import { instanceVcpus, UNKNOWN_INSTANCE_VCPUS } from '../../cloud/instance-types.ts';
import { clusterLimits } from '../../cloud/rds-cluster-limits.ts';
import type { QuotaUsage } from '../../cloud/provider.ts';
import { buildsInTarget, type CheckStep, type PreflightCheck, type PreflightDeps, type PreflightInput } from './checks-model.ts';
import { cloudMessage } from './run-recovery.ts';
import { transferMethod } from './transfer-method.ts';

type Quota = QuotaUsage['quota'];

/** Share of a quota past which the plan leaves too little room for anything else: a warning. */
const CROWDED = 0.8;

/** What one step takes of a quota. */
interface Demand {
  readonly quota: Quota;
  readonly step: CheckStep;
  readonly amount: number;
  /** An instance type Lifeboat does not know the vCPUs of (counted as UNKNOWN_INSTANCE_VCPUS). */
  readonly unknownType?: string;
}

const QUOTA_WORDS: Readonly<Record<Quota, string>> = {
  vpcs: 'VPCs', 'elastic-ips': 'Elastic IPs', 'on-demand-vcpus': 'on-demand Standard vCPUs', 'rds-instances': 'RDS DB instances',
};

function demandOf(step: CheckStep): Demand | undefined {
  switch (step.type) {
    case 'ec2:vpc':
      return { quota: 'vpcs', step, amount: 1 };
    // A public NAT gateway is created with an Elastic IP allocation (EC2 API reference, CreateNatGateway: AllocationId).
    case 'ec2:nat-gateway':
      return { quota: 'elastic-ips', step, amount: 1 };
    case 'ec2:instance': {
      const type = String(step.configuration.instanceType ?? '');
      const vcpus = instanceVcpus(type);
      return vcpus === undefined ? { quota: 'on-demand-vcpus', step, amount: UNKNOWN_INSTANCE_VCPUS, unknownType: type || '(none)' } : { quota: 'on-demand-vcpus', step, amount: vcpus };
    }
    case 'rds:db-instance':
    case 'rds:cluster-instance':
      return { quota: 'rds-instances', step, amount: 1 };
    default:
      return undefined;
  }
}

const ids = (demands: readonly Demand[]) => demands.map((d) => d.step.sourceResourceId);

/** One check per quota the plan uses: failed past the limit, warning past 80 % of it after the recovery. */
export async function quotaChecks(deps: Pick<PreflightDeps, 'cloud'>, input: Pick<PreflightInput, 'steps' | 'target'>): Promise<PreflightCheck[]> {
  const demands = input.steps.filter(buildsInTarget).map(demandOf).filter((d): d is Demand => d !== undefined);
  if (demands.length === 0) return [];
  let usage: QuotaUsage[];
  try {
    usage = await deps.cloud.describeQuotas(input.target.credentials, { region: input.target.region });
  } catch (error) {
    return [{ name: 'quotas', status: 'warning', resourceIds: ids(demands), message: `The quotas of ${input.target.region} could not be read: ${cloudMessage(error)}` }];
  }
  const quotas = [...new Set(demands.map((d) => d.quota))];
  return quotas.map((quota): PreflightCheck => {
    const mine = demands.filter((d) => d.quota === quota);
    const needed = mine.reduce((sum, d) => sum + d.amount, 0);
    const unknown = [...new Set(mine.flatMap((d) => (d.unknownType ? [d.unknownType] : [])))];
    const guess = unknown.length ? ` (counting ${UNKNOWN_INSTANCE_VCPUS} vCPUs for each instance of the unknown type${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')})` : '';
    const name = `quota:${quota}`;
    const found = usage.find((u) => u.quota === quota);
    if (!found) return { name, status: 'warning', resourceIds: ids(mine), message: `The cloud did not report the ${QUOTA_WORDS[quota]} quota; the plan needs ${needed}${guess}` };
    const after = found.used + needed;
    const said = `The plan needs ${needed} ${QUOTA_WORDS[quota]}${guess}; ${found.used} of ${found.limit} are in use in ${input.target.region} (${found.serviceCode} ${found.quotaCode})`;
    if (after > found.limit) return { name, status: 'failed', resourceIds: ids(mine), message: `${said}: ${after - found.limit} over the quota. Ask AWS for more or free some` };
    if (after > found.limit * CROWDED || unknown.length) {
      return { name, status: 'warning', resourceIds: ids(mine), message: `${said}: ${after} of ${found.limit} after the recovery${unknown.length ? '; the unknown types may need more' : ''}` };
    }
    return { name, status: 'passed', resourceIds: [], message: `${said}: ${after} of ${found.limit} after the recovery` };
  });
}

/**
 * Where the plan put each source zone, and why (zones.ts): passed when every zone it places is one the target has; a
 * warning when the target's zones could not be read (zones then move by their letter, and the AWS driver maps a letter
 * the target lacks when it creates); failed for a cross-zone recovery asking for a zone the region does not have.
 */
export function zoneCheck(input: Pick<PreflightInput, 'steps' | 'target' | 'zones'>): PreflightCheck[] {
  const placements = input.zones?.placements ?? [];
  if (placements.length === 0) return [];
  const name = 'availability-zones';
  const region = input.target.region;
  const said = placements.map((p) => `${p.source} → ${p.target} (${p.why})`).join('; ');
  const target = input.zones?.target;
  const placedIn = (zones: ReadonlySet<string>) => input.steps.filter((s) => buildsInTarget(s) && zones.has(String(s.configuration.availabilityZone))).map((s) => s.sourceResourceId);
  if (!target || target.error) {
    return [{ name, status: 'warning', resourceIds: placedIn(new Set(placements.map((p) => p.target))), message: `The availability zones of ${region} could not be read${target?.error ? `: ${target.error}` : ''}. ${said}` }];
  }
  const missing = new Set(placements.map((p) => p.target).filter((z) => !target.zones.includes(z)));
  if (missing.size) {
    return [{ name, status: 'failed', resourceIds: placedIn(missing), message: `${[...missing].join(', ')} ${missing.size > 1 ? 'are not zones' : 'is not a zone'} of ${region} (its zones: ${target.zones.join(', ')}). ${said}` }];
  }
  return [{ name, status: 'passed', resourceIds: [], message: `Zones of ${region} (${target.zones.join(', ')}): ${said}` }];
}

/**
 * Aurora clusters with what a recovery does not carry (src/cloud/rds-cluster-limits.ts, which the drivers refuse with
 * too): failed for a global database's member and Aurora Serverless v1, naming each cluster and why; a warning for a
 * backtrack window (set again, its history lost). No check when the plan rebuilds no such cluster.
 */
export function clusterFeatureCheck(input: Pick<PreflightInput, 'steps'>): PreflightCheck[] {
  const found = input.steps.filter((s) => buildsInTarget(s) && s.type === 'rds:cluster')
    .map((step) => ({ step, limits: clusterLimits(step.configuration) })).filter((c) => c.limits.length > 0);
  if (found.length === 0) return [];
  const refused = found.filter((c) => c.limits.some((l) => !l.rebuilt));
  const said = found.map((c) => `${c.step.sourceResourceId}: ${c.limits.map((l) => l.reason).join('; ')}`).join('. ');
  return [{
    name: 'rds-cluster-features', status: refused.length ? 'failed' : 'warning', resourceIds: (refused.length ? refused : found).map((c) => c.step.sourceResourceId),
    message: refused.length ? `Not recovered: ${said}` : `Recovered without part of their setup: ${said}`,
  }];
}

/** Each instance's type must be offered in the zone it is rebuilt in (the plan moves zones for the target). */
export async function instanceTypeCheck(deps: Pick<PreflightDeps, 'cloud'>, input: Pick<PreflightInput, 'steps' | 'target'>): Promise<PreflightCheck[]> {
  const instances = input.steps.filter((s) => buildsInTarget(s) && s.type === 'ec2:instance' && typeof s.configuration.instanceType === 'string');
  if (instances.length === 0) return [];
  const name = 'instance-type-offerings';
  const typeOf = (step: CheckStep) => step.configuration.instanceType as string;
  let offered: Record<string, string[]>;
  try {
    offered = await deps.cloud.instanceTypeOfferings(input.target.credentials, { region: input.target.region, instanceTypes: [...new Set(instances.map(typeOf))].sort() });
  } catch (error) {
    return [{ name, status: 'warning', resourceIds: instances.map((s) => s.sourceResourceId), message: `The instance type offerings of ${input.target.region} could not be read: ${cloudMessage(error)}` }];
  }
  const missing = instances.filter((step) => {
    const zone = step.configuration.availabilityZone;
    // Without a zone, the cloud picks one: any zone of the region offering the type will do.
    const zones = typeof zone === 'string' ? [zone] : Object.keys(offered);
    return !zones.some((z) => offered[z]?.includes(typeOf(step)));
  });
  if (missing.length === 0) {
    return [{ name, status: 'passed', resourceIds: [], message: `Every instance type (${[...new Set(instances.map(typeOf))].join(', ')}) is offered in its target zone` }];
  }
  const where = (step: CheckStep) => `${step.sourceResourceId} (${typeOf(step)} in ${String(step.configuration.availabilityZone ?? input.target.region)})`;
  return [{ name, status: 'failed', resourceIds: missing.map((s) => s.sourceResourceId), message: `Not offered where the plan puts them: ${missing.map(where).join(', ')}` }];
}

/**
 * Cross-account only: each data step's snapshot, read with the SOURCE account's credentials (it is the source's
 * until shared), must exist; how it crosses to the target follows transferMethod, which the transfer obeys too.
 */
export async function snapshotChecks(deps: Pick<PreflightDeps, 'cloud'>, input: Pick<PreflightInput, 'steps' | 'scope' | 'source'>): Promise<PreflightCheck[]> {
  if (input.scope !== 'cross-account') return [];
  const restores = input.steps.filter((s) => s.action === 'restore' && s.snapshotId);
  if (restores.length === 0) return [];
  const missing: CheckStep[] = [];
  const unreadable: string[] = [];
  const lines: string[] = [];
  const unsupported: CheckStep[] = [];
  for (const step of restores) {
    try {
      const found = await deps.cloud.describeSnapshot(input.source.credentials, { region: step.targetRegion, snapshotId: step.snapshotId!, type: step.type });
      if (!found) {
        missing.push(step);
        continue;
      }
      const { method, reason } = transferMethod(step.type, found.keyManager);
      if (method === 'unsupported') unsupported.push(step);
      lines.push(`${step.sourceResourceId}: ${method}, ${reason}`);
    } catch (error) {
      unreadable.push(`${step.sourceResourceId} (${step.snapshotId}): ${cloudMessage(error)}`);
    }
  }
  const problems = [
    missing.length ? `not found in the source account: ${missing.map((s) => `${s.snapshotId} of ${s.sourceResourceId}`).join(', ')}` : '',
    unreadable.length ? `could not be read: ${unreadable.join('; ')}` : '',
  ].filter(Boolean);
  const presence: PreflightCheck = {
    name: 'snapshots', status: missing.length ? 'failed' : unreadable.length ? 'warning' : 'passed', resourceIds: missing.map((s) => s.sourceResourceId),
    message: problems.length ? `Snapshots ${problems.join('; ')}` : `All ${restores.length} snapshots exist in the source account`,
  };
  if (lines.length === 0) return [presence];
  return [presence, {
    name: 'snapshot-transfer', status: unsupported.length ? 'warning' : 'passed', resourceIds: unsupported.map((s) => s.sourceResourceId), message: lines.join('; '),
  }];
}
