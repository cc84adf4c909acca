import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import {
  CloudCallError,
  type CloudCredentials,
  type DataResourceType,
  type DescribeSnapshotRequest,
  type ShareSnapshotRequest,
  type SnapshotDescription,
} from '../provider.ts';
import { enterCall } from './enter-call.ts';
import { serviceOfType } from './kinds.ts';
import { keyOfArn } from './keys.ts';
import { snapshotAction } from './permissions.ts';
import { dataKind, dataType, invalidParameter } from './snapshot-kinds.ts';
import { findSnapshotRow } from './snapshot-rows.ts';
import type { SimSnapshotTable, SimTables } from './tables.ts';

export type SnapshotRow = Selectable<SimSnapshotTable>;

/** The accounts a snapshot is shared with, in account order. */
export async function sharedWith(executor: Executor<SimTables>, snapshotId: string): Promise<string[]> {
  const rows = await executor.selectFrom('sim_snapshot_shares').select('account_id').where('snapshot_id', '=', snapshotId).orderBy('account_id').execute();
  return rows.map((row) => row.account_id);
}

/**
 * The live snapshot of `owner` the caller may see: its own, or another account's shared with it.
 * Undefined otherwise: AWS answers a snapshot that is not shared with you exactly as one that does not exist.
 */
export async function visibleSnapshot(
  executor: Executor<SimTables>,
  key: { callerAccountId: string; ownerAccountId: string; region: string; snapshotId: string },
): Promise<SnapshotRow | undefined> {
  const row = await findSnapshotRow(executor, { accountId: key.ownerAccountId, region: key.region, snapshotId: key.snapshotId });
  if (!row || row.deleted_at !== null) return undefined;
  if (key.ownerAccountId === key.callerAccountId) return row;
  return (await isSharedWith(executor, key.snapshotId, key.callerAccountId)) ? row : undefined;
}

/** True when the snapshot is shared with the account. */
export async function isSharedWith(executor: Executor<SimTables>, snapshotId: string, accountId: string): Promise<boolean> {
  const share = await executor
    .selectFrom('sim_snapshot_shares')
    .select('account_id')
    .where('snapshot_id', '=', snapshotId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return share !== undefined;
}

/** A snapshot's owner, key and shares (the owner sees every share; an account it is shared with sees its own). */
export async function describeSimSnapshot(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: DescribeSnapshotRequest,
): Promise<SnapshotDescription | undefined> {
  const accountId = await enterCall(executor, latencyMs, credentials, { operation: 'describeSnapshot', region: request.region, service: serviceOfType(request.type) }, snapshotAction(request.type, 'describe'));
  dataType(request.type);
  const ownerAccountId = request.ownerAccountId ?? accountId;
  const row = await visibleSnapshot(executor, { callerAccountId: accountId, ownerAccountId, region: request.region, snapshotId: request.snapshotId });
  if (!row || row.type !== request.type) return undefined;
  const key = row.kms_key_id === null ? undefined : await keyOfArn(executor, row.kms_key_id);
  const shares = await sharedWith(executor, row.snapshot_id);
  return {
    snapshotId: row.snapshot_id,
    region: row.region,
    type: row.type,
    ownerAccountId,
    kmsKeyId: key?.keyArn ?? null,
    keyManager: key?.manager ?? null,
    sharedWith: ownerAccountId === accountId ? shares : shares.filter((id) => id === accountId),
  };
}

/**
 * Shares a snapshot the caller owns with another account, as ModifySnapshotAttribute (createVolumePermission),
 * ModifyDBSnapshotAttribute (`restore`) or a backup vault's access policy would. Refused as AWS refuses it:
 * a snapshot under an AWS-managed key, and any DynamoDB on-demand backup.
 */
export async function shareSimSnapshot(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: ShareSnapshotRequest,
): Promise<void> {
  const accountId = await enterCall(executor, latencyMs, credentials, { operation: 'shareSnapshot', region: request.region, service: serviceOfType(request.type) }, snapshotAction(request.type, 'share'));
  const type = dataType(request.type);
  if (!/^\d{12}$/.test(request.accountId)) throw invalidParameter(`${JSON.stringify(request.accountId)} is not a 12-digit account id`);
  const row = await findSnapshotRow(executor, { accountId, region: request.region, snapshotId: request.snapshotId });
  if (!row || row.deleted_at !== null || row.type !== type) throw dataKind(type).snapshotMissing(request.snapshotId);
  if (type === 'dynamodb:table') throw unshareableBackup();
  const key = row.kms_key_id === null ? undefined : await keyOfArn(executor, row.kms_key_id);
  if (key?.manager === 'aws') {
    const refusal = AWS_MANAGED_REFUSALS[type];
    if (refusal) throw refusal();
  }
  await executor
    .insertInto('sim_snapshot_shares')
    .values({ snapshot_id: row.snapshot_id, account_id: request.accountId })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

/** Withdraws a share; one that is not there, or a snapshot that is gone, is a success. */
export async function unshareSimSnapshot(
  executor: Executor<SimTables>,
  latencyMs: number,
  credentials: CloudCredentials,
  request: ShareSnapshotRequest,
): Promise<void> {
  const accountId = await enterCall(executor, latencyMs, credentials, { operation: 'unshareSnapshot', region: request.region, service: serviceOfType(request.type) }, snapshotAction(request.type, 'share'));
  dataType(request.type);
  const row = await findSnapshotRow(executor, { accountId, region: request.region, snapshotId: request.snapshotId });
  if (!row) return;
  await executor.deleteFrom('sim_snapshot_shares').where('snapshot_id', '=', row.snapshot_id).where('account_id', '=', request.accountId).execute();
}

/**
 * What EBS and RDS answer when asked to share a snapshot under an AWS-managed key. EBS: "Snapshots
 * encrypted with the AWS Managed CMK can't be shared" (ModifySnapshotAttribute's InvalidParameter, as
 * reported in hashicorp/packer#7410; the API reference: "Snapshots encrypted with your default KMS key
 * cannot be shared with other accounts"). RDS: the RDS user guide, "Sharing a DB snapshot": "You can't
 * share a snapshot that has been encrypted using the default AWS KMS key".
 */
const AWS_MANAGED_REFUSALS: Partial<Record<DataResourceType, () => CloudCallError>> = {
  'ebs:volume': () =>
    new CloudCallError('fault', 'InvalidParameter', "InvalidParameter: Snapshots encrypted with the AWS Managed CMK can't be shared. Specify another snapshot."),
  'rds:db-instance': () =>
    new CloudCallError('fault', 'InvalidParameterValue', "InvalidParameterValue: You can't share a DB snapshot encrypted with the default AWS KMS key (alias/aws/rds); copy it under a customer managed key and share the copy."),
  'rds:cluster': () =>
    new CloudCallError('fault', 'InvalidParameterValue', "InvalidParameterValue: You can't share a DB cluster snapshot encrypted with the default AWS KMS key (alias/aws/rds); copy it under a customer managed key and share the copy."),
};

// DynamoDB has no call that shares an on-demand backup: crossing accounts takes an AWS Backup copy job.
const unshareableBackup = () =>
  new CloudCallError('fault', 'ValidationException', 'ValidationException: DynamoDB on-demand backups cannot be shared with another account.');
