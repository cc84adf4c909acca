import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StringEnum } from '../../platform/http/schema.ts';
import type { RecoveryTransferRow } from './transfer-repo.ts';
import { TRANSFER_CLEANUP_STEPS, TRANSFER_STATUSES, TRANSFER_STEPS } from './transfer-steps.ts';

/** How a data resource of a cross-account recovery crossed accounts: one per resource in the recovery's details. */
export const RecoveryTransferSchema = Type.Object({
  method: Nullable(StringEnum(['share', 'copy-then-share', 'unsupported'] as const, {
    description: 'share: the snapshot was shared; copy-then-share: first copied under a key that grants the target account; unsupported: the resource was created empty. Null until known.',
  })),
  reason: Nullable(Type.String(), 'Why that method (the key is AWS-managed, the service cannot share…); null until known.'),
  status: StringEnum(TRANSFER_STATUSES, { description: 'pending, completed (the target account has its copy) or failed (error says why).' }),
  lastStep: Nullable(StringEnum(TRANSFER_STEPS, { description: 'The last step done; a resumed recovery starts after it.' })),
  sourceAccountId: Type.String({ description: 'The AWS account the snapshot is in.' }),
  targetAccountId: Type.String({ description: 'The AWS account it is transferred to.' }),
  snapshotId: Type.String({ description: "The protection's snapshot (or replica copy) in the source account." }),
  sourceKmsKeyId: Nullable(Type.String(), 'The KMS key the snapshot is encrypted with; null when unencrypted or not known yet.'),
  keyManager: Nullable(StringEnum(['aws', 'customer'] as const), 'Who manages that key: aws (cannot be shared, so the snapshot is copied first) or customer; null without one.'),
  shareKeyArn: Nullable(Type.String({ description: "Lifeboat's key in the source account that grants the target account." })),
  shareCopyId: Nullable(Type.String({ description: 'The source account copy under that key, which was shared.' })),
  targetKeyArn: Nullable(Type.String(), 'The key in the target account its copy is encrypted with; null when unencrypted.'),
  receivedSnapshotId: Nullable(Type.String({ description: "The target account's own copy: what the resource was restored from." })),
  cleanup: Nullable(StringEnum(TRANSFER_CLEANUP_STEPS, { description: 'The last step a reset has done to remove the copies and the share.' })),
  error: Nullable(Type.String(), 'Why the transfer failed; null otherwise.'),
});

export function presentTransfer(row: RecoveryTransferRow): Static<typeof RecoveryTransferSchema> {
  return {
    method: row.method, reason: row.reason, status: row.status, lastStep: row.step, sourceAccountId: row.source_account_id, targetAccountId: row.target_account_id,
    snapshotId: row.snapshot_id, sourceKmsKeyId: row.source_kms_key_id, keyManager: row.key_manager, shareKeyArn: row.share_key_arn,
    shareCopyId: row.share_copy_id, targetKeyArn: row.target_key_arn, receivedSnapshotId: row.receive_copy_id, cleanup: row.cleanup, error: row.error,
  };
}
