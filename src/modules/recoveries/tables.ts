import type { Isolation } from './isolation.ts';
import type { RecoveryMode, RecoveryScope, StepAction } from './plan.ts';
import type { RecoveredResourceStatus, RecoveryStatus, ResetStatus } from './state-machine.ts';
import type { TransferCleanupStep, TransferStatus, TransferStep } from './transfer-steps.ts';
import type { TransferMethod } from './transfer-method.ts';
import type { ValidationStatus } from './validation-tables.ts';

export interface RecoveriesTable {
  /** `rec-<20 hex>`. */
  id: string;
  account_id: number;
  project_id: string;
  assembly_id: number;
  /** The protection on the timeline it rebuilds from. */
  protection_id: string;
  /** recoveryName: 3–55, `^[a-z]([a-z0-9-]*[a-z0-9])?$`. */
  name: string;
  scope: RecoveryScope;
  mode: RecoveryMode;
  /** isolated: no recovered resource names anything outside the recovery; as-captured: references kept where they exist (isolation.ts). */
  isolation: Isolation;
  /** JSON (decoded by the repository): the resourceFilterStrategy as given ({type: all} | {type: custom, resourceIds} | {type: tags, conditions, tags}; a published tagFilter is stored as conditions and tags). */
  resource_filter: string;
  /** 1: a configuration-only recovery (POST …/recoveries/config-only): data resources are left out of its plan. */
  configuration_only: number;
  /** The connection whose account it rebuilds in: the assembly's own, or crossAccountConfiguration's. */
  target_connection_id: number;
  target_region: string;
  /** cross-zone only: the zone asked for; null means each zone's next one in the region. */
  target_zone: string | null;
  status: RecoveryStatus;
  /** Why it ended as it did: the failed hook, the cancel, how many resources failed. */
  status_message: string | null;
  /** The assembly's id while the recovery is pending or in progress, null after: unique, so one runs per assembly. */
  running_slot: number | null;
  /** 1 once a cancel was asked for; the job stops at its next step (aborted). */
  cancel_requested: number;
  /** Resources the plan holds, and how each ended. recovered: created or restored; mapped: reused or the source's own. */
  resource_count: number;
  recovered_count: number;
  mapped_count: number;
  failed_count: number;
  skipped_count: number;
  /** resetAfterMinutes: the drill resets itself this long after it started (or when it ends, if later). */
  reset_after_minutes: number | null;
  /** Epoch ms the automatic reset is due; null without resetAfterMinutes. */
  reset_due_at: number | null;
  /** null until a reset is asked for; then pending | in-progress | stalled | completed | failed (seed 003). */
  reset_status: ResetStatus | null;
  /** Why the reset is stalled or failed (a failed pre-reset webhook, deletions the cloud refused). */
  reset_message: string | null;
  reset_requested_at: number | null;
  /** Who asked for the reset: an actor, or `auto-reset` (resetAfterMinutes). */
  reset_requested_by: string | null;
  reset_finished_at: number | null;
  /** Resources the reset deleted (recorded ones and, by tag, any the recovery made but had not recorded). */
  reset_deleted_count: number;
  /** `service-account:12` or `instance-admin`. */
  created_by: string;
  started_at: number | null;
  finished_at: number | null;
  /** null until the rebuild ends (and for recoveries before 0026); running while the checks run, then its outcome. */
  validation_status: ValidationStatus | null;
  /** Epoch ms the validation passed; rtoSeconds runs from created_at to it. */
  validated_at: number | null;
  /** The recovery point's age when the recovery was asked for, seconds. */
  rpo_seconds: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface RecoveryResourcesTable {
  recovery_id: string;
  source_resource_id: string;
  source_region: string;
  type: string;
  name: string;
  /** Dependency order: 0 has no dependency in the plan; a resource comes after everything it depends on. */
  level: number;
  /** create | restore (a data resource, from its snapshot) | reuse (exists in the target) | use-source (the source's own) | blocked */
  action: StepAction;
  /** JSON (like tags and dependencies, decoded by the repository): the settings it is rebuilt with (ids of other
   * resources are mapped at execution). */
  configuration: string;
  /** JSON object of tag → value. */
  tags: string;
  /** JSON array of source ids it depends on. */
  dependencies: string;
  /** For restore: the snapshot (or replica copy) in the target region. */
  snapshot_id: string | null;
  status: RecoveredResourceStatus;
  /** What it became in the target: the new id, the reused one, or the source's own. */
  recovered_resource_id: string | null;
  recovered_arn: string | null;
  /** Why it was blocked, failed, skipped, or could not be deleted by the reset. */
  error: string | null;
  /** JSON array (decoded by the repository) of {field, reference, reason}: what the isolation took out of the configuration. */
  dropped_references: string;
  /** What the plan said of the step (a data resource recreated empty, the source's own used). */
  note: string | null;
  /** The source's ARN: an ARN reference to it is mapped to the copy's. Null for plans made before 0023. */
  source_arn: string | null;
  /** Epoch ms its recreate was asked for (the last attempt's, after a crash); null for a step that made nothing. */
  started_at: number | null;
  /** Epoch ms the cloud answered with the copy (or the error). */
  finished_at: number | null;
  /** Epoch ms the validation saw it ready (running, available, active). */
  ready_at: number | null;
}

/**
 * How one data resource's snapshot crossed into the target account of a cross-account recovery: one row per
 * recovery and source resource, written after every cloud call, so a resumed job starts at the first step
 * not recorded here and a reset knows what to remove. Everything happens in the recovery's target region.
 */
export interface RecoveryTransfersTable {
  recovery_id: string;
  source_resource_id: string;
  type: string;
  /** The target region: where the plan's snapshot (or its replica copy) lives, and every copy is made. */
  region: string;
  /** The snapshot the plan chose, in the source account. */
  snapshot_id: string;
  source_account_id: string;
  target_account_id: string;
  /** transferMethod's answer; null until the snapshot has been described. */
  method: TransferMethod | null;
  /** transferMethod's reason, shown in the recovery's details. */
  reason: string | null;
  /** The KMS key (ARN) the source snapshot is encrypted under, as describeSnapshot said; null when unencrypted. */
  source_kms_key_id: string | null;
  /** `aws` | `customer` | null (unencrypted), as describeSnapshot said. */
  key_manager: 'aws' | 'customer' | null;
  /** pending, then completed (the target's copy exists) or failed (error says at which step). */
  status: TransferStatus;
  /** The last step done; null before the first. The next run starts after it. */
  step: TransferStep | null;
  /** copy-then-share: Lifeboat's key in the source account that grants the target account. */
  share_key_arn: string | null;
  /** copy-then-share: the source account's copy under that key; the snapshot that is shared. */
  share_copy_id: string | null;
  /** Lifeboat's key in the target account the received copy is encrypted under. */
  target_key_arn: string | null;
  /** The target account's own copy: what the resource is restored from. */
  receive_copy_id: string | null;
  /** The last reset step done (receive copy deleted, share withdrawn, share copy deleted); null before. */
  cleanup: TransferCleanupStep | null;
  /** The cloud's message of the step that failed (or of the reset step that did). */
  error: string | null;
  created_at: number;
  updated_at: number;
}

export interface RecoveryTables {
  recoveries: RecoveriesTable;
  recovery_resources: RecoveryResourcesTable;
  recovery_transfers: RecoveryTransfersTable;
}
