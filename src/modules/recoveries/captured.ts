import type { ProtectionResourceRow } from '../protections/service.ts';
import type { CapturedResource } from './plan.ts';

/** A protection's resource row as the planner reads it. */
export function capturedResource(row: ProtectionResourceRow): CapturedResource {
  return {
    resourceId: row.resource_id, region: row.region, arn: row.arn, type: row.type, name: row.name, captureReason: row.capture_reason,
    configuration: row.configuration, tags: row.tags, dependencies: row.dependencies,
    ...(row.is_data ? { snapshot: { status: row.snapshot_status, snapshotId: row.snapshot_id, error: row.snapshot_error }, replicas: row.replicas } : {}),
  };
}
