import type { ProtectionsDeps } from './context.ts';
import { protectionManagement } from './manage-protection.ts';
import { protectionPruning } from './prune-protections.ts';
import { protectionRecoverySource } from './recovery-source.ts';
import { protectionRun } from './run-protection.ts';
import { protectionStarts } from './start-protection.ts';

export type { ProtectionAssembliesPort, ProtectionHooks, ProtectionsDeps, Retention } from './context.ts';
export type { ScheduledFiring } from './start-protection.ts';
export type { Executor as ProtectionsExecutor } from './store-types.ts';
export type { ProtectionResourceRow, ProtectionRow } from './repo.ts';

/** Protections: protect now or on schedule, the timeline, cancel, lock, retention. */
export function createProtectionsService(deps: ProtectionsDeps) {
  const pruning = protectionPruning(deps);
  return {
    ...protectionStarts(deps),
    ...protectionManagement(deps),
    /** What the protections hold of an assembly's deletion (locks, the running one, the snapshots to purge). */
    deletionHolds: pruning.deletionHolds,
    /** What the recoveries module reads of the timeline. */
    recoverySource: protectionRecoverySource(deps),
    /** The job handlers, given whether a running recovery reads a protection (the recoveries module is made after this one). */
    jobHandlers: (recoveryHolds: (protectionId: string) => Promise<boolean>) => [protectionRun(deps), pruning.pruneHandler(recoveryHolds)],
  };
}

export type ProtectionsService = ReturnType<typeof createProtectionsService>;
