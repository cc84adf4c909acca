import type { Executor } from '../../platform/db/database.ts';
import {
  type CloudCredentials,
  type CloudSnapshot,
  type CopySnapshotRequest,
  type DeleteSnapshotRequest,
  type SnapshotRequest,
} from '../provider.ts';
import { AWS_REGIONS } from '../regions.ts';
import { simulateCall } from './calls.ts';
import { enterCall, enteringAccount } from './enter-call.ts';
import { handled } from './batches.ts';
import { currentConfig } from './config.ts';
import { checkWithConfig, reachedAccount } from './credentials.ts';
import { serviceOfType } from './kinds.ts';
import { authorize, snapshotAction } from './permissions.ts';
import { keyInRegion, keyOfArn, resourceKeyArn, snapshotCopyKey } from './keys.ts';
import { findResource } from './resources.ts';
import { bucketObjectCount, clusterMemberSnapshot, dataKind, dataType, invalidParameter, snapshotSize, throwIfTaggedToFail } from './snapshot-kinds.ts';
import { findLiveSnapshot, findSnapshotRow, insertSnapshot, markSnapshotDeleted } from './snapshot-rows.ts';
import type { SimTables } from './tables.ts';

/**
 * The sim's snapshot calls. Each checks in this order: simulateCall (latency, call log, table faults),
 * credentials, the request, the resource's fault tag, and only then the idempotency lookup, so a tag
 * fault fails every attempt while a retry after a crash finds what the first attempt made even if the
 * resource has gone since. Per call: about seven indexed statements, none growing with the tables.
 */
export async function takeSnapshot(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: SnapshotRequest,
): Promise<CloudSnapshot> {
  // Both reads at once, each batched with the calls in flight, and beside the call's log when enteringAccount can tell
  // the account already; the refusals still come in the order above.
  const reads = (accountId: string) => handled(Promise.all([
    findResource(executor, { accountId, region: request.region, resourceId: request.resourceId }),
    findLiveSnapshot(executor, { accountId, protectionId: request.protectionId, resourceId: request.resourceId, region: request.region }),
  ]));
  const early = enteringAccount(executor, latencyMs, credentials);
  const earlyReads = early === undefined ? undefined : reads(early);
  const accountId = await enterCall(executor, latencyMs, credentials, {
    operation: 'snapshot', region: request.region, service: serviceOfType(request.type), resourceId: request.resourceId,
  }, snapshotAction(request.type, 'snapshot'));
  const type = dataType(request.type);

  const [resource, existing] = await (accountId === early && earlyReads ? earlyReads : reads(accountId));
  throwIfTaggedToFail(resource, 'snapshot');
  if (existing) return existing;

  const kind = dataKind(type);
  if (!resource) throw kind.resourceMissing(request.resourceId);
  const member = type === 'rds:db-instance' ? clusterMemberSnapshot(resource) : undefined;
  if (member) throw member;
  if (resource.type !== type) throw invalidParameter(`${request.resourceId} is a ${resource.type}, not a ${type}`);
  return insertSnapshot(executor, {
    snapshot_id: kind.snapshotId(request.resourceId),
    account_id: accountId,
    region: request.region,
    resource_id: request.resourceId,
    resource_region: request.region,
    type,
    protection_id: request.protectionId,
    source_snapshot_id: null,
    size_bytes: snapshotSize(kind, accountId, resource),
    object_count: type === 's3:bucket' ? bucketObjectCount(accountId, resource) : null,
    created_at: Date.now(),
    deleted_at: null,
    kms_key_id: await resourceKeyArn(executor, resource, { accountId, region: request.region }),
    recovery_copy: null,
  });
}

/** Copies a snapshot to targetRegion; the call is logged and matched under the target region, where AWS takes it. */
export async function copySnapshot(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: CopySnapshotRequest,
): Promise<CloudSnapshot> {
  const accountId = await enterCall(executor, latencyMs, credentials, {
    operation: 'copySnapshot', region: request.targetRegion, service: serviceOfType(request.type), resourceId: request.resourceId,
  }, snapshotAction(request.type, 'copy'));
  const type = dataType(request.type);
  if (!(AWS_REGIONS as readonly string[]).includes(request.targetRegion)) throw invalidParameter(`unknown region ${JSON.stringify(request.targetRegion)}`);
  // A same-region copy would share its source's idempotency key (protection, resource, region).
  if (request.targetRegion === request.sourceRegion) throw invalidParameter('targetRegion must differ from sourceRegion');

  const source = await findSnapshotRow(executor, { accountId, region: request.sourceRegion, snapshotId: request.snapshotId });
  const resourceRegion = source?.resource_region ?? request.sourceRegion;
  throwIfTaggedToFail(await findResource(executor, { accountId, region: resourceRegion, resourceId: request.resourceId }), 'copySnapshot');
  const key = { accountId, protectionId: request.protectionId, resourceId: request.resourceId, region: request.targetRegion };
  const existing = await findLiveSnapshot(executor, key);
  if (existing) return existing;

  const kind = dataKind(type);
  if (!source || source.deleted_at !== null) throw kind.snapshotMissing(request.snapshotId);
  if (source.resource_id !== request.resourceId || source.type !== type) {
    throw invalidParameter(`snapshot ${request.snapshotId} is of ${source.type} ${source.resource_id}, not ${type} ${request.resourceId}`);
  }
  return insertSnapshot(executor, {
    snapshot_id: kind.snapshotId(request.resourceId),
    account_id: accountId,
    region: request.targetRegion,
    resource_id: request.resourceId,
    resource_region: resourceRegion,
    type,
    protection_id: request.protectionId,
    source_snapshot_id: source.snapshot_id,
    size_bytes: Number(source.size_bytes),
    object_count: source.object_count === null ? null : Number(source.object_count),
    created_at: Date.now(),
    deleted_at: null,
    // An encrypted snapshot's copy stays encrypted, under a key of the target region: for EBS and RDS the one the AWS
    // driver names in CopySnapshot / CopyDBSnapshot (snapshotCopyKey); for the others the same-named key there.
    kms_key_id: source.kms_key_id === null ? null
      : type === 'rds:db-instance' || type === 'rds:cluster' || type === 'ebs:volume'
        ? await snapshotCopyKey(executor, await keyOfArn(executor, source.kms_key_id), { accountId, region: request.targetRegion })
      : keyInRegion(await keyOfArn(executor, source.kms_key_id), request.targetRegion).keyArn,
    recovery_copy: null,
  });
}

/** Deletes a snapshot or a copy; one that is gone, or never was, is a success. */
export async function deleteSnapshot(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: DeleteSnapshotRequest,
): Promise<void> {
  const config = await currentConfig(executor);
  const check = checkWithConfig(config, credentials);
  // Looked up first so the call is logged, and table faults match, with the snapshot's resource.
  const row = check.ok ? await findSnapshotRow(executor, { accountId: check.accountId, region: request.region, snapshotId: request.snapshotId }) : undefined;
  const call = {
    operation: 'deleteSnapshot',
    accountId: check.accountId,
    region: request.region,
    service: row && serviceOfType(row.type),
    resourceId: row?.resource_id,
  };
  const fault = await simulateCall(executor, latencyMs, call, config);
  if (fault) throw fault;
  const accountId = reachedAccount(check);
  if (check.ok && row) authorize(check, snapshotAction(row.type, 'delete'), request.region);
  if (!row) return;
  throwIfTaggedToFail(await findResource(executor, { accountId, region: row.resource_region, resourceId: row.resource_id }), 'deleteSnapshot');
  await markSnapshotDeleted(executor, row.snapshot_id, Date.now());
}
