/**
 * A protection's status: seed 002's ten values.
 *
 *   created → preparing                  the job started: resolve the selection, capture configuration
 *   preparing → skipped                  the filter selects nothing (or, scheduled, another one was running)
 *   preparing → preparation-completed    configuration and dependency graph captured
 *   preparation-completed → in-progress  snapshots, with bounded parallelism, then replica copies
 *   in-progress → success                every data resource snapshotted (and copied)
 *   in-progress → partially-protected    some resources failed: each one's error is in the details
 *   (any running status) → failed        nothing could be protected, a fatal error, or a cancel
 *   success | partially-protected | failed → elapsed          pruned by retention: its snapshots are deleted
 *   success | partially-protected | failed → pruning-failed   the cloud refused a deletion (retried at the next prune)
 *   pruning-failed → elapsed | pruning-failed
 */
export const PROTECTION_STATUSES = [
  'created', 'preparing', 'preparation-completed', 'in-progress', 'partially-protected', 'success', 'skipped', 'failed', 'pruning-failed', 'elapsed',
] as const;
export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number];

/** A data resource's snapshot in a protection (not-applicable: not a data resource). */
export const SNAPSHOT_STATUSES = ['not-applicable', 'pending', 'completed', 'failed', 'deleted'] as const;
export type SnapshotStatus = (typeof SNAPSHOT_STATUSES)[number];

/** Why a resource is in a protection: the filter selected it, or the selection depends on it (configuration only). */
export const CAPTURE_REASONS = ['selected', 'dependency'] as const;
export type CaptureReason = (typeof CAPTURE_REASONS)[number];

/** A snapshot's copy in one replica region. */
export interface ReplicaCopy {
  readonly status: 'pending' | 'completed' | 'failed' | 'skipped' | 'deleted';
  readonly snapshotId?: string;
  readonly error?: string;
}
export type Replicas = Record<string, ReplicaCopy>;

/** Statuses of a protection that is still working (it holds its assembly). */
export const RUNNING_STATUSES: readonly ProtectionStatus[] = ['created', 'preparing', 'preparation-completed', 'in-progress'];
/** Protections that count towards retention: they hold snapshots. */
export const RETAINED_STATUSES: readonly ProtectionStatus[] = ['success', 'partially-protected', 'failed', 'pruning-failed'];

export type ProtectionEvent =
  | { type: 'started' }
  | { type: 'nothing-selected' }
  | { type: 'prepared' }
  | { type: 'snapshotting' }
  | { type: 'finished'; completed: number; failed: number; data: number }
  | { type: 'failed' }
  | { type: 'pruned' }
  | { type: 'pruning-failed' };

export function isRunning(status: ProtectionStatus): boolean {
  return RUNNING_STATUSES.includes(status);
}

export function protectionTransition(status: ProtectionStatus, event: ProtectionEvent): ProtectionStatus | undefined {
  switch (event.type) {
    case 'started':
      return status === 'created' ? 'preparing' : undefined;
    case 'nothing-selected':
      return status === 'preparing' ? 'skipped' : undefined;
    case 'prepared':
      return status === 'preparing' ? 'preparation-completed' : undefined;
    case 'snapshotting':
      return status === 'preparation-completed' ? 'in-progress' : undefined;
    case 'finished':
      if (status !== 'in-progress') return undefined;
      if (event.failed === 0) return 'success';
      return event.completed > 0 ? 'partially-protected' : 'failed';
    case 'failed':
      return isRunning(status) ? 'failed' : undefined;
    case 'pruned':
      return RETAINED_STATUSES.includes(status) ? 'elapsed' : undefined;
    case 'pruning-failed':
      return RETAINED_STATUSES.includes(status) ? 'pruning-failed' : undefined;
  }
}
