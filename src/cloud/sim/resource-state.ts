import type { Executor } from '../../platform/db/database.ts';
import { RECOVERY_ID_TAG, type CloudCredentials, type DiscoveredResource, type ResourceState, type ResourceStateRequest } from '../provider.ts';
import { enterCall } from './enter-call.ts';
import type { SimConfig } from './config.ts';
import { takeFault } from './faults.ts';
import { serviceOfType, simHex } from './kinds.ts';
import { findResource } from './resources.ts';
import { bucketObjectCount } from './snapshot-kinds.ts';
import type { SimTables } from './tables.ts';

/**
 * What a recreated instance's launch did: nothing to note when it started, else `state: stopped` and why. A `start`
 * fault (faults.ts), matched on the source resource id, makes the copy of that one instance never reach running: the
 * way a drill proves its validation notices a broken resource. A `start` fault with a latencyMs and no errorCode
 * keeps the copy `pending` (booting) for that long instead: the way to hold a validation in its wait for readiness.
 * Taken once per recreate, so a retry that finds the first call's row keeps its outcome.
 */
export async function instanceStart(
  executor: Executor<SimTables>,
  call: { accountId: string; region: string; sourceResourceId: string },
  /** The faults as of the recreate's own call log (enter-call.ts), which need no version read of their own. */
  config?: SimConfig,
): Promise<Record<string, unknown>> {
  const fault = await takeFault(executor, { operation: 'start', accountId: call.accountId, region: call.region, service: 'EC2', resourceId: call.sourceResourceId }, config);
  if (!fault) return {};
  if (!fault.errorCode) {
    return { state: 'pending', pendingUntil: Date.now() + fault.latencyMs, stateReason: `booting (sim fault ${fault.id} on start of ${call.sourceResourceId}: ${fault.latencyMs} ms)` };
  }
  return { state: 'stopped', stateReason: `${fault.errorCode}: the instance did not start (sim fault ${fault.id} on start of ${call.sourceResourceId})` };
}

/** An instance's state now: what its launch recorded, a boot held by a `start` fault being over once its time has passed. */
export function instanceStateOf(config: Record<string, unknown>, now = Date.now()): string {
  const state = config.state === undefined ? 'running' : String(config.state);
  return state === 'pending' && typeof config.pendingUntil === 'number' && now >= config.pendingUntil ? 'running' : state;
}

/**
 * What a bucket restored from its snapshot holds: the snapshot's objects. A `restoreObjects` fault (faults.ts), matched on
 * the source bucket's id, leaves the copy short by half its objects (rounded up) without failing the call: the way a test
 * proves the validation counts what a restore put back. Taken once per recreate, like `start`.
 */
export async function restoredObjects(
  executor: Executor<SimTables>,
  call: { accountId: string; region: string; sourceResourceId: string },
  objectCount: number,
  /** As for instanceStart. */
  config?: SimConfig,
): Promise<Record<string, unknown>> {
  const fault = await takeFault(executor, { operation: 'restoreObjects', accountId: call.accountId, region: call.region, service: 'S3', resourceId: call.sourceResourceId }, config);
  if (!fault?.errorCode) return { objectCount };
  return { objectCount: Math.floor(objectCount / 2), restoreNote: `${fault.errorCode}: part of the objects were not restored (sim fault ${fault.id} on restoreObjects of ${call.sourceResourceId})` };
}

/**
 * A load balancer's DNS name. A recovered one gets its own (AWS names a new load balancer `<name>-<id>.<region>.elb.amazonaws.com`);
 * its configuration still carries the source's, which a recovery copies but AWS would never reuse.
 */
export function loadBalancerDnsName(resource: Pick<DiscoveredResource, 'resourceId' | 'region' | 'arn' | 'tags' | 'configuration'>): string {
  const captured = resource.configuration.dnsName;
  if (typeof captured === 'string' && resource.tags[RECOVERY_ID_TAG] === undefined) return captured;
  return `${resource.resourceId}-${simHex(`${resource.arn}/dns`, 10)}.${resource.region}.elb.amazonaws.com`.toLowerCase();
}

/** The sim's resources are ready once made, but for an instance a start fault stopped (or holds pending). A bucket reports the objects it holds. */
function stateOf(accountId: string, resource: DiscoveredResource): ResourceState {
  const config = resource.configuration;
  switch (resource.type) {
    case 'ec2:instance': {
      const instanceState = instanceStateOf(config);
      const attributes = { instanceState, ...(typeof config.privateIp === 'string' ? { privateIp: config.privateIp } : {}) };
      if (instanceState === 'running') return { state: 'ready', attributes };
      const reason = String(config.stateReason ?? `the instance is ${instanceState}`);
      return instanceState === 'pending' ? { state: 'pending', reason, attributes } : { state: 'failed', reason, attributes };
    }
    // A cluster answers at its writer endpoint (<name>.cluster-<id>.<region>.rds.amazonaws.com); an instance at its own.
    case 'rds:cluster':
      return {
        state: 'ready',
        attributes: { status: 'available', endpoint: `${resource.resourceId}.cluster-c${simHex(`${resource.arn}/endpoint`, 12)}.${resource.region}.rds.amazonaws.com`, port: Number(config.port ?? 5432) },
      };
    case 'rds:db-instance':
    case 'rds:cluster-instance':
      return {
        state: 'ready',
        attributes: { status: 'available', endpoint: `${resource.resourceId}.c${simHex(`${resource.arn}/endpoint`, 12)}.${resource.region}.rds.amazonaws.com`, port: Number(config.port ?? 5432) },
      };
    case 'dynamodb:table':
      return { state: 'ready', attributes: { tableStatus: 'ACTIVE' } };
    case 'elb:load-balancer':
      return { state: 'ready', attributes: { state: 'active', dnsName: loadBalancerDnsName(resource) } };
    case 's3:bucket':
      return { state: 'ready', attributes: { objectCount: bucketObjectCount(accountId, resource) } };
    default:
      return { state: 'ready', attributes: {} };
  }
}

export async function simResourceState(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: ResourceStateRequest,
): Promise<ResourceState | undefined> {
  const accountId = await enterCall(executor, latencyMs, credentials, {
    operation: 'resourceState', region: request.region, service: serviceOfType(request.type), resourceId: request.resourceId,
  });
  const resource = await findResource(executor, { accountId, region: request.region, resourceId: request.resourceId });
  return resource && resource.type === request.type ? stateOf(accountId, resource) : undefined;
}
