import type { Executor } from '../../platform/db/database.ts';
import { CloudCallError, type CloudCredentials, type CloudSnapshot, type DataResourceType, type RecoveryCopyRequest } from '../provider.ts';
import { enterCall } from './enter-call.ts';
import { serviceOfType } from './kinds.ts';
import { keyOfArn, mayUseKey, resolveKey } from './keys.ts';
import { snapshotAction } from './permissions.ts';
import { visibleSnapshot } from './sharing.ts';
import { dataKind, dataType, invalidParameter } from './snapshot-kinds.ts';
import { findLiveRecoveryCopy, insertSnapshot } from './snapshot-rows.ts';
import type { SimTables } from './tables.ts';

/**
 * Copies a snapshot within its region under a key, into the caller's account: the source's own
 * snapshot (purpose `share`, off an AWS-managed key), or another account's that was shared with it
 * (purpose `receive`, under the caller's own key). Idempotent on (recoveryId, resourceId, region,
 * purpose) through the unique index sim_snapshots_recovery_copy: a retry, or a racing worker, gets the
 * first copy. The lookup comes before the checks, so a retry after a crash finds the copy even if the
 * source or its share has gone since.
 */
export async function copySimSnapshotForRecovery(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: RecoveryCopyRequest,
): Promise<CloudSnapshot> {
  const accountId = await enterCall(executor, latencyMs, credentials, {
    operation: 'copySnapshotForRecovery', region: request.region, service: serviceOfType(request.type), resourceId: request.resourceId,
  }, snapshotAction(request.type, 'copy'));
  const type = dataType(request.type);
  if (request.purpose !== 'share' && request.purpose !== 'receive') throw invalidParameter(`purpose must be share or receive, not ${JSON.stringify(request.purpose)}`);
  if (!request.recoveryId) throw invalidParameter('recoveryId is required');
  const recoveryCopy = `${request.recoveryId}/${request.purpose}`;
  const existing = await findLiveRecoveryCopy(executor, { accountId, recoveryCopy, resourceId: request.resourceId, region: request.region });
  if (existing) return existing;

  const ownerAccountId = request.ownerAccountId ?? accountId;
  const source = await visibleSnapshot(executor, { callerAccountId: accountId, ownerAccountId, region: request.region, snapshotId: request.snapshotId });
  if (!source || source.type !== type) throw dataKind(type).snapshotMissing(request.snapshotId);
  if (source.resource_id !== request.resourceId) throw invalidParameter(`snapshot ${request.snapshotId} is of ${source.resource_id}, not ${request.resourceId}`);
  // Reading the source decrypts under its key; writing the copy encrypts under the target key.
  if (source.kms_key_id !== null && !mayUseKey(await keyOfArn(executor, source.kms_key_id), accountId)) throw keyNotAccessible(type, source.kms_key_id);
  const target = await resolveKey(executor, request.kmsKeyId, { accountId, region: request.region });
  if (!target || target.region !== request.region || !mayUseKey(target, accountId)) throw keyNotAccessible(type, request.kmsKeyId);

  return insertSnapshot(executor, {
    snapshot_id: dataKind(type).snapshotId(request.resourceId),
    account_id: accountId,
    region: request.region,
    resource_id: request.resourceId,
    resource_region: source.resource_region,
    type,
    protection_id: source.protection_id,
    source_snapshot_id: source.snapshot_id,
    size_bytes: Number(source.size_bytes),
    object_count: source.object_count === null ? null : Number(source.object_count),
    created_at: Date.now(),
    deleted_at: null,
    kms_key_id: target.keyArn,
    recovery_copy: recoveryCopy,
  });
}

/**
 * What each service answers when the caller may not use a key (it does not exist for the caller, or its
 * policy does not grant the caller's account). RDS: KMSKeyNotAccessibleFault ("An error occurred accessing
 * an Amazon Web Services KMS key", RDS API reference). EC2 reports a key it cannot use through KMS's
 * access denial; AWS Backup (DynamoDB, S3 recovery points) answers AccessDeniedException.
 */
export function keyNotAccessible(type: DataResourceType, keyId: string): CloudCallError {
  switch (type) {
    case 'rds:db-instance':
    case 'rds:cluster':
      return new CloudCallError('fault', 'KMSKeyNotAccessibleFault', `KMSKeyNotAccessibleFault: An error occurred accessing an Amazon Web Services KMS key: ${keyId}`);
    case 'ebs:volume':
      return new CloudCallError('fault', 'KMS.AccessDeniedException', `KMS.AccessDeniedException: The caller is not authorized to use the KMS key ${keyId}.`);
    default:
      return new CloudCallError('fault', 'AccessDeniedException', `AccessDeniedException: Insufficient privileges to use the KMS key ${keyId}.`);
  }
}
