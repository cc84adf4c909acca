import { publicConfiguration } from '../../platform/user-data.ts';
import type { Static } from '@sinclair/typebox';
import { iso } from '../../platform/http/schema.ts';
import type { PlanStep } from './plan.ts';
import type { RecoveryResourceRow, RecoveryRow } from './repo.ts';
import type { ResetStatus } from './state-machine.ts';
import { presentRecoveryFilter } from './rewind-filter.ts';
import { presentTransfer } from './transfer-presenter.ts';
import type { RecoveryTransferRow } from './transfer-repo.ts';
import type { PlanStepSchema, PreflightCheckSchema, RecoveredResource, Recovery, ResetStatusBody, ValidationSchema } from './schemas.ts';
import type { ValidationCheck } from './validation-repo.ts';
import type { PreflightCheck } from './checks-model.ts';

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** The validation's status and every check recorded so far. */
export function presentValidation(row: Pick<RecoveryRow, 'validation_status'>, checks: readonly ValidationCheck[]): Static<typeof ValidationSchema> {
  if (row.validation_status === null) return null;
  return {
    status: row.validation_status,
    checks: checks.map((c) => ({
      name: c.name, status: c.status, message: c.message, resourceIds: [...c.resourceIds], ...('details' in c ? { details: c.details } : {}),
      startedAt: iso(c.startedAt), finishedAt: iso(c.finishedAt),
    })),
  };
}

/** Measured RTO: from the request (time queued is time the application is down) to the validation passing; null until then. */
export function rtoSecondsOf(row: Pick<RecoveryRow, 'validation_status' | 'validated_at' | 'created_at'>): number | null {
  return row.validation_status === 'passed' && row.validated_at !== null ? Math.max(0, Math.round((row.validated_at - row.created_at) / 1000)) : null;
}

/** Measured RPO: the recovery point's age when the recovery was asked for. */
export const rpoSecondsOf = (row: Pick<RecoveryRow, 'rpo_seconds'>): number | null => (row.rpo_seconds === null ? null : Number(row.rpo_seconds));

/** A recovered resource's timing: started, made, seen ready by the validation, and how long that took. */
export function resourceTimingOf(row: Pick<RecoveryResourceRow, 'started_at' | 'finished_at' | 'ready_at'>) {
  return {
    startedAt: row.started_at, finishedAt: row.finished_at, readyAt: row.ready_at,
    durationSeconds: row.started_at === null ? null : seconds((row.ready_at ?? row.finished_at ?? row.started_at) - row.started_at),
  };
}

export function presentRecovery(row: RecoveryRow): Static<typeof Recovery> {
  return {
    id: row.id, accountId: row.account_id, projectId: row.project_id, cloudAssemblyId: row.assembly_id, protectionId: row.protection_id,
    recoveryName: row.name, recoveryScope: row.scope, recoveryMode: row.mode, isolation: row.isolation,
    resourceFilterStrategy: presentRecoveryFilter(row.resource_filter), configurationOnly: row.configuration_only === 1,
    targetCloudConnectionId: row.target_connection_id, targetRegion: row.target_region, targetAvailabilityZone: row.target_zone,
    recoveryStatus: row.status, statusMessage: row.status_message, cancelRequested: row.cancel_requested === 1,
    resourceCount: row.resource_count, recoveredCount: row.recovered_count, mappedCount: row.mapped_count, failedCount: row.failed_count,
    skippedCount: row.skipped_count, resetAfterMinutes: row.reset_after_minutes, resetDueAt: iso(row.reset_due_at),
    resetStatus: row.reset_status, resetMessage: row.reset_message, resetRequestedAt: iso(row.reset_requested_at), resetRequestedBy: row.reset_requested_by,
    resetFinishedAt: iso(row.reset_finished_at), resetDeletedCount: row.reset_deleted_count,
    createdBy: row.created_by, createdAt: iso(row.created_at), startedAt: iso(row.started_at), finishedAt: iso(row.finished_at), updatedAt: iso(row.updated_at),
    rtoSeconds: rtoSecondsOf(row), rpoSeconds: rpoSecondsOf(row),
  };
}

export function presentRecoveredResource(row: RecoveryResourceRow & { transfer?: RecoveryTransferRow }): Static<typeof RecoveredResource> {
  return {
    sourceResourceId: row.source_resource_id, sourceRegion: row.source_region, type: row.type, name: row.name, order: row.level,
    action: row.action, status: row.status, recoveredResourceId: row.recovered_resource_id, recoveredArn: row.recovered_arn,
    snapshotId: row.snapshot_id, error: row.error, note: row.note, droppedReferences: row.dropped_references.map((d) => ({ ...d })),
    ...(row.transfer ? { transfer: presentTransfer(row.transfer) } : {}),
    ...((timing) => ({ startedAt: iso(timing.startedAt), finishedAt: iso(timing.finishedAt), readyAt: iso(timing.readyAt), durationSeconds: timing.durationSeconds }))(resourceTimingOf(row)),
  };
}

export function presentPlanStep(step: PlanStep): Static<typeof PlanStepSchema> {
  return {
    order: step.level, sourceResourceId: step.sourceResourceId, sourceRegion: step.sourceRegion, type: step.type, name: step.name,
    action: step.action, reason: step.reason, targetRegion: step.targetRegion, configuration: publicConfiguration(step.configuration),
    dependencies: [...step.dependencies], snapshotId: step.snapshotId, blocker: step.blocker, note: step.note,
    droppedReferences: step.droppedReferences.map((d) => ({ ...d })),
  };
}

export function presentCheck(check: PreflightCheck): Static<typeof PreflightCheckSchema> {
  return { name: check.name, status: check.status, message: check.message, resourceIds: [...check.resourceIds] };
}

/** Seed 003's `{status, message}`: the message says why a reset failed or is stalled, and what it did otherwise. */
export function presentResetStatus(row: RecoveryRow & { reset_status: ResetStatus }): Static<typeof ResetStatusBody> {
  const fallback: Partial<Record<ResetStatus, string>> = {
    pending: 'The reset is queued',
    'in-progress': `Deleting what recovery ${row.id} created (${row.reset_deleted_count} deleted so far)`,
    completed: `Deleted ${row.reset_deleted_count} resources that recovery ${row.id} created`,
  };
  return { status: row.reset_status, message: row.reset_message ?? fallback[row.reset_status] ?? '' };
}

/**
 * The published "AWS Recovery Details" fields, from Lifeboat's: the job's start and end, its duration in ms, the
 * message of a recovery that did not complete, and when its reset was asked for.
 */
export function presentPublishedDetails(row: RecoveryRow) {
  const unsuccessful = row.status === 'failed' || row.status === 'aborted' || row.status === 'partially-completed';
  return {
    recoveryStartTime: iso(row.started_at), recoveryEndTime: iso(row.finished_at),
    recoveryDuration: row.started_at !== null && row.finished_at !== null ? Math.max(0, row.finished_at - row.started_at) : null,
    recoveryErrorMessage: unsuccessful ? row.status_message ?? `The recovery ${row.status}` : null,
    resetStartTime: iso(row.reset_requested_at),
  };
}
