/**
 * A recovery's status, and its reset's.
 *
 *   pending → in-progress              the job started: the pre-recovery hook passed and the plan is laid out
 *   pending → failed                   the pre-recovery hook failed (failOnError), or nothing could start
 *   in-progress → completed            every resource of the plan was recovered (created, restored or mapped)
 *   in-progress → partially-completed  some were, some failed: each one's error is in the details
 *   in-progress → failed               none could be recovered, or a fatal error
 *   pending | in-progress → aborted    cancelled, during the rebuild or its validation: what was made so far stays (a reset removes it)
 *
 * A reset, once asked for (on a recovery that is no longer running):
 *
 *   pending → stalled                  another recovery is running on the assembly's timeline: it waits
 *   pending | stalled → in-progress    none is: the pre-reset hook passed, deletion starts
 *   pending | stalled → failed         the pre-reset hook failed
 *   in-progress → completed | failed   everything the recovery made is deleted, or the cloud refused some
 *   failed → pending                   asked again: a failed reset can be retried
 */
export const RECOVERY_STATUSES = ['pending', 'in-progress', 'completed', 'partially-completed', 'failed', 'aborted'] as const;
export type RecoveryStatus = (typeof RECOVERY_STATUSES)[number];

export const RESET_STATUSES = ['pending', 'in-progress', 'stalled', 'completed', 'failed'] as const;
export type ResetStatus = (typeof RESET_STATUSES)[number];

/** What became of one resource of the plan (and, after a reset, of what was made of it). */
export const RECOVERED_RESOURCE_STATUSES = ['pending', 'recovered', 'mapped', 'failed', 'skipped', 'deleted', 'delete-failed'] as const;
export type RecoveredResourceStatus = (typeof RECOVERED_RESOURCE_STATUSES)[number];

export const RUNNING_RECOVERY_STATUSES: readonly RecoveryStatus[] = ['pending', 'in-progress'];

export type RecoveryEvent =
  | { type: 'started' }
  | { type: 'finished'; recovered: number; failed: number }
  | { type: 'failed' }
  | { type: 'aborted' };

export type ResetEvent =
  | { type: 'requested' }
  | { type: 'blocked' }
  | { type: 'started' }
  | { type: 'finished'; failed: number }
  | { type: 'failed' };

export function isRecoveryRunning(status: RecoveryStatus): boolean {
  return RUNNING_RECOVERY_STATUSES.includes(status);
}

export function recoveryTransition(status: RecoveryStatus, event: RecoveryEvent): RecoveryStatus | undefined {
  switch (event.type) {
    case 'started':
      return status === 'pending' ? 'in-progress' : undefined;
    case 'finished':
      if (status !== 'in-progress') return undefined;
      if (event.failed === 0) return 'completed';
      return event.recovered > 0 ? 'partially-completed' : 'failed';
    case 'failed':
      return isRecoveryRunning(status) ? 'failed' : undefined;
    case 'aborted':
      return isRecoveryRunning(status) ? 'aborted' : undefined;
  }
}

/** `null` is a recovery that no reset was asked for. */
export function resetTransition(status: ResetStatus | null, event: ResetEvent): ResetStatus | undefined {
  switch (event.type) {
    case 'requested':
      return status === null || status === 'failed' ? 'pending' : undefined;
    case 'blocked':
      return status === 'pending' || status === 'stalled' ? 'stalled' : undefined;
    case 'started':
      return status === 'pending' || status === 'stalled' ? 'in-progress' : undefined;
    case 'finished':
      if (status !== 'in-progress') return undefined;
      return event.failed === 0 ? 'completed' : 'failed';
    case 'failed':
      return status === 'pending' || status === 'stalled' || status === 'in-progress' ? 'failed' : undefined;
  }
}
