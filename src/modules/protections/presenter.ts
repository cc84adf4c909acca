import type { Static } from '@sinclair/typebox';
import { iso } from '../../platform/http/schema.ts';
import type { ProtectionResourceRow, ProtectionRow } from './repo.ts';
import type { Protection, ProtectionResource } from './schemas.ts';

export function presentProtection(row: ProtectionRow): Static<typeof Protection> {
  return {
    id: row.id, accountId: row.account_id, projectId: row.project_id, cloudAssemblyId: row.assembly_id,
    status: row.status, statusMessage: row.status_message,
    trigger: row.trigger, protectionPolicyId: row.policy_id, scheduledFor: iso(row.slot_at),
    locked: row.locked === 1, cancelRequested: row.cancel_requested === 1, hasRecovery: row.has_recovery === 1,
    replicaRegions: [...row.replica_regions],
    resourceCount: row.resource_count, dataResourceCount: row.data_resource_count,
    snapshotsCompleted: row.snapshots_completed, snapshotsFailed: row.snapshots_failed, createdBy: row.created_by,
    createdAt: iso(row.created_at), startedAt: iso(row.started_at), finishedAt: iso(row.finished_at), updatedAt: iso(row.updated_at),
    timestamp: row.created_at,
  };
}

export function presentProtectionResource(row: ProtectionResourceRow): Static<typeof ProtectionResource> {
  return {
    resourceId: row.resource_id, type: row.type, service: row.service, region: row.region, name: row.name, arn: row.arn,
    dataResource: row.is_data === 1, snapshotStatus: row.snapshot_status,
    snapshotId: row.snapshot_id, error: row.snapshot_error, replicas: { ...row.replicas },
    dependencies: [...row.dependencies], tags: { ...row.tags }, configuration: { ...row.configuration },
  };
}
