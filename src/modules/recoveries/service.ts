import type { RecoveriesDeps } from './context.ts';
import { recoveryManagement } from './manage-recovery.ts';
import { recoveriesRepo } from './repo.ts';
import { recoveryReset, resetSweep } from './reset-recovery.ts';
import { recoveryRun } from './run-recovery.ts';
import { recoveryStarts } from './start-recovery.ts';

export type { RecoveriesDeps, RecoveryHooks } from './context.ts';
export { RESET_SWEEP_KIND } from './jobs.ts';

/** Recoveries: rebuild an assembly from a protection (dry run, start, cancel) and reset what a drill made. */
export function createRecoveriesService(deps: RecoveriesDeps) {
  return {
    ...recoveryStarts(deps),
    ...recoveryManagement(deps),
    /** For retention: a protection a running recovery reads is not pruned. */
    holdsProtection: (protectionId: string) => recoveriesRepo.holdsProtection(deps.store.db, protectionId),
    jobHandlers: [recoveryRun(deps), recoveryReset(deps), resetSweep(deps)],
  };
}

export type RecoveriesService = ReturnType<typeof createRecoveriesService>;
