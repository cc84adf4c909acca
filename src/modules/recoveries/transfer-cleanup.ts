import { CloudCallError } from '../../cloud/provider.ts';
import { eachLimited } from '../../platform/each-limited.ts';
import { PermanentJobError, type JobContext } from '../../platform/jobs/index.ts';
import { cloudMessage } from './cloud-message.ts';
import { transferAccess, type RecoveriesDeps } from './context.ts';
import type { RecoveryRow } from './repo.ts';
import { transfersRepo, type RecoveryTransferRow } from './transfer-repo.ts';
import { nextCleanupStep, type TransferCleanupStep } from './transfer-steps.ts';

/**
 * The reset's part of a cross-account recovery, after the recovered resources are gone: deletes the target's
 * received copies (target credentials), withdraws the shares and deletes the source's share-copies (source
 * credentials). Each step is recorded, and every call succeeds when its work is already done, so a reset killed
 * half-way redoes nothing but the calls in flight. The keys stay: KMS ScheduleKeyDeletion deletes a key only
 * after a 7–30 day waiting period, and the next recovery into the account reuses them. Withdrawing the share of the protection's own
 * snapshot is safe for later recoveries into the account: each one restores from its own received copy.
 * The failures' messages; nothing when the recovery made no transfer.
 */
export async function removeTransfers(deps: RecoveriesDeps, recovery: RecoveryRow, ctx: JobContext): Promise<string[]> {
  const db = deps.store.db;
  const left = (await transfersRepo.ofRecovery(db, recovery.id)).filter((t) => nextCleanupStep(t) !== null);
  if (left.length === 0) return [];
  let access: Awaited<ReturnType<typeof transferAccess>>;
  try {
    access = await transferAccess(deps, recovery);
  } catch (error) {
    if (error instanceof PermanentJobError) return [`the copies and shares of ${left.length} snapshot(s) were left: ${error.message}`];
    throw error;
  }
  const { source, target } = access;

  const undo = (step: TransferCleanupStep, row: RecoveryTransferRow): Promise<void> => {
    switch (step) {
      case 'delete-receive-copy':
        return deps.cloud.deleteSnapshot(target.credentials, { region: row.region, snapshotId: row.receive_copy_id! });
      case 'unshare':
        return deps.cloud.unshareSnapshot(source.credentials, {
          region: row.region, snapshotId: row.share_copy_id ?? row.snapshot_id, type: row.type, accountId: row.target_account_id,
        });
      case 'delete-share-copy':
        return deps.cloud.deleteSnapshot(source.credentials, { region: row.region, snapshotId: row.share_copy_id! });
    }
  };

  const failures: string[] = [];
  await eachLimited(left, deps.parallelism, async (transfer) => {
    let row = transfer;
    for (let step = nextCleanupStep(row); step; step = nextCleanupStep(row)) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      try {
        await undo(step, row);
      } catch (error) {
        if (error instanceof CloudCallError && error.retryable) throw error;
        failures.push(`${row.source_resource_id} (${step}): ${cloudMessage(error)}`);
        return; // the rest of this transfer waits for the next reset
      }
      row = await transfersRepo.update(db, recovery.id, row.source_resource_id, { cleanup: step, updated_at: deps.now() });
    }
  });
  return failures;
}
