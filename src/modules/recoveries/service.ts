import { mutateRecovery, type RecoveriesDeps } from './context.ts';
import { isRecoveryRunning } from './state-machine.ts';
import { recoveryManagement } from './manage-recovery.ts';
import { recoveriesRepo } from './repo.ts';
import { recoveryReset, resetSweep } from './reset-recovery.ts';
import { recoveryReports } from './report.ts';
import { recoveryRun } from './run-recovery.ts';
import { recoveryStarts } from './start-recovery.ts';

export type { RecoveriesDeps, RecoveryHooks } from './context.ts';
export { RESET_SWEEP_KIND } from './jobs.ts';

/** Recoveries: rebuild an assembly from a protection (dry run, start, cancel) and reset what a drill made. */
export function createRecoveriesService(deps: RecoveriesDeps) {
  return {
    ...recoveryStarts(deps),
    ...recoveryManagement(deps),
    ...recoveryReports(deps),
    /** For the assembly's deletion: asks its pending or running recovery to stop; whether one was running. */
    async cancelRunningOn(assemblyId: number): Promise<boolean> {
      const running = await recoveriesRepo.runningOn(deps.store.db, assemblyId);
      for (const { id } of running) await mutateRecovery(deps, id, (row) => (isRecoveryRunning(row.status) && !row.cancel_requested ? { patch: { cancel_requested: 1 } } : null));
      return running.length > 0;
    },
    /** For retention: a protection a running recovery reads is not pruned. */
    holdsProtection: (protectionId: string) => recoveriesRepo.holdsProtection(deps.store.db, protectionId),
    jobHandlers: [recoveryRun(deps), recoveryReset(deps), resetSweep(deps)],
  };
}

export type RecoveriesService = ReturnType<typeof createRecoveriesService>;
