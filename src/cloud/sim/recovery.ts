import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { likeContains } from '../../platform/db/like.ts';
import { batchedDependents, batchedLiveSnapshotById, batchedResource, batchedResourceDelete, batchedResourceInsert, handled } from './batches.ts';
import { cachedConfig } from './config.ts';
import {
  CloudCallError,
  isDataResource,
  RECOVERY_ID_TAG,
  SOURCE_ID_TAG,
  type CloudCredentials,
  type DeleteResourceRequest,
  type ListRecoveryResourcesRequest,
  type RecreatedResource,
  type RecreateRequest,
} from '../provider.ts';
import { AWS_REGIONS } from '../regions.ts';
import { enterCall, enteringAccount } from './enter-call.ts';
import { arnFor, serviceOfType, simHex } from './kinds.ts';
import { deleteAction, recreateAction } from './permissions.ts';
import { findResource } from './resources.ts';
import { instanceStart, restoredObjects } from './resource-state.ts';
import { assertNameFree, assertOffered, assertZoneExists, assertWithinQuota, bucketHolder, emptyDatabaseCreate, madeBy, quotaUse, restorableSnapshot } from './recreate-checks.ts';
import { invalidParameter, throwIfTaggedToFail } from './snapshot-kinds.ts';
import { assertClusterReady, assertNoMembers, clusterRestore } from './clusters.ts';
import { mapPrefixLists } from './prefix-lists.ts';
import type { SimResourceTable, SimTables } from './tables.ts';

/** Resources AWS addresses by an id it makes up: the id's prefix. */
const ID_PREFIXES: Readonly<Record<string, string>> = {
  'ec2:vpc': 'vpc',
  'ec2:subnet': 'subnet',
  'ec2:security-group': 'sg',
  'ec2:route-table': 'rtb',
  'ec2:internet-gateway': 'igw',
  'ec2:nat-gateway': 'nat',
  'ec2:instance': 'i',
  'ebs:volume': 'vol',
  'efs:file-system': 'fs',
};

/** Resources addressed by the name the caller picks: the name's longest length, and whether AWS lower-cases it. */
const NAME_RULES: Readonly<Record<string, { readonly maxLength: number; readonly lowerCase: boolean }>> = {
  's3:bucket': { maxLength: 63, lowerCase: true },
  'rds:db-instance': { maxLength: 63, lowerCase: true },
  'rds:cluster': { maxLength: 63, lowerCase: true },
  'rds:cluster-instance': { maxLength: 63, lowerCase: true },
  'dynamodb:table': { maxLength: 255, lowerCase: false },
  'elb:load-balancer': { maxLength: 32, lowerCase: false },
  'elb:target-group': { maxLength: 32, lowerCase: false },
  'lambda:function': { maxLength: 64, lowerCase: false },
  'sqs:queue': { maxLength: 80, lowerCase: false },
  'sns:topic': { maxLength: 256, lowerCase: false },
};

/**
 * The id a recreated resource gets. It is derived from the idempotency key (account, region, recovery,
 * source), so the natural-key unique constraint on sim_resources makes recreate idempotent and race-safe
 * without a lookup table: a retry, or a racing worker, computes the same id and finds the first row.
 */
export function recreatedId(type: string, key: { accountId: string; region: string; recoveryId: string; sourceResourceId: string }): string {
  const seed = `recreate/${key.accountId}/${key.region}/${key.recoveryId}/${key.sourceResourceId}`;
  const prefix = ID_PREFIXES[type];
  if (prefix !== undefined) return `${prefix}-${simHex(seed, 17)}`;
  if (type === 'route53:hosted-zone') return `Z${simHex(seed, 20).toUpperCase()}`;
  // A name: the source's, cut to fit, with a suffix so it does not clash with the source in the same region.
  const rules = NAME_RULES[type] ?? { maxLength: 63, lowerCase: false };
  const suffix = `-${simHex(seed, 8)}`;
  let base = rules.lowerCase ? key.sourceResourceId.toLowerCase() : key.sourceResourceId;
  base = base.slice(0, rules.maxLength - suffix.length).replace(/[-.]+$/, '');
  return `${base}${suffix}`;
}

/**
 * Rebuilds a resource. Checks in the order of the snapshot calls: simulateCall (latency, call log, table
 * faults, matched on the source resource id), credentials, the request, the source's fault tag, then
 * the idempotency lookup (so a retry after a crash finds the first attempt's resource even if a
 * dependency or the snapshot has gone since), then what AWS refuses (recreate-checks.ts): a name taken,
 * missing dependencies, a zone that does not offer the instance type, a snapshot not owned or shared or
 * under a key the caller may not use, a quota; then the insert. About eight indexed reads a call, issued at
 * once after the call's log and shared with the calls in flight (batches.ts); the quota's usage reads the
 * account's resources of the counted type in the region, once for the recreates in flight.
 */
export async function recreateResource(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: RecreateRequest,
): Promise<RecreatedResource> {
  const service = serviceOfType(request.type);
  // The checks' reads at once, each in its batch with the calls in flight (batches.ts), and beside the call's log when
  // enteringAccount can tell the account already: one round's wait on PostgreSQL instead of one after another. The
  // refusals still come in the order below; the config as of the call's own log (enterCall) serves the faults the
  // launch and the restore take.
  const dependencies = [...new Set(request.dependencies)];
  const snapshotId = request.snapshotId !== undefined && isDataResource(request.type) ? request.snapshotId : undefined;
  const reads = (accountId: string) => {
    const place = { accountId, region: request.region };
    const resourceId = recreatedId(request.type, { accountId, region: request.region, recoveryId: request.recoveryId, sourceResourceId: request.sourceResourceId });
    return {
      accountId,
      resourceId,
      existing: handled(findResource(executor, { ...place, resourceId })),
      holder: handled(bucketHolder(executor, place, { type: request.type, resourceId })),
      missing: handled(missingDependencies(executor, place, dependencies)),
      snapshot: snapshotId === undefined ? undefined : handled(batchedLiveSnapshotById(executor, { snapshotId, region: request.region })),
      quota: quotaUse(executor, place, request.type, request.configuration ?? {}),
    };
  };
  const early = enteringAccount(executor, latencyMs, credentials);
  const earlyReads = early === undefined ? undefined : reads(early);
  const accountId = await enterCall(
    executor, latencyMs, credentials,
    { operation: 'recreate', region: request.region, service, resourceId: request.sourceResourceId },
    recreateAction(request.type, request.snapshotId !== undefined),
  );
  if (!service) throw invalidParameter(`unknown resource type ${JSON.stringify(request.type)}`);
  if (!(AWS_REGIONS as readonly string[]).includes(request.region)) throw invalidParameter(`unknown region ${JSON.stringify(request.region)}`);
  if (!request.recoveryId) throw invalidParameter('recoveryId is required');
  if (!request.sourceResourceId) throw invalidParameter('sourceResourceId is required');
  if (request.snapshotId !== undefined && !isDataResource(request.type)) throw invalidParameter(`a ${request.type} is not restored from a snapshot`);
  throwIfTaggedToFail({ resourceId: request.sourceResourceId, tags: request.tags }, 'recreate');

  const place = { accountId, region: request.region };
  const { resourceId, existing: existingRead, holder: holderRead, missing: missingRead, snapshot: snapshotRead, quota: quotaRead } =
    earlyReads?.accountId === accountId ? earlyReads : reads(accountId);
  const existing = await existingRead;
  if (existing && madeBy(existing, request)) return { resourceId: existing.resourceId, arn: existing.arn, region: existing.region, type: existing.type };
  assertNameFree(place, { type: request.type, resourceId }, existing, await holderRead);

  const missing = await missingRead;
  if (missing.length > 0) throw invalidParameter(`dependencies do not exist in ${request.region}: ${missing.join(', ')}`);
  const configuration: Record<string, unknown> = { ...request.configuration };
  assertZoneExists(request.type, configuration, request.region);
  assertOffered(request.type, configuration, request.region);
  const config = cachedConfig(executor);
  if (request.type === 'rds:cluster') Object.assign(configuration, clusterRestore(request));
  if (request.type === 'rds:cluster-instance') await assertClusterReady(executor, place, configuration);
  if (request.type === 'ec2:security-group') Object.assign(configuration, await mapPrefixLists(executor, place, request, configuration));
  if (request.type === 'ec2:instance') Object.assign(configuration, await instanceStart(executor, { accountId, region: request.region, sourceResourceId: request.sourceResourceId }, config));
  if (snapshotId !== undefined && isDataResource(request.type)) {
    const { kmsKeyId, objectCount } = await restorableSnapshot(executor, place, { snapshotId, type: request.type }, snapshotRead);
    configuration.restoredFromSnapshotId = snapshotId;
    if (kmsKeyId !== null) configuration.kmsKeyId = kmsKeyId;
    if (objectCount !== null) Object.assign(configuration, await restoredObjects(executor, { ...place, sourceResourceId: request.sourceResourceId }, objectCount, config));
  } else if (request.type === 's3:bucket') {
    configuration.objectCount = 0; // a bucket made without its snapshot is empty, whatever the source held
  }
  if (request.type === 'rds:db-instance' && request.snapshotId === undefined) Object.assign(configuration, emptyDatabaseCreate(configuration, { ...place, resourceId }));
  await assertWithinQuota(executor, place, request.type, configuration, quotaRead);

  const arn = arnFor(request.type, accountId, request.region, resourceId);
  // One multi-row insert, and one for the dependency edges after it, for the recreates in flight (batches.ts).
  const inserted = await batchedResourceInsert(executor, {
    account_id: accountId,
    region: request.region,
    resource_id: resourceId,
    arn,
    type: request.type,
    service,
    // A name-addressed resource's name is its new id; the others keep the source's name (Name tag, domain).
    name: request.type in NAME_RULES ? resourceId : request.name || resourceId,
    configuration: JSON.stringify(configuration),
    // The recovery's tags win over the source's: a source that was itself recovered carries old ones.
    tags: JSON.stringify({ ...request.tags, [RECOVERY_ID_TAG]: request.recoveryId, [SOURCE_ID_TAG]: request.sourceResourceId }),
    dependencies: JSON.stringify(dependencies),
    created_at: Date.now(),
  });
  if (inserted) return toRecreated(inserted);
  // A racing call inserted it first; both return its row.
  const winner = await findResource(executor, { accountId, region: request.region, resourceId });
  if (!winner) throw new Error(`sim resource ${resourceId} was neither inserted nor found`);
  return { resourceId: winner.resourceId, arn: winner.arn, region: winner.region, type: winner.type };
}

/** Deletes a resource; one that is gone, or never was, is a success. */
export async function deleteResource(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: DeleteResourceRequest,
): Promise<void> {
  // Both reads at once, each with the calls in flight (batches.ts), and beside the call's log when enteringAccount can
  // tell the account already; the refusals still come in the order below.
  const reads = (accountId: string) => {
    const key = { accountId, region: request.region, resourceId: request.resourceId };
    return {
      accountId,
      resource: handled(findResource(executor, key)),
      users: GUARDED_TYPES.has(request.type) || request.type === 'rds:cluster' ? handled(batchedDependents(executor, key)) : undefined,
    };
  };
  const early = enteringAccount(executor, latencyMs, credentials);
  const earlyReads = early === undefined ? undefined : reads(early);
  const accountId = await enterCall(executor, latencyMs, credentials, {
    operation: 'deleteResource', region: request.region, service: serviceOfType(request.type), resourceId: request.resourceId,
  }, deleteAction(request.type));
  const key = { accountId, region: request.region, resourceId: request.resourceId };
  const { users, resource: read } = earlyReads?.accountId === accountId ? earlyReads : reads(accountId);
  const resource = await read;
  if (!resource) return;
  if (resource.type !== request.type) throw invalidParameter(`${request.resourceId} is a ${resource.type}, not a ${request.type}`);
  throwIfTaggedToFail(resource, 'deleteResource');
  if (resource.type === 'rds:cluster') await assertNoMembers(executor, key, users);
  if (GUARDED_TYPES.has(resource.type)) {
    const using = await users!;
    if (using.length > 0) throw new CloudCallError('fault', 'DependencyViolation', `The ${request.resourceId} has dependencies and cannot be deleted: ${using.join(', ')}`);
  }
  // The row and its edges, with the deletes in flight beside it (batches.ts).
  await batchedResourceDelete(executor, key);
}

/**
 * What carries the recovery's tag in the account and region, in resource_id order. Tags are JSON
 * text, written by JSON.stringify, so the tag's exact serialisation narrows the rows in SQL (within
 * the account + region prefix of the discovery index); the parsed tags then decide exactly.
 */
export async function listRecoveryResources(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: ListRecoveryResourcesRequest,
): Promise<RecreatedResource[]> {
  const accountId = await enterCall(executor, latencyMs, credentials, { operation: 'listRecoveryResources', region: request.region });
  if (!request.recoveryId) throw invalidParameter('recoveryId is required');
  const fragment = `${JSON.stringify(RECOVERY_ID_TAG)}:${JSON.stringify(request.recoveryId)}`;
  const rows = await executor
    .selectFrom('sim_resources')
    .select(['resource_id', 'arn', 'region', 'type', 'tags'])
    .where('account_id', '=', accountId)
    .where('region', '=', request.region)
    .where(likeContains('tags', fragment))
    .orderBy('resource_id')
    .execute();
  return rows.filter((row) => (JSON.parse(row.tags) as Record<string, string>)[RECOVERY_ID_TAG] === request.recoveryId).map(toRecreated);
}

/** EC2 refuses to delete a VPC, subnet or security group that something still uses (DependencyViolation): so does the sim. */
const GUARDED_TYPES = new Set(['ec2:vpc', 'ec2:subnet', 'ec2:security-group']);

/** The dependencies that do not exist in the account and region, each looked up with the calls in flight (batches.ts). */
async function missingDependencies(executor: Executor<SimTables>, place: { accountId: string; region: string }, dependencies: readonly string[]): Promise<string[]> {
  const found = await Promise.all(dependencies.map((resourceId) => batchedResource(executor, { ...place, resourceId })));
  return dependencies.filter((_, i) => found[i] === undefined);
}

function toRecreated(row: Pick<Selectable<SimResourceTable>, 'resource_id' | 'arn' | 'region' | 'type'>): RecreatedResource {
  return { resourceId: row.resource_id, arn: row.arn, region: row.region, type: row.type };
}
