import type { ProtectionsDeps } from './context.ts';
import { protectionManagement } from './manage-protection.ts';
import { protectionPruning } from './prune-protections.ts';
import { protectionRecoverySource } from './recovery-source.ts';
import { protectionRun } from './run-protection.ts';
import { protectionStarts } from './start-protection.ts';

export type { ProtectionsDeps, Retention } from './context.ts';
export type { ScheduledFiring } from './start-protection.ts';

/** Protections: protect now or on schedule, the timeline, cancel, lock, retention. */
export function createProtectionsService(deps: ProtectionsDeps) {
  const pruning = protectionPruning(deps);
  return {
    ...protectionStarts(deps),
    ...protectionManagement(deps),
    /** What the assemblies module needs (deletion holds, cancel, purge). */
    assemblyPort: pruning.assemblyPort,
    /** What the recoveries module reads of the timeline. */
    recoverySource: protectionRecoverySource(deps),
    jobHandlers: [protectionRun(deps), ...pruning.handlers],
  };
}

export type ProtectionsService = ReturnType<typeof createProtectionsService>;
