/**
 * Pre-flight checks: what the plan will ask of the target before anything is made there. Each check answers
 * passed, warning or failed with a message a person can act on and the resources it is about. A failed check
 * stops a start (unless forced: then its resources are skipped); a warning is shown and does not. A check the
 * cloud would not let us run is a warning carrying the cloud's message, never a pass.
 */
import { clusterFeatureCheck, instanceTypeCheck, quotaChecks, snapshotChecks, zoneCheck } from './checks-cloud.ts';
import { buildsInTarget, type CheckStep, type PreflightCheck, type PreflightDeps, type PreflightInput, type PreflightTarget } from './checks-model.ts';

export type { PreflightCheck, PreflightDeps, PreflightInput, ProtectionCadencePort } from './checks-model.ts';

/** Name-addressed types: what the recovery names itself, so a name the target already holds is worth saying. S3 names are global. */
const NAME_ADDRESSED = new Set(['s3:bucket', 'rds:db-instance', 'rds:cluster', 'rds:cluster-instance', 'dynamodb:table', 'elb:load-balancer', 'elb:target-group', 'lambda:function', 'sqs:queue', 'sns:topic']);

export const isNameAddressed = (type: string) => NAME_ADDRESSED.has(type);

export const CONNECTION_CHECK = 'target-connection';

/** "shop-aws (1)": the connection's name, which a person knows, and its id, which the API takes. */
const whichConnection = (target: Pick<PreflightTarget, 'connectionId' | 'connectionName'>) => `${target.connectionName} (${target.connectionId})`;

export function connectionCheck(target: PreflightTarget): PreflightCheck {
  const ready = target.status === 'enabled' && target.connectivityStatus === 'success';
  return {
    name: CONNECTION_CHECK, status: ready ? 'passed' : 'failed', resourceIds: [],
    message: ready
      ? `Cloud connection ${whichConnection(target)} is enabled and verified`
      : `Cloud connection ${whichConnection(target)} is ${target.status} with connectivity ${target.connectivityStatus}; a recovery needs it enabled and verified`,
  };
}

/** Every service the plan builds with must be one the target connection allows (its role is granted exactly those). */
export function servicesCheck(input: Pick<PreflightInput, 'steps' | 'serviceOf' | 'target'>): PreflightCheck {
  const { target } = input;
  const missing = new Map<string, string[]>();
  for (const step of input.steps.filter(buildsInTarget)) {
    const service = input.serviceOf.get(step.sourceResourceId);
    if (service && !target.services.includes(service)) missing.set(service, [...(missing.get(service) ?? []), step.sourceResourceId]);
  }
  const regionAllowed = target.regions.includes(target.region);
  if (missing.size === 0 && regionAllowed) {
    return { name: 'services-and-regions', status: 'passed', resourceIds: [], message: `Every service the plan needs is allowed in ${target.region} for cloud connection ${whichConnection(target)}` };
  }
  const parts = [...missing].sort(([a], [b]) => (a < b ? -1 : 1)).map(([service, ids]) => `${service} (needed by ${ids.join(', ')})`);
  const said = [
    parts.length ? `Cloud connection ${whichConnection(target)} does not allow ${parts.join('; ')}` : '',
    regionAllowed ? '' : `${target.region} is not one of its operational regions (${target.regions.join(', ')})`,
  ].filter(Boolean);
  return {
    name: 'services-and-regions', status: 'failed', message: `${said.join('; ')}. Add them to the connection (and its role) or leave these resources out`,
    resourceIds: regionAllowed ? [...missing.values()].flat() : input.steps.filter(buildsInTarget).map((s) => s.sourceResourceId),
  };
}

/**
 * Both drivers name a recreated name-addressed resource `<source name>-<8 hex of (account, region, recovery,
 * source)>` (src/cloud/sim/recovery.ts recreatedId, src/cloud/aws/recover/shared.ts recoveredName), so the copy
 * never takes a name the target already holds: a name found there is a warning (what addresses the resource by
 * name must be pointed at the copy), never a clash that fails. The source itself, found in its own account, is no
 * collision.
 */
export async function nameCollisionCheck(deps: Pick<PreflightDeps, 'inventoryIds'>, input: Pick<PreflightInput, 'steps' | 'source' | 'target'>): Promise<PreflightCheck> {
  const named = input.steps.filter((s) => buildsInTarget(s) && isNameAddressed(s.type));
  const sameAccount = input.source.connectionId === input.target.connectionId;
  const regionsOf = (step: CheckStep) => (step.type === 's3:bucket' ? input.target.regions : [input.target.region]);
  const inventories = new Map<string, ReadonlySet<string>>();
  for (const region of new Set(named.flatMap(regionsOf))) inventories.set(region, await deps.inventoryIds(input.target.connectionId, region));
  const taken = named.filter((step) => regionsOf(step).some((region) => {
    if (!inventories.get(region)!.has(step.sourceResourceId)) return false;
    const isSource = sameAccount && (step.type === 's3:bucket' || region === step.sourceRegion);
    return !isSource;
  }));
  if (taken.length === 0) {
    return { name: 'name-collisions', status: 'passed', resourceIds: [], message: 'No recovered name is already taken in the target (recovered names get a suffix)' };
  }
  return {
    name: 'name-collisions', status: 'warning', resourceIds: taken.map((s) => s.sourceResourceId),
    message: `${taken.map((s) => `${s.sourceResourceId} (${s.type})`).join(', ')} already exist in the target: the recovery names its copies with a suffix, so point whatever uses these names at the copies`,
  };
}

const duration = (ms: number) => {
  const hours = ms / 3_600_000;
  const [n, unit] = hours >= 48 ? [Math.round(hours / 24), 'day'] : hours >= 1 ? [Math.round(hours), 'hour'] : [Math.max(1, Math.round(ms / 60_000)), 'minute'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
};

/** The recovery point's age against the enabled policy's cadence: older than one interval means a scheduled protection is missing. */
export async function recoveryPointCheck(deps: Pick<PreflightDeps, 'policies' | 'now'>, input: Pick<PreflightInput, 'assemblyId' | 'protection'>): Promise<PreflightCheck> {
  const age = Math.max(0, deps.now() - input.protection.createdAt);
  const cadence = await deps.policies.protectionInterval(input.assemblyId);
  const said = `Recovery point ${input.protection.id} is ${duration(age)} old`;
  if (!cadence) return { name: 'recovery-point-age', status: 'passed', resourceIds: [], message: `${said}; the assembly has no enabled policy to compare it with` };
  const stale = age > cadence.intervalMs;
  return {
    name: 'recovery-point-age', status: stale ? 'warning' : 'passed', resourceIds: [],
    message: `${said}; policy ${cadence.policyName} protects every ${duration(cadence.intervalMs)}${stale ? ': newer protections are missing, so recent changes will not be recovered' : ''}`,
  };
}

/** Every check of a plan, in the order a person reads them: can we reach the target, may we, will it fit, what will it cost us. */
export async function preflightChecks(deps: PreflightDeps, input: PreflightInput): Promise<PreflightCheck[]> {
  return [
    connectionCheck(input.target),
    servicesCheck(input),
    ...(await quotaChecks(deps, input)),
    ...zoneCheck(input),
    ...(await instanceTypeCheck(deps, input)),
    ...clusterFeatureCheck(input),
    ...(await snapshotChecks(deps, input)),
    await nameCollisionCheck(deps, input),
    await recoveryPointCheck(deps, input),
  ];
}

export const failedChecks = (checks: readonly PreflightCheck[]) => checks.filter((c) => c.status === 'failed');
