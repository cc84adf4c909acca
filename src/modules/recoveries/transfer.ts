/**
 * The cross-account transfer of a recovery's data resources. AWS lets an account restore another account's
 * snapshot only once it is shared with it, and never shares one under an AWS-managed key (EC2
 * ModifySnapshotAttribute: "Snapshots encrypted with your default KMS key cannot be shared with other
 * accounts"; the RDS user guide, "Sharing a DB snapshot", the same of alias/aws/rds): such a snapshot is first copied under a customer-managed key
 * whose policy grants the target account. The target then copies the shared snapshot under its own key and
 * restores that copy, so the recovered resource never depends on the source's key or share again (a reset
 * can withdraw both). Everything happens in the recovery's target region, where the plan's snapshot (or its
 * replica copy) lives: keys and snapshot copies are regional.
 *
 * The keys, one per account and region, are kept and reused (KMS ScheduleKeyDeletion: a key is deleted only
 * after a waiting period of 7 to 30 days):
 * - in the source account, `alias/lifeboat-recovery-<target account>`: one key per target account, so a key's
 *   policy names exactly one other account, and adding a recovery account never widens what another one
 *   can decrypt;
 * - in the target account, `alias/lifeboat-recovered`, granting no other account.
 */
import { CloudCallError, type CloudKey } from '../../cloud/provider.ts';
import type { JobContext } from '../../platform/jobs/index.ts';
import { transferAccess, type AccountAccess, type RecoveriesDeps } from './context.ts';
import type { RecoveryResourceRow, RecoveryRow } from './repo.ts';
import { cloudMessage } from './cloud-message.ts';
import { transferMethod } from './transfer-method.ts';
import { transfersRepo, type RecoveryTransferPatch, type RecoveryTransferRow } from './transfer-repo.ts';
import { nextTransferStep, type TransferStep } from './transfer-steps.ts';

export const sourceKeyAlias = (targetAccountId: string) => `alias/lifeboat-recovery-${targetAccountId}`;
export const TARGET_KEY_ALIAS = 'alias/lifeboat-recovered';

/** The steps a test may leave out, to show that the cloud then refuses the recovery. */
/** A step a test may leave out; `key-grant` is the target account's grant on the source key (the key is made without it). */
export type SkippableTransferStep = Extract<TransferStep, 'share-copy' | 'share'> | 'key-grant';

/** A step the cloud refused: the resource fails with this message (the transfer row keeps it too). */
export class TransferFailedError extends Error {
  override readonly name = 'TransferFailedError';
}

export interface RecoveryTransfers {
  /**
   * Carries one data resource's snapshot into the target account, resuming at its first unrecorded step. The
   * snapshot to restore from there (the target's own copy), or null when the type cannot cross accounts and
   * the resource is created empty from its configuration. Throws TransferFailedError for a refused step, a
   * retryable CloudCallError for the job to retry.
   */
  carry(resource: RecoveryResourceRow): Promise<string | null>;
}

/** The transfers of a cross-account recovery; undefined for any other (or for two connections to one account: nothing crosses). */
export async function recoveryTransfers(deps: RecoveriesDeps, recovery: RecoveryRow, ctx: JobContext): Promise<RecoveryTransfers | undefined> {
  if (recovery.scope !== 'cross-account') return undefined;
  const { source, target } = await transferAccess(deps, recovery);
  if (source.accountId === target.accountId) return undefined;
  const db = deps.store.db;
  const region = recovery.target_region;

  // One ensureKey per account a run: parallel resources would otherwise race to create the same alias.
  const keys = new Map<'source' | 'target', Promise<CloudKey>>();
  const keyOf = (side: 'source' | 'target'): Promise<CloudKey> => {
    let key = keys.get(side);
    if (!key) {
      key = side === 'source'
        ? deps.cloud.ensureKey(source.credentials, {
          region, alias: sourceKeyAlias(target.accountId), grantAccountIds: deps.skipTransferStep === 'key-grant' ? [] : [target.accountId],
          description: `Lifeboat: snapshot copies shared with account ${target.accountId} for cross-account recoveries`,
        })
        : deps.cloud.ensureKey(target.credentials, {
          region, alias: TARGET_KEY_ALIAS, grantAccountIds: [], description: 'Lifeboat: snapshots received from other accounts for recoveries',
        });
      keys.set(side, key);
      key.catch(() => keys.delete(side)); // a failed call is asked again by the next resource
    }
    return key;
  };
  const sharedId = (row: RecoveryTransferRow) => row.share_copy_id ?? row.snapshot_id;
  const copyFor = (access: AccountAccess, row: RecoveryTransferRow, copy: { snapshotId: string; kmsKeyId: string; purpose: 'share' | 'receive'; ownerAccountId?: string }) =>
    deps.cloud.copySnapshotForRecovery(access.credentials, { region, type: row.type, resourceId: row.source_resource_id, recoveryId: recovery.id, ...copy });

  /** Runs one step; what it found or made, to record. */
  async function run(step: TransferStep, row: RecoveryTransferRow): Promise<RecoveryTransferPatch> {
    switch (step) {
      case 'describe': {
        // A type that cannot cross at all (a DynamoDB backup) does so whatever its key: no need to ask the cloud.
        const regardless = transferMethod(row.type, null);
        if (regardless.method === 'unsupported') return { method: regardless.method, reason: regardless.reason };
        const found = await deps.cloud.describeSnapshot(source.credentials, { region, snapshotId: row.snapshot_id, type: row.type });
        if (!found) throw new TransferFailedError(`snapshot ${row.snapshot_id} does not exist in ${region} of account ${source.accountId}`);
        const { method, reason } = transferMethod(row.type, found.keyManager);
        return { method, reason, source_kms_key_id: found.kmsKeyId, key_manager: found.keyManager };
      }
      case 'source-key':
        return { share_key_arn: (await keyOf('source')).keyArn };
      case 'share-copy':
        return { share_copy_id: (await copyFor(source, row, { snapshotId: row.snapshot_id, kmsKeyId: row.share_key_arn!, purpose: 'share' })).snapshotId };
      case 'share':
        await deps.cloud.shareSnapshot(source.credentials, { region, snapshotId: sharedId(row), type: row.type, accountId: target.accountId });
        return {};
      case 'target-key':
        return { target_key_arn: (await keyOf('target')).keyArn };
      case 'receive':
        return {
          receive_copy_id: (await copyFor(target, row, {
            snapshotId: sharedId(row), kmsKeyId: row.target_key_arn!, purpose: 'receive', ownerAccountId: source.accountId,
          })).snapshotId,
        };
    }
  }

  return {
    async carry(resource) {
      const at = deps.now();
      let row = await transfersRepo.open(db, {
        recovery_id: recovery.id, source_resource_id: resource.source_resource_id, type: resource.type, region, snapshot_id: resource.snapshot_id!,
        source_account_id: source.accountId, target_account_id: target.accountId, status: 'pending', created_at: at, updated_at: at,
      });
      for (let step = nextTransferStep(row.method, row.step); step; step = nextTransferStep(row.method, row.step)) {
        if (ctx.signal.aborted) throw ctx.signal.reason;
        let found: RecoveryTransferPatch = {};
        if (deps.skipTransferStep !== step) {
          try {
            found = await run(step, row);
          } catch (error) {
            if (error instanceof CloudCallError && error.retryable) throw error; // the job retries; every step is idempotent
            const message = `The transfer to account ${target.accountId} failed at its ${step} step: ${cloudMessage(error)}`;
            await transfersRepo.update(db, recovery.id, row.source_resource_id, { status: 'failed', error: message, updated_at: deps.now() });
            throw new TransferFailedError(message);
          }
        }
        // A step recorded as failed is only met again when the kill came before the resource's failure was written: it is retried.
        const done = nextTransferStep(found.method ?? row.method, step) === null;
        row = await transfersRepo.update(db, recovery.id, row.source_resource_id, {
          ...found, step, status: done ? 'completed' : 'pending', error: null, updated_at: deps.now(),
        });
      }
      return row.receive_copy_id;
    },
  };
}
