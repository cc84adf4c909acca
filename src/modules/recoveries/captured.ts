import type { AwsService } from '../../cloud/provider.ts';
import type { ProtectionResourceRow } from '../protections/service.ts';
import type { RecoverySourcePort } from './context.ts';
import type { CapturedReader } from './plan-pages.ts';
import type { CapturedResource, CapturedSkeleton } from './plan.ts';

/** A protection's resource row as the planner reads it. */
export function capturedResource(row: ProtectionResourceRow): CapturedResource {
  return {
    resourceId: row.resource_id, region: row.region, arn: row.arn, type: row.type, name: row.name, captureReason: row.capture_reason,
    configuration: row.configuration, tags: row.tags, dependencies: row.dependencies,
    ...(row.is_data ? { snapshot: { status: row.snapshot_status, snapshotId: row.snapshot_id, error: row.snapshot_error }, replicas: row.replicas } : {}),
  };
}

/**
 * A captured resource without its name and configuration: of the configuration, only the two fields the plan's
 * layout and the zones read, extracted by the database (null unless a string), so no configuration is parsed for them.
 */
export type CapturedSkeletonRow = Omit<ProtectionResourceRow, 'name' | 'configuration' | 'protection_id'> & {
  readonly availability_zone: string | null;
  readonly instance_type: string | null;
};

/** A skeleton row as the layout reads it (plan.ts skeletonOf gives the same from a full resource). */
export function capturedSkeleton(row: CapturedSkeletonRow): CapturedSkeleton {
  return {
    resourceId: row.resource_id, region: row.region, arn: row.arn, type: row.type, captureReason: row.capture_reason, tags: row.tags, dependencies: row.dependencies,
    configuration: { ...(row.availability_zone !== null && { availabilityZone: row.availability_zone }), ...(row.instance_type !== null && { instanceType: row.instance_type }) },
    ...(row.is_data ? { snapshot: { status: row.snapshot_status, snapshotId: row.snapshot_id, error: row.snapshot_error }, replicas: row.replicas } : {}),
  };
}

/** The protection's resources as a plan is laid out from them: skeletons, and the service of each (the checks and reuse read it). */
export async function capturedLayoutInput(
  protections: Pick<RecoverySourcePort, 'capturedSkeletons'>, protectionId: string,
): Promise<{ resources: CapturedSkeleton[]; serviceOf: Map<string, AwsService> }> {
  const rows = await protections.capturedSkeletons(protectionId);
  return { resources: rows.map(capturedSkeleton), serviceOf: new Map(rows.map((r) => [r.resource_id, r.service])) };
}

/** Reads a page of the plan's resources whole (plan-pages.ts). */
export const capturedReader = (protections: Pick<RecoverySourcePort, 'capturedOf'>, protectionId: string): CapturedReader =>
  async (ids) => (await protections.capturedOf(protectionId, ids)).map(capturedResource);
