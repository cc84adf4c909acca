import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import type { ItemRange } from '../../platform/http/range.ts';
import { recoveryChecksRepo } from './checks-repo.ts';
import { mutateRecovery, type RecoveriesDeps, type RecoveryRef } from './context.ts';
import { recoveriesRepo as repo, type RecoveryRow } from './repo.ts';
import { requestReset } from './reset-recovery.ts';
import { isRecoveryRunning, type RecoveryStatus, type ResetStatus } from './state-machine.ts';
import { transfersRepo } from './transfer-repo.ts';
import { validationRepo } from './validation-repo.ts';

/** Reading recoveries; cancel; asking for a reset and reading its status. */
export function recoveryManagement(deps: RecoveriesDeps) {
  const db = deps.store.db;
  /** The recovery of that assembly in that project; 404 for one of another assembly. */
  async function get(ref: RecoveryRef): Promise<RecoveryRow> {
    await deps.assemblies.get({ accountId: ref.accountId, projectId: ref.projectId, id: ref.assemblyId });
    const row = await repo.find(db, ref.assemblyId, ref.id);
    if (!row) throw new NotFoundError(`Recovery ${ref.id}`);
    return row;
  }
  return {
    get,
    async details(ref: RecoveryRef) {
      const recovery = await get(ref);
      // Cross-account, each data resource carries how its snapshot crossed.
      const transfers = new Map((await transfersRepo.ofRecovery(db, recovery.id)).map((t) => [t.source_resource_id, t]));
      const resources = (await repo.resources(db, recovery.id)).map((r) => {
        const transfer = transfers.get(r.source_resource_id);
        return transfer ? { ...r, transfer } : r;
      });
      const checks = await recoveryChecksRepo.find(db, recovery.id);
      return { recovery, resources, checks: checks ?? { forced: false, checks: [] }, validation: await validationRepo.list(db, recovery.id) };
    },
    async list(scope: { accountId: number; projectId: string; assemblyId: number }, statuses: readonly RecoveryStatus[] | undefined, range: ItemRange) {
      await deps.assemblies.get({ accountId: scope.accountId, projectId: scope.projectId, id: scope.assemblyId });
      return repo.list(db, scope.assemblyId, statuses, range);
    },
    /**
     * Asks a pending or running recovery to stop at its next step (202): a rebuild write, or while it validates, a check
     * boundary or a poll of the ready-wait. It ends `aborted`, keeping what it made.
     */
    async cancel(ref: RecoveryRef): Promise<RecoveryRow> {
      await get(ref);
      return mutateRecovery(deps, ref.id, (row) => {
        if (!isRecoveryRunning(row.status)) throw new ConflictError('RECOVERY_NOT_RUNNING', `Recovery ${row.id} is ${row.status}; only a running one can be cancelled`);
        return row.cancel_requested ? null : { patch: { cancel_requested: 1 } };
      });
    },
    /** Tears down what the recovery made (202). 409 while it runs, or when a reset is under way or done. */
    async reset(ref: RecoveryRef, by: string): Promise<RecoveryRow> {
      await get(ref);
      return requestReset(deps, ref.id, by);
    },
    /** Seed 003: 409 when no reset has been asked for. */
    async resetStatus(ref: RecoveryRef): Promise<RecoveryRow & { reset_status: ResetStatus }> {
      const row = await get(ref);
      const status = row.reset_status;
      if (status === null) throw new ConflictError('RESET_NOT_REQUESTED', `No reset has been asked for recovery ${row.id}`);
      return { ...row, reset_status: status };
    },
  };
}
