import type { ConnectionGroupRow } from './repo.ts';

/** An update the stack has not reported within this long is discarded (seed 001). */
export const PENDING_TTL_MS = 24 * 3600 * 1000;

export const GROUP_STATUSES = ['connecting', 'fully_connected', 'partially_connected', 'deployment_failed', 'connected_with_no_managed_stacks', 'unlinked'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export const STACK_OPERATIONS = ['creating_stack', 'updating_stack', 'deleting_stack', 'no_active_operation'] as const;
export type StackOperation = (typeof STACK_OPERATIONS)[number];

type Lifecycle = Pick<ConnectionGroupRow, 'intended_at' | 'installed_template_version' | 'template_version'>;

/** Whether the group has an update (or its creation) waiting for the stack, still within 24 hours. */
export function hasPending(row: Lifecycle, now: number): boolean {
  return row.intended_at !== null && now - row.intended_at < PENDING_TTL_MS;
}

/**
 * What a stack report of a template version does: `apply` the pending change it installs, `record` another
 * report of the installed version (another account or region, or a retry), or `stale` — an older version,
 * one a newer update replaced, one discarded, or one never issued: refused so a replay cannot roll back.
 */
export function reportDecision(row: Lifecycle, reported: number, now: number): 'apply' | 'record' | 'stale' {
  if (reported === row.template_version && hasPending(row, now)) return 'apply';
  if (reported === row.installed_template_version) return 'record';
  return 'stale';
}

export function stackOperation(row: Lifecycle & { pending_deletes?: number }, now: number): StackOperation {
  if ((row.pending_deletes ?? 0) > 0) return 'deleting_stack';
  if (!hasPending(row, now)) return 'no_active_operation';
  return row.installed_template_version === null ? 'creating_stack' : 'updating_stack';
}

/** What the targets of a group say, counted. */
export interface TargetSummary {
  readonly connected: number;
  readonly failed: number;
  /** Cloud connections the group made that are still live on the native surface. */
  readonly liveConnections: number;
}

/**
 * The group's status from its stacks: `connecting` until the first report, `unlinked` when its creation was
 * discarded unreported; then from the account/region reports: all failed, some failed, or all connected —
 * `connected_with_no_managed_stacks` when none of the cloud connections it made is left to manage.
 */
export function groupStatus(row: Lifecycle, targets: TargetSummary, now: number): GroupStatus {
  if (row.installed_template_version === null) return hasPending(row, now) ? 'connecting' : 'unlinked';
  if (targets.connected === 0) return targets.failed > 0 ? 'deployment_failed' : 'connected_with_no_managed_stacks';
  if (targets.failed > 0) return 'partially_connected';
  return targets.liveConnections > 0 ? 'fully_connected' : 'connected_with_no_managed_stacks';
}
