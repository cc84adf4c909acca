/**
 * The steps of a cross-account transfer and of its removal by a reset, in order. Pure: the transfer records the
 * last step it did, and these say which comes next, so a job killed anywhere resumes at the first step not recorded.
 */
import type { TransferMethod } from './transfer-method.ts';

/**
 * - describe: the source snapshot's key (source credentials); decides the method.
 * - source-key: copy-then-share: Lifeboat's key in the source account, granting the target account.
 * - share-copy: copy-then-share: the source snapshot copied under that key (purpose share).
 * - share: the share-copy (else the snapshot itself) shared with the target account.
 * - target-key: Lifeboat's own key in the target account.
 * - receive: the shared snapshot copied into the target account under that key (purpose receive): what is restored.
 */
export const TRANSFER_STEPS = ['describe', 'source-key', 'share-copy', 'share', 'target-key', 'receive'] as const;
export type TransferStep = (typeof TRANSFER_STEPS)[number];

export const TRANSFER_STATUSES = ['pending', 'completed', 'failed'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** A reset undoes a transfer in this order: the target's copy, then the share, then the source's share-copy. */
export const TRANSFER_CLEANUP_STEPS = ['delete-receive-copy', 'unshare', 'delete-share-copy'] as const;
export type TransferCleanupStep = (typeof TRANSFER_CLEANUP_STEPS)[number];

const STEPS_OF: Record<TransferMethod, readonly TransferStep[]> = {
  'copy-then-share': TRANSFER_STEPS,
  share: ['describe', 'share', 'target-key', 'receive'],
  // Nothing crosses: the resource is created from its configuration alone.
  unsupported: ['describe'],
};

/** The step after `done` for the method (null: every step is done); before the describe the method is not known yet. */
export function nextTransferStep(method: TransferMethod | null, done: TransferStep | null): TransferStep | null {
  if (done === null) return 'describe';
  if (method === null) throw new Error(`a transfer past ${done} has no method`);
  const steps = STEPS_OF[method];
  const at = steps.indexOf(done);
  if (at === -1) throw new Error(`${done} is not a step of a ${method} transfer`);
  return steps[at + 1] ?? null;
}

/** What a reset still has to undo of a transfer, as recorded: the next cleanup step, or null when nothing is left. */
export function nextCleanupStep(transfer: {
  method: TransferMethod | null; share_copy_id: string | null; receive_copy_id: string | null; cleanup: TransferCleanupStep | null;
}): TransferCleanupStep | null {
  const needed: Record<TransferCleanupStep, boolean> = {
    'delete-receive-copy': transfer.receive_copy_id !== null,
    // Withdrawn whenever a share may have been made, recorded or not (a kill right after the call): withdrawing is idempotent.
    unshare: transfer.method === 'share' || transfer.method === 'copy-then-share',
    'delete-share-copy': transfer.share_copy_id !== null,
  };
  const after = transfer.cleanup === null ? 0 : TRANSFER_CLEANUP_STEPS.indexOf(transfer.cleanup) + 1;
  return TRANSFER_CLEANUP_STEPS.slice(after).find((step) => needed[step]) ?? null;
}
