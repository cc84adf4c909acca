import { publicConfiguration } from '../../platform/user-data.ts';
import type { Static } from '@sinclair/typebox';
import { isDataResource } from '../../cloud/provider.ts';
import { iso } from '../../platform/http/schema.ts';
import type { ProtectionResourceRow, ProtectionRow } from './repo.ts';
import type { Protection, ProtectionResource } from './schemas.ts';

/** Lifeboat's protections are not named when started: the name says how it started and its point on the timeline. */
export function protectionName(row: Pick<ProtectionRow, 'trigger' | 'created_at'>): string {
  const at = new Date(row.created_at).toISOString();
  return `${row.trigger}-${at.slice(0, 10).replaceAll('-', '')}-${at.slice(11, 19).replaceAll(':', '')}`;
}

export function presentProtection(row: ProtectionRow): Static<typeof Protection> {
  return {
    id: row.id, accountId: row.account_id, projectId: row.project_id, cloudAssemblyId: row.assembly_id, name: protectionName(row),
    status: row.status, statusMessage: row.status_message,
    trigger: row.trigger, protectionPolicyId: row.policy_id, scheduledFor: iso(row.slot_at),
    locked: row.locked === 1, cancelRequested: row.cancel_requested === 1, hasRecovery: row.has_recovery === 1,
    replicaRegions: [...row.replica_regions],
    resourceCount: row.resource_count, dataResourceCount: row.data_resource_count,
    snapshotsCompleted: row.snapshots_completed, snapshotsFailed: row.snapshots_failed, dependencyCount: row.dependency_count, createdBy: row.created_by,
    createdAt: iso(row.created_at), startedAt: iso(row.started_at), finishedAt: iso(row.finished_at), updatedAt: iso(row.updated_at),
    timestamp: row.created_at,
  };
}

function captureNote(row: ProtectionResourceRow): string | null {
  if (row.capture_reason !== 'dependency') return null;
  return isDataResource(row.type)
    ? 'Captured as configuration only, as a dependency outside the selection: no data snapshot, so a recovery recreates it empty'
    : 'Captured as configuration only, as a dependency outside the selection';
}

export function presentProtectionResource(row: ProtectionResourceRow): Static<typeof ProtectionResource> {
  return {
    resourceId: row.resource_id, type: row.type, service: row.service, region: row.region, name: row.name, arn: row.arn,
    dataResource: isDataResource(row.type), captureReason: row.capture_reason, captureNote: captureNote(row), snapshotStatus: row.snapshot_status,
    snapshotId: row.snapshot_id, error: row.snapshot_error, replicas: { ...row.replicas },
    dependencies: [...row.dependencies], tags: { ...row.tags }, configuration: publicConfiguration(row.configuration),
  };
}
